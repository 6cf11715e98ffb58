package org.liaison.careplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.liaison.directory.ProfessionalView;

/**
 * One numbered version of a care plan: a draft while it is prepared, then validated by the GP —
 * frozen (the database refuses any later change) and signed with the hash of its content.
 */
@Entity
@Table(name = "care_plan_version")
public class CarePlanVersion {

  enum Status {
    DRAFT,
    VALIDATED
  }

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(nullable = false)
  private String content;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

  @Column(name = "created_by_name", nullable = false, updatable = false, length = 200)
  private String createdByName;

  @Column(name = "validated_at")
  private Instant validatedAt;

  @Column(name = "validated_by")
  private UUID validatedBy;

  @Column(name = "validated_by_name", length = 200)
  private String validatedByName;

  @Column(name = "content_hash", length = 64)
  private String contentHash;

  protected CarePlanVersion() {}

  static CarePlanVersion draft(
      int number, CarePlanContent content, ProfessionalView by, Instant at) {
    var v = new CarePlanVersion();
    v.id = UUID.randomUUID();
    v.number = number;
    v.status = Status.DRAFT;
    v.content = CarePlanJson.write(content);
    v.createdAt = at;
    v.createdBy = by.id();
    v.createdByName = by.displayName();
    return v;
  }

  void replaceContent(CarePlanContent newContent) {
    requireDraft();
    content = CarePlanJson.write(newContent);
  }

  void validate(ProfessionalView by, Instant at) {
    requireDraft();
    status = Status.VALIDATED;
    validatedAt = at;
    validatedBy = by.id();
    validatedByName = by.displayName();
    contentHash = CarePlanJson.hash(content);
  }

  private void requireDraft() {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("version " + number + " is validated and frozen");
    }
  }

  boolean isDraft() {
    return status == Status.DRAFT;
  }

  int number() {
    return number;
  }

  CarePlanContent content() {
    return CarePlanJson.read(content);
  }

  /** Whether the stored content still has the hash it was signed with. */
  boolean signatureHolds() {
    return contentHash == null || contentHash.equals(CarePlanJson.hash(content));
  }

  VersionSummaryView summary() {
    return new VersionSummaryView(
        number,
        status.name(),
        createdAt,
        createdByName,
        validatedAt,
        validatedByName,
        contentHash,
        contentHash == null ? null : signatureHolds());
  }

  Instant validatedAt() {
    return validatedAt;
  }

  String validatedByName() {
    return validatedByName;
  }

  String contentHash() {
    return contentHash;
  }

  /** Who opened this version (prepared it, for a draft). */
  UUID createdBy() {
    return createdBy;
  }

  String createdByName() {
    return createdByName;
  }
}
