package org.liaison.directory;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
 *
 * <p>The write joins the caller's transaction: in a transaction of its own it needed a second
 * connection while the caller held one, and the first requests after a boot (each login unknown to
 * the node) took the whole pool and waited for each other until the pool's timeout (benchmark P2:
 * no answer at all for 20 s). A login's first concurrent calls write it once: the first one claims
 * it; when its transaction does not commit the claim is withdrawn and a later call writes.
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

  @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  /** On every call: a map look-up and a set comparison; a write only when the roles changed. */
  void seen(UUID professionalId, Set<String> roles) {
    var before = written.get(professionalId);
    if (roles.equals(before) || !claim(professionalId, before, roles)) {
      return;
    }
    try {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status != Status.STATUS_COMMITTED) {
                written.remove(professionalId, roles);
              }
            }
          });
      writer.write(professionalId, column(roles));
    } catch (RuntimeException e) {
      written.remove(professionalId, roles);
      throw e;
    }
  }

  private boolean claim(UUID professionalId, Set<String> before, Set<String> roles) {
    return before == null
        ? written.putIfAbsent(professionalId, roles) == null
        : written.replace(professionalId, before, roles);
  }

  /** Sorted, each between commas, so that {@code like '%,case_manager,%'} matches one role. */
  static String column(Set<String> roles) {
    return roles.stream()
        .filter(KEPT::contains)
        .sorted()
        .collect(Collectors.joining(",", ",", ","));
  }
}
