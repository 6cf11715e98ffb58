package org.liaison.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters of the access log; every field is optional. {@code actorUsername} is the login (the raw
 * log's filter), {@code actorId} the professional; {@code resource} is the part of the file
 * ("logbook", "care-plan"…). {@code to} is exclusive.
 */
public record AuditFilter(
    String actorUsername,
    UUID actorId,
    AuditAction action,
    String resource,
    Instant from,
    Instant to) {}
