package org.liaison.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Command: a professional's directory entry, as a structure admin writes it. {@code username} is
 * the Keycloak login, when the professional has one: on a correction, null keeps the current login
 * and a blank one unlinks it.
 */
public record ProfessionalDetails(
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @NotNull Profession profession,
    @Size(max = 11) String rpps,
    @Email @Size(max = 200) String email,
    @Size(max = 30) @Pattern(regexp = "[0-9 +().-]*", message = "digits, spaces and + ( ) . - only")
        String phone,
    @Size(max = 100)
        @Pattern(regexp = "[a-z0-9._@-]*", message = "lower-case letters, digits and . _ @ - only")
        String username) {}
