package org.liaison.directory;

/** Professions of the directory. */
public enum Profession {
  CASE_MANAGER,
  COORDINATOR,
  GP,
  PHYSICIAN,
  NURSE,
  PHARMACIST,
  PHYSIOTHERAPIST,
  HOME_AIDE,
  CARE_ASSISTANT,
  SOCIAL_WORKER
}
