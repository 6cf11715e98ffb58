package org.liaison.audit;

/** What was done to patient data. */
public enum AuditAction {
  READ,
  CREATE,
  UPDATE
}
