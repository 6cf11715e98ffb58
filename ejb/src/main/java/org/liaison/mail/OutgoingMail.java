package org.liaison.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One e-mail to send, kept after sending as a record of what was sent. */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

  private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

  /** About a day of retries (30 min apart at the end), then an operator looks at last_error. */
  static final int MAX_ATTEMPTS = 60;

  @Id private UUID id;

  @Column(nullable = false, length = 200)
  private String recipient;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  protected OutgoingMail() {}

  OutgoingMail(String recipient, String subject, String body, Instant at) {
    this.id = UUID.randomUUID();
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = at;
    this.nextAttemptAt = at;
  }

  void sent(Instant at) {
    attempts++;
    sentAt = at;
    lastError = null;
  }

  /** Tries again later, waiting longer after each failure (30 s, 1 min, 2 min… 30 min). */
  void failed(String error, Instant at) {
    attempts++;
    var wait = Duration.ofSeconds(30).multipliedBy(1L << Math.min(attempts - 1, 6));
    nextAttemptAt = at.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
    lastError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
  }

  Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  String recipient() {
    return recipient;
  }

  String subject() {
    return subject;
  }

  String body() {
    return body;
  }
}
