package org.liaison.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One thing to see for one professional; read once he or she opens it. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id private UUID id;

  @Column(name = "recipient_id", nullable = false, updatable = false)
  private UUID recipientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private NotificationKind kind;

  @Column(name = "file_id", updatable = false)
  private UUID fileId;

  @Column(name = "actor_name", updatable = false, length = 200)
  private String actorName;

  @Column(nullable = false, updatable = false, length = 500)
  private String link;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  /** What became of the notification's e-mail. */
  enum Email {
    SENT,
    NOT_SENT,
    DIGEST_PENDING,
    DIGESTED
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Email email;

  protected Notification() {}

  static Notification of(
      UUID recipientId,
      NotificationKind kind,
      UUID fileId,
      String actorName,
      String link,
      Email email,
      Instant at) {
    var n = new Notification();
    n.id = UUID.randomUUID();
    n.recipientId = recipientId;
    n.kind = kind;
    n.fileId = fileId;
    n.actorName = actorName;
    n.link = link;
    n.createdAt = at;
    n.email = email;
    return n;
  }

  void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  void digested() {
    email = Email.DIGESTED;
  }

  NotificationKind kind() {
    return kind;
  }

  String actorName() {
    return actorName;
  }

  String link() {
    return link;
  }

  UUID recipientId() {
    return recipientId;
  }

  /** As its recipient sees it, with the patient's name when he may see the patient. */
  NotificationView view(String patientName) {
    return new NotificationView(id, kind, fileId, patientName, actorName, link, createdAt, readAt);
  }

  UUID fileId() {
    return fileId;
  }
}
