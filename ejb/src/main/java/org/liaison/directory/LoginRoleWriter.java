package org.liaison.directory;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.liaison.kernel.NativeUpdates;

/**
 * Writes a login's roles, in the caller's transaction (see {@link LoginRoles} for why not in one of
 * its own). (Public only because an EJB's business methods are.)
 */
@Stateless
public class LoginRoleWriter {

  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void write(UUID professionalId, String roles) {
    // saying the table keeps Hibernate from emptying the whole second-level cache
    NativeUpdates.execute(
        em.createNativeQuery(
                "insert into professional_login (professional_id, roles, seen_at)"
                    + " values (?1, ?2, ?3) on conflict (professional_id) do update"
                    + " set roles = excluded.roles, seen_at = excluded.seen_at")
            .setParameter(1, professionalId)
            .setParameter(2, roles)
            .setParameter(3, Instant.now()),
        "professional_login");
  }
}
