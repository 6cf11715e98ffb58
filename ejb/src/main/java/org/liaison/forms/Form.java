package org.liaison.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A form of a structure; what it asks lives in its versions. Archived, never deleted once used. */
@Entity
@Table(name = "form")
public class Form {

  @Id private UUID id;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 1000)
  private String description;

  @Column(name = "template_key", length = 40, updatable = false)
  private String templateKey;

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

  @Version private long version;

  protected Form() {}

  static Form create(
      UUID structureId, String title, String description, String templateKey, UUID by, Instant at) {
    var f = new Form();
    f.id = UUID.randomUUID();
    f.structureId = structureId;
    f.templateKey = templateKey;
    f.createdAt = at;
    f.createdBy = by;
    f.rename(title, description);
    return f;
  }

  void rename(String newTitle, String newDescription) {
    title = newTitle.strip();
    description =
        newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
  }

  void archive(Instant at) {
    archivedAt = at;
  }

  void restore() {
    archivedAt = null;
  }

  UUID id() {
    return id;
  }

  UUID structureId() {
    return structureId;
  }

  String title() {
    return title;
  }

  String description() {
    return description;
  }

  String templateKey() {
    return templateKey;
  }

  Instant archivedAt() {
    return archivedAt;
  }

  long version() {
    return version;
  }
}
