package org.liaison.coordinationfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.liaison.careteam.CareTeamRole;

/** A coordination file as the API shows it, with the caller's role in its team. */
public record CoordinationFileView(
    UUID id,
    UUID structureId,
    String firstName,
    String lastName,
    LocalDate birthDate,
    Sex sex,
    Address address,
    String ins,
    Instant openedAt,
    long version,
    CareTeamRole myRole) {

  static CoordinationFileView of(CoordinationFile f, CareTeamRole myRole) {
    return new CoordinationFileView(
        f.id(),
        f.structureId(),
        f.firstName(),
        f.lastName(),
        f.birthDate(),
        f.sex(),
        f.address(),
        f.ins(),
        f.openedAt(),
        f.version(),
        myRole);
  }
}
