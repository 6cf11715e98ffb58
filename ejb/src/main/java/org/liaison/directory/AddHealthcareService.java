package org.liaison.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Command: a structure admin adds a service to the structure. */
public record AddHealthcareService(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 30) @Pattern(regexp = "[0-9 +().-]*", message = "digits, spaces and + ( ) . - only")
        String phone) {}
