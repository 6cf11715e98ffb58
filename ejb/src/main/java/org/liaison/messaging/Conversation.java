package org.liaison.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A conversation about a patient or a topic, with the member in charge of it (its owner). */
@Entity
@Table(name = "conversation")
public class Conversation {

  public enum Kind {
    PATIENT,
    TOPIC
  }

  public static final int MAX_SUBJECT = 200;

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Kind kind;

  @Column(name = "file_id", updatable = false)
  private UUID fileId;

  @Column(nullable = false, updatable = false, length = MAX_SUBJECT)
  private String subject;

  @Column(name = "owner_id", nullable = false)
  private UUID ownerId;

  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_message_at")
  private Instant lastMessageAt;

  protected Conversation() {}

  static Conversation start(Kind kind, UUID fileId, String subject, UUID by, Instant at) {
    var c = new Conversation();
    c.id = UUID.randomUUID();
    c.kind = kind;
    c.fileId = fileId;
    c.subject = subject.strip();
    c.ownerId = by;
    c.createdBy = by;
    c.createdAt = at;
    return c;
  }

  void handOver(UUID to) {
    ownerId = to;
  }

  void messageSent(Instant at) {
    lastMessageAt = at;
  }

  boolean isAboutPatient() {
    return kind == Kind.PATIENT;
  }

  UUID id() {
    return id;
  }

  Kind kind() {
    return kind;
  }

  UUID fileId() {
    return fileId;
  }

  String subject() {
    return subject;
  }

  UUID ownerId() {
    return ownerId;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant lastMessageAt() {
    return lastMessageAt;
  }
}
