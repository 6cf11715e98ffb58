package org.liaison.coordinationfile;

/** Administrative sex, as FHIR's administrative gender. */
public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN
}
