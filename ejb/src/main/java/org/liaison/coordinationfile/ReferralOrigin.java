package org.liaison.coordinationfile;

/** Who referred the patient to the coordination structure (partenaire orienteur). */
public enum ReferralOrigin {
  GP,
  HOSPITAL,
  HOME_CARE_SERVICE,
  NURSE,
  SOCIAL_SERVICES,
  FAMILY,
  SELF,
  OTHER
}
