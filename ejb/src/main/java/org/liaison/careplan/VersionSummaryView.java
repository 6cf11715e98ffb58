package org.liaison.careplan;

import java.time.Instant;

/** A version in the list of versions: its number, state, and who made and validated it. */
public record VersionSummaryView(
    int number,
    String status,
    Instant createdAt,
    String createdByName,
    Instant validatedAt,
    String validatedByName,
    String contentHash) {}
