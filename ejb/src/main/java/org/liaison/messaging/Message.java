package org.liaison.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A message of a conversation, signed by its author; never edited nor deleted. */
@Entity
@Table(name = "message")
public class Message {

  public static final int MAX_TEXT = 4000;

  @Id private UUID id;

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private UUID conversationId;

  @Column(name = "author_id", nullable = false, updatable = false)
  private UUID authorId;

  @Column(name = "author_name", nullable = false, updatable = false, length = 200)
  private String authorName;

  @Column(nullable = false, updatable = false, length = MAX_TEXT)
  private String text;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  @Column(nullable = false, updatable = false)
  private boolean system;

  @Column(name = "mention_ids", nullable = false, updatable = false, length = 2000)
  private String mentionIds;

  @Column(name = "client_key", updatable = false)
  private UUID clientKey;

  @Column(name = "logbook_entry_id")
  private UUID logbookEntryId;

  protected Message() {}

  static Message post(
      UUID conversationId,
      UUID authorId,
      String authorName,
      String text,
      List<UUID> mentions,
      UUID clientKey,
      boolean system,
      Instant at) {
    var m = new Message();
    m.id = UUID.randomUUID();
    m.conversationId = conversationId;
    m.authorId = authorId;
    m.authorName = authorName;
    m.text = text;
    m.sentAt = at;
    m.system = system;
    m.mentionIds = mentions.stream().map(UUID::toString).collect(Collectors.joining(","));
    m.clientKey = clientKey;
    return m;
  }

  void copiedToLogbook(UUID entryId) {
    logbookEntryId = entryId;
  }

  List<UUID> mentions() {
    return mentionIds.isEmpty()
        ? List.of()
        : Arrays.stream(mentionIds.split(",")).map(UUID::fromString).toList();
  }

  UUID id() {
    return id;
  }

  UUID conversationId() {
    return conversationId;
  }

  UUID authorId() {
    return authorId;
  }

  String authorName() {
    return authorName;
  }

  String text() {
    return text;
  }

  Instant sentAt() {
    return sentAt;
  }

  boolean system() {
    return system;
  }

  UUID logbookEntryId() {
    return logbookEntryId;
  }
}
