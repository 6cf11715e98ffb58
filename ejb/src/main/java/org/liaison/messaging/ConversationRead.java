package org.liaison.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Up to when a member has read a conversation. */
@Entity
@Table(name = "conversation_read")
@IdClass(ConversationRead.Key.class)
public class ConversationRead {

  /** The composite key: conversation and professional. */
  public static class Key implements Serializable {
    private UUID conversationId;
    private UUID professionalId;

    public Key() {}

    Key(UUID conversationId, UUID professionalId) {
      this.conversationId = conversationId;
      this.professionalId = professionalId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && java.util.Objects.equals(conversationId, k.conversationId)
          && java.util.Objects.equals(professionalId, k.professionalId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(conversationId, professionalId);
    }
  }

  @Id
  @Column(name = "conversation_id")
  private UUID conversationId;

  @Id
  @Column(name = "professional_id")
  private UUID professionalId;

  @Column(name = "read_until", nullable = false)
  private Instant readUntil;

  protected ConversationRead() {}

  ConversationRead(UUID conversationId, UUID professionalId, Instant until) {
    this.conversationId = conversationId;
    this.professionalId = professionalId;
    this.readUntil = until;
  }

  void readUntil(Instant until) {
    if (until.isAfter(readUntil)) {
      readUntil = until;
    }
  }
}
