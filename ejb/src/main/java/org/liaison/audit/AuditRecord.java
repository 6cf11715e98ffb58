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
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One access to a patient's data. Append-only: there is no way to change a record, and the database
 * chains each record to the previous one of the same file by a hash, shortly after it is written
 * ({@link AuditSealer}, V2 and V12 migrations).
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

  static final int MAX_DETAIL = 500;

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

  @Column(updatable = false, length = MAX_DETAIL)
  private String detail;

  @Column(nullable = false, updatable = false)
  private boolean emergency;

  protected AuditRecord() {}

  AuditRecord(
      Instant occurredAt,
      AuditedActor actor,
      UUID fileId,
      AuditAction action,
      String resource,
      String detail) {
    this.occurredAt = stored(occurredAt);
    this.actorId = actor.id();
    this.actorUsername = actor.username();
    this.emergency = actor.emergency();
    this.fileId = fileId;
    this.action = action;
    this.resource = resource;
    this.detail = stored(detail);
  }

  /** The instant as PostgreSQL keeps it (microseconds): the chain is computed on what is stored. */
  static Instant stored(Instant occurredAt) {
    return occurredAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** The detail as it is stored: at most {@code MAX_DETAIL} characters. */
  static String stored(String detail) {
    return detail == null || detail.length() <= MAX_DETAIL
        ? detail
        : detail.substring(0, MAX_DETAIL);
  }

  AuditRecordView view() {
    return new AuditRecordView(
        id, occurredAt, actorId, actorUsername, fileId, action, resource, detail, emergency);
  }

  /**
   * The text that is hashed: the same as the database's {@code audit_record_canonical}, so that a
   * verifier independent of the database recomputes every hash.
   */
  static String canonical(
      String previousHash,
      long id,
      long chainSeq,
      Instant occurredAt,
      UUID actorId,
      String actorUsername,
      UUID fileId,
      String action,
      String resource,
      String detail,
      boolean emergency) {
    return String.join(
        "|",
        previousHash == null ? "" : previousHash,
        Long.toString(id),
        Long.toString(chainSeq),
        AuditChain.TIMESTAMP.format(occurredAt),
        actorId.toString(),
        actorUsername,
        fileId.toString(),
        action,
        resource,
        detail == null ? "" : detail,
        Boolean.toString(emergency));
  }
}
