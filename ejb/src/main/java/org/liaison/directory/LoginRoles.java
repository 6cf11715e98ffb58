package org.liaison.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.liaison.kernel.Caller;

/**
 * The realm roles each login had at its latest call, kept in the database (table {@code
 * professional_login}) so that Liaison knows who answers a structure's requests without listing
 * Keycloak's users. Each node writes a login's roles once, then again only when they change.
 */
@ApplicationScoped
class LoginRoles {

  /** The roles Liaison acts on; a realm's other roles (offline_access…) are not kept. */
  private static final Set<String> KEPT =
      Set.of(
          Caller.CASE_MANAGER,
          Caller.PROFESSIONAL,
          Caller.STRUCTURE_ADMIN,
          Caller.DATA_OFFICER,
          Caller.COORDINATOR,
          Caller.REGIONAL_OBSERVER);

  /** The roles each login had when this node last wrote them (the token's set, as it came). */
  private final ConcurrentMap<UUID, Set<String>> written = new ConcurrentHashMap<>();

  @Inject private LoginRoleWriter writer;

  /** On every call: a map look-up and a set comparison; a write only when the roles changed. */
  void seen(UUID professionalId, Set<String> roles) {
    if (!roles.equals(written.get(professionalId))) {
      writer.write(professionalId, column(roles));
      written.put(professionalId, roles);
    }
  }

  /** Sorted, each between commas, so that {@code like '%,case_manager,%'} matches one role. */
  static String column(Set<String> roles) {
    return roles.stream()
        .filter(KEPT::contains)
        .sorted()
        .collect(Collectors.joining(",", ",", ","));
  }
}
