package org.liaison.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** Where the real test stack is (set by failsafe, see ear/pom.xml). */
public final class Stack {

  public static final String BASE_URL =
      System.getProperty("liaison.base-url", "http://127.0.0.1:8081");
  public static final String ISSUER =
      System.getProperty("liaison.oidc.issuer", "http://127.0.0.1:8181/realms/liaison");
  public static final String DB_URL =
      System.getProperty("liaison.db.url", "jdbc:postgresql://127.0.0.1:15433/liaison");

  private Stack() {}

  /** The real EAR, as built by this module, deployed as it is. */
  public static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("liaison.ear", "target/liaison.ear")));
  }
}
