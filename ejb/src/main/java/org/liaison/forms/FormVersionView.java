package org.liaison.forms;

import java.time.Instant;
import java.util.UUID;

/** One version of a form with its definition; the ETag of a draft is {@code version}. */
public record FormVersionView(
    UUID formId,
    String title,
    String description,
    int number,
    FormVersion.Status status,
    FormDefinition definition,
    Instant updatedAt,
    Instant publishedAt,
    long version) {}
