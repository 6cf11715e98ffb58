package org.liaison.coordinationfile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.liaison.audit.AuditedActor;

/**
 * A file left case management (re-orientation, discharge or death), fired in the transaction of the
 * change: the other contexts close what they hold for the patient in the same transaction (the
 * agenda cancels what was to come, the logbook writes its last entry), so that the file is never
 * closed with any of it left open.
 */
public record CoordinationFileClosed(
    UUID fileId,
    UUID structureId,
    CaseStatus status,
    LocalDate on,
    ExitReason exitReason,
    String reason,
    AuditedActor by,
    String byName,
    Instant at) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * What the logbook's last entry says, in French (the language of the records, as the team wrote
   * them): "Dossier clôturé le 07/12/2026 — sortie (entrée en EHPAD). Motif : …".
   */
  public String note() {
    var what =
        switch (status) {
          case REORIENTED_T1 -> "réorientation à l'analyse de la demande (T1)";
          case REORIENTED_T2 -> "réorientation (T2)";
          case DISCHARGED -> "sortie";
          case DECEASED -> "décès";
          default -> throw new IllegalStateException(status + " closes no file");
        };
    return "Dossier clôturé le "
        + DAY.format(on)
        + " — "
        + what
        + (exitReason == null ? "" : " (" + label(exitReason) + ")")
        + ". Motif : "
        + reason;
  }

  private static String label(ExitReason r) {
    return switch (r) {
      case NURSING_HOME -> "entrée en EHPAD";
      case GOALS_MET -> "objectifs atteints";
      case STABLE_WITH_SUPPORT -> "situation stabilisée avec les aides en place";
      case REFUSAL -> "refus de la personne";
      case MOVED_AWAY -> "déménagement hors territoire";
      case LONG_HOSPITAL_STAY -> "hospitalisation longue";
      case OTHER -> "autre";
    };
  }
}
