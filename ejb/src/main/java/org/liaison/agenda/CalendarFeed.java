package org.liaison.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A professional's private iCalendar subscription: only the SHA-256 of its secret token is kept,
 * and how much the feed may say.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

  /** What a calendar outside Liaison is told of an appointment. */
  public enum Detail {
    /** "Visite — M. L.": kind, civility and initial; no place, no purpose. */
    DISCREET,
    /** The patient's name, the purpose and the place. */
    DETAILED
  }

  @Id
  @Column(name = "professional_id")
  private UUID professionalId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Detail detail;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CalendarFeed() {}

  CalendarFeed(UUID professionalId, String tokenHash, Detail detail, Instant at) {
    this.professionalId = professionalId;
    renew(tokenHash, detail, at);
  }

  void renew(String tokenHash, Detail detail, Instant at) {
    this.tokenHash = tokenHash;
    this.detail = detail;
    this.createdAt = at;
  }

  void change(Detail detail) {
    this.detail = detail;
  }

  UUID professionalId() {
    return professionalId;
  }

  Detail detail() {
    return detail;
  }

  Instant createdAt() {
    return createdAt;
  }
}
