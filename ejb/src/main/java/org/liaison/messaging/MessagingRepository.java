package org.liaison.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries of conversations, members, messages and read marks. */
@ApplicationScoped
public class MessagingRepository {

  @PersistenceContext private EntityManager em;

  void add(Object record) {
    em.persist(record);
  }

  Optional<Conversation> conversation(UUID id) {
    return Optional.ofNullable(em.find(Conversation.class, id));
  }

  Optional<Message> message(UUID id) {
    return Optional.ofNullable(em.find(Message.class, id));
  }

  List<ConversationMember> members(UUID conversationId) {
    return em.createQuery(
            "select m from ConversationMember m where m.conversationId = :c order by m.addedAt",
            ConversationMember.class)
        .setParameter("c", conversationId)
        .getResultList();
  }

  boolean isNamedMember(UUID conversationId, UUID professionalId) {
    return !em.createQuery(
            "select m.id from ConversationMember m where m.conversationId = :c"
                + " and m.professionalId = :p",
            UUID.class)
        .setParameter("c", conversationId)
        .setParameter("p", professionalId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Conversations about these patients, and those where the professional is named. */
  List<Conversation> conversationsFor(Collection<UUID> fileIds, UUID professionalId) {
    return em.createQuery(
            "select c from Conversation c where (c.fileId in :files) or c.id in (select m.conversationId"
                + " from ConversationMember m where m.professionalId = :p)"
                + " order by coalesce(c.lastMessageAt, c.createdAt) desc",
            Conversation.class)
        .setParameter("files", fileIds.isEmpty() ? List.of(new UUID(0, 0)) : fileIds)
        .setParameter("p", professionalId)
        .getResultList();
  }

  List<Conversation> conversationsOfFile(UUID fileId) {
    return em.createQuery(
            "select c from Conversation c where c.fileId = :f"
                + " order by coalesce(c.lastMessageAt, c.createdAt) desc",
            Conversation.class)
        .setParameter("f", fileId)
        .getResultList();
  }

  /** Newest first. */
  List<Message> messages(UUID conversationId, int offset, int size) {
    return em.createQuery(
            "select m from Message m where m.conversationId = :c order by m.sentAt desc, m.id",
            Message.class)
        .setParameter("c", conversationId)
        .setFirstResult(offset)
        .setMaxResults(size)
        .getResultList();
  }

  long countMessages(UUID conversationId) {
    return em.createQuery("select count(m) from Message m where m.conversationId = :c", Long.class)
        .setParameter("c", conversationId)
        .getSingleResult();
  }

  Optional<Message> byClientKey(UUID authorId, UUID clientKey) {
    return em.createQuery(
            "select m from Message m where m.authorId = :a and m.clientKey = :k", Message.class)
        .setParameter("a", authorId)
        .setParameter("k", clientKey)
        .getResultStream()
        .findFirst();
  }

  /** Messages of others after the member's read mark. */
  long unread(UUID conversationId, UUID professionalId) {
    return em.createQuery(
            "select count(m) from Message m where m.conversationId = :c and m.authorId <> :p"
                + " and m.sentAt > coalesce((select r.readUntil from ConversationRead r"
                + " where r.conversationId = :c and r.professionalId = :p), :epoch)",
            Long.class)
        .setParameter("c", conversationId)
        .setParameter("p", professionalId)
        .setParameter("epoch", Instant.EPOCH)
        .getSingleResult();
  }

  void markRead(UUID conversationId, UUID professionalId, Instant until) {
    var read =
        em.find(ConversationRead.class, new ConversationRead.Key(conversationId, professionalId));
    if (read == null) {
      em.persist(new ConversationRead(conversationId, professionalId, until));
    } else {
      read.readUntil(until);
    }
  }

  Optional<MessageAttachment> attachment(UUID id) {
    return Optional.ofNullable(em.find(MessageAttachment.class, id));
  }

  List<MessageAttachment> attachmentsOf(Collection<UUID> messageIds) {
    if (messageIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from MessageAttachment a where a.messageId in :ids order by a.uploadedAt",
            MessageAttachment.class)
        .setParameter("ids", messageIds)
        .getResultList();
  }
}
