package org.liaison.audit;

/** What was done to patient data. */
public enum AuditAction {
  READ,
  CREATE,
  UPDATE,
  /** figures taken out of Liaison (a dashboard export) */
  EXPORT
}
