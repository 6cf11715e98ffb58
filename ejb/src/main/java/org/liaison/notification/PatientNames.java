package org.liaison.notification;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The names of the patients notifications are about, for the app (never for e-mails), provided by
 * the care team, which depends on this context and decides who may see a patient.
 */
public interface PatientNames {

  /**
   * The patient's name of each of these files the professional may see now, each reading audited;
   * the others are left out.
   */
  Map<UUID, String> visibleTo(UUID professionalId, String username, Collection<UUID> fileIds);
}
