package org.liaison.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A member named explicitly: chosen for a topic, or called in with a resource team. */
@Entity
@Table(name = "conversation_member")
public class ConversationMember {

  public enum Via {
    CHOSEN,
    RESOURCE_TEAM
  }

  @Id private UUID id;

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private UUID conversationId;

  @Column(name = "professional_id", nullable = false, updatable = false)
  private UUID professionalId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Via via;

  @Column(name = "added_by", nullable = false, updatable = false)
  private UUID addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected ConversationMember() {}

  ConversationMember(UUID conversationId, UUID professionalId, Via via, UUID by, Instant at) {
    this.id = UUID.randomUUID();
    this.conversationId = conversationId;
    this.professionalId = professionalId;
    this.via = via;
    this.addedBy = by;
    this.addedAt = at;
  }

  UUID professionalId() {
    return professionalId;
  }

  Via via() {
    return via;
  }
}
