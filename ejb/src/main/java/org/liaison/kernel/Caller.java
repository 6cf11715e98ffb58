package org.liaison.kernel;

import java.util.Set;

/** The authenticated person behind a request: the Keycloak user name and realm roles. */
public record Caller(String username, Set<String> roles) {

  public static final String CASE_MANAGER = "case_manager";
  public static final String PROFESSIONAL = "professional";
  public static final String STRUCTURE_ADMIN = "structure_admin";
  public static final String DATA_OFFICER = "data_officer";

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
