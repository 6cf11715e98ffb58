package org.liaison.careteam;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * What the care team needs to know of a coordination file, provided by the coordinationfile context
 * (which depends on this one, not the other way round).
 */
public interface PatientFiles {

  Optional<FileSummary> summary(UUID fileId);

  /**
   * Loads these files in one query, so that the summaries asked next in the same transaction need
   * none (a list naming many patients).
   */
  void preload(Collection<UUID> fileIds);

  /**
   * The structure that follows the file, the patient's initials (for invitations), name (for the
   * lists of the patient's own team) and discreet name, civility and initial of the surname ("M.
   * L.", for calendars shown outside Liaison), and whether the file is closed (the person left case
   * management: its logbook is read only).
   */
  record FileSummary(
      UUID structureId, String initials, String patientName, String discreetName, boolean closed) {}
}
