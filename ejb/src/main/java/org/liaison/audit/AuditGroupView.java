package org.liaison.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Repeated records of an access log told once: the same person, the same action on the same part of
 * the file, within the same hour (Paris time). {@code hour} is the start of that hour.
 */
public record AuditGroupView(
    Instant hour,
    UUID actorId,
    AuditAction action,
    String resource,
    long count,
    Instant first,
    Instant last,
    boolean emergency) {}
