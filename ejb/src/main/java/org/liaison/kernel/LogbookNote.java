package org.liaison.kernel;

import java.time.Instant;
import java.util.UUID;

/**
 * A line another context writes in a patient's logbook about what someone did there (delegating the
 * care plan, asking the GP to validate it…), fired in the transaction of the change: the logbook
 * writes it as that person, so the team reads who did what where it reads everything else.
 */
public record LogbookNote(
    UUID fileId,
    UUID authorId,
    String authorUsername,
    boolean emergency,
    String authorName,
    String text,
    boolean important,
    Instant at) {}
