package org.liaison.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.StaleVersionException;

/**
 * A form filled in a patient's file, on one published version: a draft its author saves as often as
 * needed, then submitted — after which it never changes.
 */
@Entity
@Table(name = "form_submission")
public class FormSubmission {

  /** Draft (being filled) or submitted (final). */
  public enum Status {
    DRAFT,
    SUBMITTED
  }

  @Id private UUID id;

  @Column(name = "form_id", nullable = false, updatable = false)
  private UUID formId;

  @Column(name = "form_version_id", nullable = false, updatable = false)
  private UUID formVersionId;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(nullable = false)
  private String answers;

  @Column(nullable = false)
  private String scores;

  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

  @Column(name = "created_by_name", nullable = false, updatable = false, length = 200)
  private String createdByName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Version private long version;

  protected FormSubmission() {}

  static FormSubmission start(
      FormVersion formVersion, UUID fileId, UUID by, String byName, Instant at) {
    var s = new FormSubmission();
    s.id = UUID.randomUUID();
    s.formId = formVersion.formId();
    s.formVersionId = formVersion.id();
    s.fileId = fileId;
    s.status = Status.DRAFT;
    s.answers = "{}";
    s.scores = "[]";
    s.createdBy = by;
    s.createdByName = byName;
    s.createdAt = at;
    s.updatedAt = at;
    return s;
  }

  /** Its author saves or submits it, from the version he or she read. */
  void fill(
      String answersJson,
      String scoresJson,
      boolean submit,
      long expectedVersion,
      UUID by,
      Instant at) {
    if (status == Status.SUBMITTED) {
      throw new ConflictException("submission-final", "This form was submitted: it is final.");
    }
    if (!by.equals(createdBy)) {
      throw new org.liaison.kernel.ForbiddenException(
          "not-author-of-draft", "Only the author of a draft goes on filling it.");
    }
    if (expectedVersion != version) {
      throw new StaleVersionException(expectedVersion, version);
    }
    answers = answersJson;
    scores = scoresJson;
    updatedAt = at;
    if (submit) {
      status = Status.SUBMITTED;
      submittedAt = at;
    }
  }

  UUID id() {
    return id;
  }

  UUID formId() {
    return formId;
  }

  UUID formVersionId() {
    return formVersionId;
  }

  UUID fileId() {
    return fileId;
  }

  Status status() {
    return status;
  }

  String answers() {
    return answers;
  }

  String scores() {
    return scores;
  }

  UUID createdBy() {
    return createdBy;
  }

  String createdByName() {
    return createdByName;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  Instant submittedAt() {
    return submittedAt;
  }

  long version() {
    return version;
  }
}
