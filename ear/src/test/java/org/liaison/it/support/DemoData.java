package org.liaison.it.support;

/** Demo users and directory entries (wildfly-config/keycloak, ejb db/demo). */
public final class DemoData {

  public static final String CASE_MANAGER = "isabelle.martin";
  public static final String OTHER_STRUCTURE_CASE_MANAGER = "paul.lefevre";
  public static final String HOME_AIDE = "lucie.petit";
  public static final String GP = "henri.moreau";
  public static final String NURSE = "claire.dubois";

  public static final String HOME_AIDE_ID = "9b000000-0000-4000-8000-000000000003";
  public static final String NURSE_ID = "9b000000-0000-4000-8000-000000000005";
  public static final String PHARMACIST_WITHOUT_LOGIN_ID = "9b000000-0000-4000-8000-000000000007";

  private DemoData() {}
}
