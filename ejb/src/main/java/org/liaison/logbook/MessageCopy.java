package org.liaison.logbook;

import java.time.Instant;
import java.util.UUID;

/** A message copied into the logbook: its author and time, the category and importance chosen. */
public record MessageCopy(
    UUID authorId,
    String authorName,
    String text,
    Instant writtenAt,
    LogbookCategory category,
    boolean important) {}
