package org.liaison.directory;

/** Kinds of structures of the territory. */
public enum StructureType {
  DAC,
  HOSPITAL,
  NURSING_HOME,
  HOME_CARE_SERVICE,
  HOME_NURSING_SERVICE,
  HEALTH_PRACTICE,
  PHARMACY,
  CPTS,
  SOCIAL_SERVICE,
  /** a regional health agency (ARS): observes the coordination structures' activity */
  REGIONAL_AGENCY
}
