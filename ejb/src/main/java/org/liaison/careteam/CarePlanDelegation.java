package org.liaison.careteam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The GP delegates the authoring of the patient's care plan to the coordination structure that
 * follows the file. Recorded with who and when; revocable, and kept once revoked.
 */
@Entity
@Table(name = "care_plan_delegation")
public class CarePlanDelegation {

  @Id private UUID id;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Column(name = "delegated_by", nullable = false, updatable = false)
  private UUID delegatedBy;

  @Column(name = "delegated_at", nullable = false, updatable = false)
  private Instant delegatedAt;

  @Column(name = "revoked_by")
  private UUID revokedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected CarePlanDelegation() {}

  static CarePlanDelegation delegate(UUID fileId, UUID structureId, UUID by, Instant at) {
    var d = new CarePlanDelegation();
    d.id = UUID.randomUUID();
    d.fileId = fileId;
    d.structureId = structureId;
    d.delegatedBy = by;
    d.delegatedAt = at;
    return d;
  }

  void revoke(UUID by, Instant at) {
    revokedBy = by;
    revokedAt = at;
  }

  UUID structureId() {
    return structureId;
  }

  UUID delegatedBy() {
    return delegatedBy;
  }

  Instant delegatedAt() {
    return delegatedAt;
  }
}
