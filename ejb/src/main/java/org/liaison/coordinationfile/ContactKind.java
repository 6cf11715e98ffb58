package org.liaison.coordinationfile;

/** What a contact of the patient is to the care team. */
public enum ContactKind {
  FAMILY_CAREGIVER,
  LEGAL_REPRESENTATIVE,
  EMERGENCY_CONTACT,
  OTHER
}
