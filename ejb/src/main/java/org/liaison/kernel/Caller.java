package org.liaison.kernel;

import java.util.Set;

/**
 * The authenticated person behind a request: the Keycloak user name, realm roles, and the e-mail
 * address when Keycloak has verified it (null otherwise).
 */
public record Caller(String username, Set<String> roles, String verifiedEmail) {

  public static final String CASE_MANAGER = "case_manager";
  public static final String PROFESSIONAL = "professional";
  public static final String STRUCTURE_ADMIN = "structure_admin";
  public static final String DATA_OFFICER = "data_officer";
  public static final String COORDINATOR = "coordinator";
  public static final String REGIONAL_OBSERVER = "regional_observer";

  public Caller {
    roles = Set.copyOf(roles);
  }

  public Caller(String username, Set<String> roles) {
    this(username, roles, null);
  }

  /** The realm roles of those who answer a structure's requests and signals. */
  public static final java.util.List<String> REQUEST_RECEIVER_ROLES =
      java.util.List.of(STRUCTURE_ADMIN, CASE_MANAGER);

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** Whether the caller answers the requests and signals his structure receives. */
  public boolean answersRequests() {
    return REQUEST_RECEIVER_ROLES.stream().anyMatch(roles::contains);
  }
}
