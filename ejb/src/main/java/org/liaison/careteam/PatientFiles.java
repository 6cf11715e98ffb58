package org.liaison.careteam;

import java.util.Optional;
import java.util.UUID;

/**
 * What the care team needs to know of a coordination file, provided by the coordinationfile context
 * (which depends on this one, not the other way round).
 */
public interface PatientFiles {

  Optional<FileSummary> summary(UUID fileId);

  /**
   * The structure that follows the file, the patient's initials (for invitations) and name (for the
   * lists of the patient's own team).
   */
  record FileSummary(UUID structureId, String initials, String patientName) {}
}
