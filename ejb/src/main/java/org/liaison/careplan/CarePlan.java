package org.liaison.careplan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.NotFoundException;
import org.liaison.kernel.StaleVersionException;

/**
 * The care plan of one coordination file: its versions (at most one draft; validated ones are
 * frozen) and its reviews. Every change goes through this aggregate and raises its {@code
 * revision}, the ETag that concurrent editors send back.
 */
@Entity
@Table(name = "care_plan")
public class CarePlan {

  @Id private UUID id;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Column(nullable = false)
  private long revision;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "started_by", nullable = false, updatable = false)
  private UUID startedBy;

  @OneToMany(cascade = CascadeType.PERSIST)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  @OrderBy("number")
  private List<CarePlanVersion> versions = new ArrayList<>();

  @OneToMany(cascade = CascadeType.PERSIST)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  @OrderBy("dueOn, scheduledAt")
  private List<CarePlanReview> reviews = new ArrayList<>();

  protected CarePlan() {}

  /** A new plan with an empty draft, version 1. */
  static CarePlan start(UUID fileId, ProfessionalView by, Instant at) {
    var plan = new CarePlan();
    plan.id = UUID.randomUUID();
    plan.fileId = fileId;
    plan.revision = 1;
    plan.startedAt = at;
    plan.startedBy = by.id();
    plan.versions.add(CarePlanVersion.draft(1, CarePlanContent.empty(), by, at));
    return plan;
  }

  /** Refuses a change made from another revision than the current one. */
  void checkRevision(long expected) {
    if (expected != revision) {
      throw new StaleVersionException(expected, revision);
    }
  }

  /** Replaces the draft's content (opening a draft after the last validated version if needed). */
  void saveDraft(CarePlanContent content, ProfessionalView by, Instant at) {
    draftForChange(by, at).replaceContent(content);
    revision++;
  }

  /** Changes one action (its status, a comment): a change of the plan like any other. */
  void changeAction(CarePlanContent.Action action, ProfessionalView by, Instant at) {
    var draft = draftForChange(by, at);
    draft.replaceContent(draft.content().withAction(action));
    revision++;
  }

  /** The GP validates the draft: frozen, signed with its hash. */
  CarePlanVersion validate(ProfessionalView by, Instant at) {
    var draft =
        draft()
            .orElseThrow(
                () ->
                    new ConflictException(
                        "nothing-to-validate", "There is no draft of the care plan to validate."));
    if (draft.content().isEmpty()) {
      throw new ConflictException(
          "care-plan-empty", "The draft is empty: write problems, goals or actions first.");
    }
    draft.validate(by, at);
    revision++;
    return draft;
  }

  void scheduleReview(LocalDate dueOn, String purpose, ProfessionalView by, Instant at) {
    reviews.add(CarePlanReview.schedule(dueOn, purpose, by, at));
    revision++;
  }

  /** Records a review's outcome; it may open the next version of the plan (a draft). */
  void recordReview(
      UUID reviewId,
      LocalDate heldOn,
      String outcome,
      boolean openNextVersion,
      ProfessionalView by,
      Instant at) {
    var review =
        reviews.stream()
            .filter(r -> r.id().equals(reviewId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("No review " + reviewId + " in this plan."));
    Integer opened = openNextVersion ? draftForChange(by, at).number() : null;
    review.record(heldOn, outcome, by, opened);
    revision++;
  }

  private CarePlanVersion draftForChange(ProfessionalView by, Instant at) {
    return draft()
        .orElseGet(
            () -> {
              var next = CarePlanVersion.draft(latest().number() + 1, latest().content(), by, at);
              versions.add(next);
              return next;
            });
  }

  Optional<CarePlanVersion> draft() {
    return versions.stream().filter(CarePlanVersion::isDraft).findFirst();
  }

  Optional<CarePlanVersion> lastValidated() {
    return versions.stream()
        .filter(v -> !v.isDraft())
        .max(Comparator.comparingInt(CarePlanVersion::number));
  }

  /** The draft if there is one, else the last validated version: the plan as it stands. */
  CarePlanVersion latest() {
    return versions.stream().max(Comparator.comparingInt(CarePlanVersion::number)).orElseThrow();
  }

  Optional<CarePlanVersion> version(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  List<CarePlanVersion> versions() {
    return versions;
  }

  List<CarePlanReview> reviews() {
    return reviews;
  }

  UUID fileId() {
    return fileId;
  }

  long revision() {
    return revision;
  }
}
