package org.liaison.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.liaison.careteam.AccessGrant;
import org.liaison.careteam.CareTeamRole;

/** One observation about a patient, signed by its author with his or her team role. Immutable. */
@Entity
@Table(name = "logbook_entry")
public class LogbookEntry {

  public static final int MAX_TEXT = 4000;

  @Id private UUID id;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Column(name = "author_id", nullable = false, updatable = false)
  private UUID authorId;

  @Column(name = "author_name", nullable = false, updatable = false, length = 200)
  private String authorName;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_role", nullable = false, updatable = false, length = 30)
  private CareTeamRole authorRole;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private LogbookCategory category;

  @Column(nullable = false, updatable = false, length = MAX_TEXT)
  private String text;

  @Column(nullable = false, updatable = false)
  private boolean important;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  @Column(name = "corrects_id", updatable = false)
  private UUID correctsId;

  @Column(name = "client_key", updatable = false)
  private UUID clientKey;

  protected LogbookEntry() {}

  static LogbookEntry write(
      UUID fileId, AccessGrant author, WriteLogbookEntry command, Instant at) {
    var e = new LogbookEntry();
    e.id = UUID.randomUUID();
    e.fileId = fileId;
    e.authorId = author.actor().id();
    e.authorName = author.actor().displayName();
    e.authorRole = author.role();
    e.category = command.category();
    e.text = command.text().strip();
    e.important = Boolean.TRUE.equals(command.important());
    e.writtenAt = at;
    e.correctsId = command.corrects();
    e.clientKey = command.clientKey();
    return e;
  }

  static LogbookEntry copied(UUID fileId, MessageCopy copy, CareTeamRole authorRole) {
    var e = new LogbookEntry();
    e.id = UUID.randomUUID();
    e.fileId = fileId;
    e.authorId = copy.authorId();
    e.authorName = copy.authorName();
    e.authorRole = authorRole;
    e.category = copy.category();
    e.text = copy.text().strip();
    e.important = copy.important();
    e.writtenAt = copy.writtenAt();
    return e;
  }

  LogbookEntryView view(
      UUID correctedBy,
      java.util.List<LogbookEntryView.Reading> readBy,
      boolean readByMe,
      java.util.List<AttachmentView> attachments) {
    return new LogbookEntryView(
        id,
        category,
        text,
        important,
        writtenAt,
        authorId,
        authorName,
        authorRole,
        correctsId,
        correctedBy,
        readBy,
        readByMe,
        attachments);
  }

  UUID id() {
    return id;
  }

  boolean important() {
    return important;
  }

  UUID fileId() {
    return fileId;
  }

  UUID authorId() {
    return authorId;
  }
}
