package org.liaison.coordinationfile;

/** Who gave consent to share the patient's data with the team. */
public enum ConsentRelationship {
  PATIENT,
  LEGAL_REPRESENTATIVE,
  FAMILY_MEMBER
}
