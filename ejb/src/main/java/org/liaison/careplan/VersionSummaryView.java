package org.liaison.careplan;

import java.time.Instant;

/**
 * A version in the list of versions: its number, state, who made and validated it, and for a
 * validated one whether its content still has the hash it was signed with ({@code intact}).
 */
public record VersionSummaryView(
    int number,
    String status,
    Instant createdAt,
    String createdByName,
    Instant validatedAt,
    String validatedByName,
    String contentHash,
    Boolean intact) {}
