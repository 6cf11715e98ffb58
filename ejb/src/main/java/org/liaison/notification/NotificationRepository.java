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

  void markAllRead(UUID recipientId, Instant at) {
    em.createQuery(
            "update Notification n set n.readAt = :at where n.recipientId = :r and n.readAt is null")
        .setParameter("r", recipientId)
        .setParameter("at", at)
        .executeUpdate();
  }
}
