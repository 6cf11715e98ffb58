package org.liaison.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Queries of the mail outbox. */
@ApplicationScoped
public class OutboxRepository {

  @PersistenceContext private EntityManager em;

  /**
   * Due mail, locked for this transaction; rows another node holds are skipped. A mail refused
   * {@link OutgoingMail#MAX_ATTEMPTS} times stays in the table, unsent, with its last error.
   */
  @SuppressWarnings("unchecked")
  List<OutgoingMail> claimDue(Instant now, int limit) {
    return em.createNativeQuery(
            "select * from outgoing_mail where sent_at is null and next_attempt_at <= :now"
                + " and attempts < :max order by created_at limit :limit for update skip locked",
            OutgoingMail.class)
        .setParameter("now", now)
        .setParameter("limit", limit)
        .setParameter("max", OutgoingMail.MAX_ATTEMPTS)
        .getResultList();
  }
}
