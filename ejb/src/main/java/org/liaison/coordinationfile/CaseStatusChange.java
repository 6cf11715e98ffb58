package org.liaison.coordinationfile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One step of a file's case workflow, dated, signed and with its reason. Never changed. */
@Entity
@Table(name = "case_status_change")
public class CaseStatusChange {

  @Id private UUID id;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false, length = 20)
  private CaseStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false, length = 20)
  private CaseStatus to;

  @Column(name = "effective_on", nullable = false, updatable = false)
  private LocalDate effectiveOn;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private UUID recordedBy;

  @Column(name = "recorded_by_name", nullable = false, updatable = false, length = 200)
  private String recordedByName;

  @Column(nullable = false, updatable = false, length = 1000)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "exit_reason", updatable = false, length = 30)
  private ExitReason exitReason;

  @Column(name = "consent_not_collected", updatable = false, length = 500)
  private String consentNotCollected;

  protected CaseStatusChange() {}

  CaseStatusChange(
      UUID fileId,
      CaseStatus from,
      CaseStatus to,
      LocalDate effectiveOn,
      Instant recordedAt,
      UUID recordedBy,
      String recordedByName,
      String reason,
      ExitReason exitReason,
      String consentNotCollected) {
    this.id = UUID.randomUUID();
    this.fileId = fileId;
    this.from = from;
    this.to = to;
    this.effectiveOn = effectiveOn;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
    this.recordedByName = recordedByName;
    this.reason = reason.strip();
    this.exitReason = exitReason;
    this.consentNotCollected = consentNotCollected;
  }

  CaseStatusChangeView view() {
    return new CaseStatusChangeView(
        id,
        from,
        to,
        effectiveOn,
        recordedAt,
        recordedBy,
        recordedByName,
        reason,
        exitReason,
        consentNotCollected);
  }
}
