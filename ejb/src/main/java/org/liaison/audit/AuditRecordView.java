package org.liaison.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of a patient's access log. */
public record AuditRecordView(
    long id,
    Instant occurredAt,
    UUID actorId,
    String actorUsername,
    UUID fileId,
    AuditAction action,
    String resource,
    String detail,
    boolean emergency) {}
