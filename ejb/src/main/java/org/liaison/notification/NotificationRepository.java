package org.liaison.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries of notifications. */
@ApplicationScoped
public class NotificationRepository {

  @PersistenceContext private EntityManager em;

  void add(Notification notification) {
    em.persist(notification);
  }

  Optional<Notification> find(UUID id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  List<Notification> page(UUID recipientId, int offset, int size) {
    return em.createQuery(
            "select n from Notification n where n.recipientId = :r"
                + " order by n.createdAt desc, n.id",
            Notification.class)
        .setParameter("r", recipientId)
        .setFirstResult(offset)
        .setMaxResults(size)
        .getResultList();
  }

  long count(UUID recipientId) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipientId = :r", Long.class)
        .setParameter("r", recipientId)
        .getSingleResult();
  }

  long unread(UUID recipientId) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipientId = :r and n.readAt is null",
            Long.class)
        .setParameter("r", recipientId)
        .getSingleResult();
  }

  Optional<NotificationPreference> preference(UUID professionalId) {
    return Optional.ofNullable(em.find(NotificationPreference.class, professionalId));
  }

  void add(NotificationPreference preference) {
    em.persist(preference);
  }

  /** Who has notifications waiting for the digest. */
  List<UUID> digestRecipients() {
    return em.createQuery(
            "select distinct n.recipientId from Notification n where n.email = :pending",
            UUID.class)
        .setParameter("pending", Notification.Email.DIGEST_PENDING)
        .getResultList();
  }

  /**
   * One recipient's notifications waiting for the digest, locked: a digest running at the same time
   * on another node skips them, so nothing is mailed twice.
   */
  @SuppressWarnings("unchecked")
  List<Notification> claimDigest(UUID recipientId) {
    return em.createNativeQuery(
            "select * from notification where recipient_id = :r and email = 'DIGEST_PENDING'"
                + " order by created_at for update skip locked",
            Notification.class)
        .setParameter("r", recipientId)
        .getResultList();
  }

  void markAllRead(UUID recipientId, Instant at) {
    em.createQuery(
            "update Notification n set n.readAt = :at where n.recipientId = :r and n.readAt is null")
        .setParameter("r", recipientId)
        .setParameter("at", at)
        .executeUpdate();
  }
}
