package org.liaison.forms;

import java.time.Instant;
import java.util.UUID;

/**
 * A form in a list: its latest published version (null if never published) and whether a draft is
 * being prepared.
 */
public record FormSummaryView(
    UUID id,
    String title,
    String description,
    String templateKey,
    Integer publishedVersion,
    boolean hasDraft,
    boolean used,
    Instant archivedAt) {}
