package org.liaison.coordinationfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One step of the case workflow's history. {@code from} is null for the opening of the file; {@code
 * exitReason} is set on discharges only; {@code consentNotCollected} on an inclusion without a
 * recorded consent, why it could not be collected.
 */
public record CaseStatusChangeView(
    UUID id,
    CaseStatus from,
    CaseStatus to,
    LocalDate effectiveOn,
    Instant recordedAt,
    UUID recordedBy,
    String recordedByName,
    String reason,
    ExitReason exitReason,
    String consentNotCollected) {}
