package org.liaison.logbook;

import java.time.Instant;
import java.util.UUID;
import org.liaison.careteam.CareTeamRole;

/** A logbook entry as the API shows it. */
public record LogbookEntryView(
    UUID id,
    LogbookCategory category,
    String text,
    boolean important,
    Instant writtenAt,
    UUID authorId,
    String authorName,
    CareTeamRole authorRole) {}
