package org.liaison.coordinationfile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Command: the identity of a patient, to open a file or to correct it. INS is optional; its status
 * defaults to provisional. The phone is the patient's own.
 */
public record PatientIdentity(
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @NotNull @PastOrPresent LocalDate birthDate,
    @NotNull Sex sex,
    @NotNull @Valid Address address,
    @Size(max = 20) String ins,
    InsStatus insStatus,
    @Size(max = 30) @Pattern(regexp = "[0-9 +().-]*", message = "digits, spaces and + ( ) . - only")
        String phone) {

  public PatientIdentity(
      String firstName,
      String lastName,
      LocalDate birthDate,
      Sex sex,
      Address address,
      String ins) {
    this(firstName, lastName, birthDate, sex, address, ins, null, null);
  }
}
