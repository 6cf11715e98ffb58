package org.liaison.coordinationfile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Command: open a file for a patient: the identity (as {@link PatientIdentity}) and, optionally,
 * who referred the patient and the catchment area.
 */
public record OpenCoordinationFile(
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @NotNull @PastOrPresent LocalDate birthDate,
    @NotNull Sex sex,
    @NotNull @Valid Address address,
    @Size(max = 20) String ins,
    InsStatus insStatus,
    @Size(max = 30) @Pattern(regexp = "[0-9 +().-]*", message = "digits, spaces and + ( ) . - only")
        String phone,
    ReferralOrigin referralOrigin,
    @Size(max = 200) String referralDetail,
    @Size(max = 100) String catchmentArea) {

  public PatientIdentity identity() {
    return new PatientIdentity(firstName, lastName, birthDate, sex, address, ins, insStatus, phone);
  }
}
