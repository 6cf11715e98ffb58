package org.liaison.coordinationfile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Command: the identity of a patient, to open a file or to correct it. INS is optional. */
public record PatientIdentity(
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @NotNull @PastOrPresent LocalDate birthDate,
    @NotNull Sex sex,
    @NotNull @Valid Address address,
    @Size(max = 20) String ins) {}
