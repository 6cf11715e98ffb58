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
 * One version of a form: a draft that its structure's admins edit, then, once published, frozen for
 * ever — the submissions answered on it keep showing it as it was.
 */
@Entity
@Table(name = "form_version")
public class FormVersion {

  /** Draft (editable) or published (frozen). */
  public enum Status {
    DRAFT,
    PUBLISHED
  }

  @Id private UUID id;

  @Column(name = "form_id", nullable = false, updatable = false)
  private UUID formId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(nullable = false)
  private String definition;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private UUID updatedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private UUID publishedBy;

  @Version private long version;

  protected FormVersion() {}

  static FormVersion draft(UUID formId, int number, String definitionJson, UUID by, Instant at) {
    var v = new FormVersion();
    v.id = UUID.randomUUID();
    v.formId = formId;
    v.number = number;
    v.status = Status.DRAFT;
    v.definition = definitionJson;
    v.updatedBy = by;
    v.updatedAt = at;
    return v;
  }

  void edit(String definitionJson, long expectedVersion, UUID by, Instant at) {
    requireDraft();
    if (expectedVersion != version) {
      throw new StaleVersionException(expectedVersion, version);
    }
    definition = definitionJson;
    updatedBy = by;
    updatedAt = at;
  }

  void publish(long expectedVersion, UUID by, Instant at) {
    requireDraft();
    if (expectedVersion != version) {
      throw new StaleVersionException(expectedVersion, version);
    }
    status = Status.PUBLISHED;
    publishedBy = by;
    publishedAt = at;
  }

  private void requireDraft() {
    if (status != Status.DRAFT) {
      throw new ConflictException(
          "form-version-published",
          "Version " + number + " is published and frozen: edit a new draft instead.");
    }
  }

  UUID id() {
    return id;
  }

  UUID formId() {
    return formId;
  }

  int number() {
    return number;
  }

  Status status() {
    return status;
  }

  String definition() {
    return definition;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  Instant publishedAt() {
    return publishedAt;
  }

  long version() {
    return version;
  }
}
