package org.liaison.careteam;

import java.util.Optional;
import java.util.UUID;

/**
 * What the care team needs to know of a coordination file, provided by the coordinationfile context
 * (which depends on this one, not the other way round).
 */
public interface PatientFiles {

  Optional<FileSummary> summary(UUID fileId);

  /** The structure that follows the file and the patient's initials (for invitations). */
  record FileSummary(UUID structureId, String initials) {}
}
