package org.liaison.it.support;

/** Demo users and directory entries (wildfly-config/keycloak, ejb db/demo). */
public final class DemoData {

  public static final String CASE_MANAGER = "isabelle.martin";
  public static final String OTHER_STRUCTURE_CASE_MANAGER = "paul.lefevre";
  public static final String HOME_AIDE = "lucie.petit";
  public static final String GP = "henri.moreau";
  public static final String NURSE = "claire.dubois";

  /** Structure admin and data officer of DAC Cœur de Loire, in no care team. */
  public static final String STRUCTURE_ADMIN = "sophie.garnier";

  /** Structure admin of the nursing home EHPAD Les Glycines. */
  public static final String NURSING_HOME_ADMIN = "nathalie.roche";

  public static final String CASE_MANAGER_ID = "9b000000-0000-4000-8000-000000000001";
  public static final String GP_ID = "9b000000-0000-4000-8000-000000000004";
  public static final String DAC_ID = "5a000000-0000-4000-8000-000000000001";
  public static final String OTHER_DAC_ID = "5a000000-0000-4000-8000-000000000002";
  public static final String NURSING_HOME_ID = "5a000000-0000-4000-8000-000000000006";
  public static final String PHARMACY_ID = "5a000000-0000-4000-8000-000000000008";

  /** CCAS d'Orléans: none of its staff has a login. */
  public static final String SOCIAL_SERVICE_ID = "5a000000-0000-4000-8000-000000000009";

  public static final String OTHER_STRUCTURE_CASE_MANAGER_ID =
      "9b000000-0000-4000-8000-000000000002";
  public static final String HOME_AIDE_ID = "9b000000-0000-4000-8000-000000000003";
  public static final String NURSE_ID = "9b000000-0000-4000-8000-000000000005";
  public static final String PHARMACIST_WITHOUT_LOGIN_ID = "9b000000-0000-4000-8000-000000000007";

  private DemoData() {}
}
