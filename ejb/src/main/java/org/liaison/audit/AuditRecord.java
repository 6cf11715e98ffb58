package org.liaison.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One access to a patient's data. Append-only: there is no way to change a record. */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor_id", nullable = false, updatable = false)
  private UUID actorId;

  @Column(name = "actor_username", nullable = false, updatable = false, length = 100)
  private String actorUsername;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private AuditAction action;

  @Column(nullable = false, updatable = false, length = 40)
  private String resource;

  @Column(updatable = false, length = 500)
  private String detail;

  protected AuditRecord() {}

  AuditRecord(
      Instant occurredAt,
      UUID actorId,
      String actorUsername,
      UUID fileId,
      AuditAction action,
      String resource,
      String detail) {
    this.occurredAt = occurredAt;
    this.actorId = actorId;
    this.actorUsername = actorUsername;
    this.fileId = fileId;
    this.action = action;
    this.resource = resource;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }
}
