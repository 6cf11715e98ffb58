package org.liaison.coordinationfile;

/** Whether the INS was checked against the national teleservice (qualified) or not yet. */
public enum InsStatus {
  PROVISIONAL,
  QUALIFIED
}
