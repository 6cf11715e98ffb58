package org.liaison.audit;

import java.time.Instant;

/** Filters of the access log; every field is optional. {@code to} is exclusive. */
public record AuditFilter(String actorUsername, AuditAction action, Instant from, Instant to) {}
