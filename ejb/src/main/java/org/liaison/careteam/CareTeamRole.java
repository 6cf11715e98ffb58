package org.liaison.careteam;

/** The part a professional plays in one patient's team. */
public enum CareTeamRole {
  CASE_MANAGER,
  GP,
  NURSE,
  PHARMACIST,
  PHYSIOTHERAPIST,
  HOME_AIDE,
  SOCIAL_WORKER,
  FAMILY_CAREGIVER,
  OTHER
}
