package org.liaison.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A time a professional or a structure offers; booked once, by a conditional update in the database
 * (see {@link AgendaRepository#book}), never by reading then writing this entity.
 */
@Entity
@Table(name = "availability_slot")
public class AvailabilitySlot {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_kind", nullable = false, updatable = false, length = 12)
  private Appointment.PerformerKind ownerKind;

  @Column(name = "owner_id", nullable = false, updatable = false)
  private UUID ownerId;

  @Column(name = "start_local", nullable = false, updatable = false)
  private LocalDateTime startLocal;

  @Column(name = "duration_minutes", nullable = false, updatable = false)
  private int durationMinutes;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private Instant endsAt;

  @Column(name = "published_by", nullable = false, updatable = false)
  private UUID publishedBy;

  @Column(name = "published_at", nullable = false, updatable = false)
  private Instant publishedAt;

  @Column(name = "appointment_id", insertable = false, updatable = false)
  private UUID appointmentId;

  protected AvailabilitySlot() {}

  static AvailabilitySlot of(
      Appointment.PerformerKind ownerKind,
      UUID ownerId,
      LocalDateTime start,
      int durationMinutes,
      UUID by,
      Instant at) {
    var s = new AvailabilitySlot();
    s.id = UUID.randomUUID();
    s.ownerKind = ownerKind;
    s.ownerId = ownerId;
    s.startLocal = start;
    s.durationMinutes = durationMinutes;
    s.startsAt = Appointment.instant(start);
    s.endsAt = s.startsAt.plusSeconds(60L * durationMinutes);
    s.publishedBy = by;
    s.publishedAt = at;
    return s;
  }

  UUID id() {
    return id;
  }

  Appointment.PerformerKind ownerKind() {
    return ownerKind;
  }

  UUID ownerId() {
    return ownerId;
  }

  LocalDateTime startLocal() {
    return startLocal;
  }

  int durationMinutes() {
    return durationMinutes;
  }

  Instant startsAt() {
    return startsAt;
  }

  Instant endsAt() {
    return endsAt;
  }

  UUID publishedBy() {
    return publishedBy;
  }

  boolean isBooked() {
    return appointmentId != null;
  }
}
