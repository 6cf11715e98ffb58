package org.liaison.coordinationfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liaison.careteam.CareTeamRole;
import org.liaison.directory.ProfessionalView;

/**
 * A coordination file as the API shows it, with the caller's role in its team ({@code null} in
 * lists; {@code emergency} when the caller opened it by break-glass) and the workflow's next steps.
 */
public record CoordinationFileView(
    UUID id,
    UUID structureId,
    String firstName,
    String lastName,
    LocalDate birthDate,
    Sex sex,
    Address address,
    String ins,
    InsStatus insStatus,
    String phone,
    CaseStatus status,
    LocalDate statusSince,
    List<CaseStatus> allowedTransitions,
    ReferralOrigin referralOrigin,
    String referralDetail,
    String catchmentArea,
    ProfessionalView caseManager,
    ProfessionalView gp,
    Consent consent,
    Instant openedAt,
    long version,
    CareTeamRole myRole,
    boolean emergency) {

  static CoordinationFileView of(
      CoordinationFile f,
      CareTeamRole myRole,
      boolean emergency,
      ProfessionalView caseManager,
      ProfessionalView gp) {
    return new CoordinationFileView(
        f.id(),
        f.structureId(),
        f.firstName(),
        f.lastName(),
        f.birthDate(),
        f.sex(),
        f.address(),
        f.ins(),
        f.insStatus(),
        f.phone(),
        f.status(),
        f.statusSince(),
        f.status().next(),
        f.referralOrigin(),
        f.referralDetail(),
        f.catchmentArea(),
        caseManager,
        gp,
        f.consent(),
        f.openedAt(),
        f.version(),
        myRole,
        emergency);
  }
}
