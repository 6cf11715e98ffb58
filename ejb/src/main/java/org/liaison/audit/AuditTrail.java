package org.liaison.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;

/** Writes audit records, always inside the transaction of the use case being audited. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  public void record(
      Caller caller,
      ProfessionalView actor,
      UUID fileId,
      AuditAction action,
      String resource,
      String detail) {
    em.persist(
        new AuditRecord(
            clock.instant(), actor.id(), caller.username(), fileId, action, resource, detail));
  }
}
