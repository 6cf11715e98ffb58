package org.liaison.coordinationfile;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Command: add a contact or family caregiver (aidant) of the patient. */
public record AddContact(
    @NotNull ContactKind kind,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 100) String relationship,
    @Size(max = 30) @Pattern(regexp = "[0-9 +().-]*", message = "digits, spaces and + ( ) . - only")
        String phone,
    @Email @Size(max = 200) String email) {}
