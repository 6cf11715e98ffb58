package org.liaison.coordinationfile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Command: open, in an emergency, the file of a patient of one's own structure without being in the
 * team. The patient is named by last name and birth date; the reason is mandatory.
 */
public record BreakGlass(
    @NotBlank @Size(max = 100) String lastName,
    @NotNull LocalDate birthDate,
    @NotBlank @Size(min = 10, max = 1000) String reason) {}
