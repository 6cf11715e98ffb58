package org.liaison.careplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.ConflictException;

/** A scheduled review (bilan) of the plan, and once held, its outcome. */
@Entity
@Table(name = "care_plan_review")
public class CarePlanReview {

  public static final int MAX_PURPOSE = 500;
  public static final int MAX_OUTCOME = 4000;

  @Id private UUID id;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(nullable = false, length = MAX_PURPOSE)
  private String purpose;

  @Column(name = "scheduled_by", nullable = false, updatable = false)
  private UUID scheduledBy;

  @Column(name = "scheduled_at", nullable = false, updatable = false)
  private Instant scheduledAt;

  @Column(name = "held_on")
  private LocalDate heldOn;

  @Column(length = MAX_OUTCOME)
  private String outcome;

  @Column(name = "recorded_by")
  private UUID recordedBy;

  @Column(name = "recorded_by_name", length = 200)
  private String recordedByName;

  @Column(name = "opened_version")
  private Integer openedVersion;

  protected CarePlanReview() {}

  static CarePlanReview schedule(LocalDate dueOn, String purpose, ProfessionalView by, Instant at) {
    var r = new CarePlanReview();
    r.id = UUID.randomUUID();
    r.dueOn = dueOn;
    r.purpose = purpose.strip();
    r.scheduledBy = by.id();
    r.scheduledAt = at;
    return r;
  }

  void record(LocalDate held, String text, ProfessionalView by, Integer opened) {
    if (heldOn != null) {
      throw new ConflictException(
          "review-already-recorded", "The outcome of this review was already recorded.");
    }
    heldOn = held;
    outcome = text.strip();
    recordedBy = by.id();
    recordedByName = by.displayName();
    openedVersion = opened;
  }

  boolean isHeld() {
    return heldOn != null;
  }

  boolean isOverdue(LocalDate today) {
    return heldOn == null && dueOn.isBefore(today);
  }

  UUID id() {
    return id;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  String purpose() {
    return purpose;
  }

  ReviewView view(LocalDate today) {
    return new ReviewView(
        id, dueOn, purpose, heldOn, outcome, recordedByName, openedVersion, isOverdue(today));
  }
}
