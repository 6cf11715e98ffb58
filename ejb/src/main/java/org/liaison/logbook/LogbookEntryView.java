package org.liaison.logbook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.liaison.careteam.CareTeamRole;

/**
 * A logbook entry as the API shows it: what it corrects, the newest entry that corrects it (if
 * any), who has read it, whether the caller has, and its attachments.
 */
public record LogbookEntryView(
    UUID id,
    LogbookCategory category,
    String text,
    boolean important,
    Instant writtenAt,
    UUID authorId,
    String authorName,
    CareTeamRole authorRole,
    UUID corrects,
    UUID correctedBy,
    List<Reading> readBy,
    boolean readByMe,
    List<AttachmentView> attachments) {

  /** Someone who read the entry, and when. */
  public record Reading(String name, Instant readAt) {}
}
