package org.liaison.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** One occurrence of a series, keyed by its original Paris start: cancelled, or moved. */
@Embeddable
public class OccurrenceChange {

  @Column(nullable = false)
  private LocalDateTime occurrence;

  @Column(nullable = false)
  private boolean cancelled;

  @Column(name = "start_local")
  private LocalDateTime start;

  @Column(name = "duration_minutes")
  private Integer durationMinutes;

  protected OccurrenceChange() {}

  static OccurrenceChange cancelled(LocalDateTime occurrence) {
    var c = new OccurrenceChange();
    c.occurrence = occurrence;
    c.cancelled = true;
    return c;
  }

  static OccurrenceChange moved(LocalDateTime occurrence, LocalDateTime start, int duration) {
    var c = new OccurrenceChange();
    c.occurrence = occurrence;
    c.start = start;
    c.durationMinutes = duration;
    return c;
  }

  LocalDateTime occurrence() {
    return occurrence;
  }

  boolean cancelled() {
    return cancelled;
  }

  LocalDateTime start() {
    return start;
  }

  Integer durationMinutes() {
    return durationMinutes;
  }
}
