package org.liaison.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the API shows of conversations and messages. */
public final class ConversationViews {

  private ConversationViews() {}

  /** A conversation in a list, with the caller's unread count. */
  public record Summary(
      UUID id,
      Conversation.Kind kind,
      UUID fileId,
      String patientName,
      String subject,
      UUID ownerId,
      String ownerName,
      Instant lastMessageAt,
      long unread) {}

  /** A member and how he or she came in: the care team, chosen, or with a resource team. */
  public record Member(UUID id, String name, String structure, String via) {}

  /** A conversation with its members; {@code mayManage} for its owner. */
  public record Detail(
      UUID id,
      Conversation.Kind kind,
      UUID fileId,
      String patientName,
      String subject,
      UUID ownerId,
      String ownerName,
      Instant createdAt,
      List<Member> members,
      boolean mayManage) {}

  /** A person mentioned in a message. */
  public record Mention(UUID id, String name) {}

  /** A file joined to a message (its bytes are read separately). */
  public record Attachment(UUID id, String name, String mediaType, int size) {}

  /** An attachment's bytes, with the type found in them and the name to offer for saving. */
  public record AttachmentContent(String name, String mediaType, byte[] content) {}

  /** A message as one member sees it. */
  public record MessageView(
      UUID id,
      UUID authorId,
      String authorName,
      String text,
      Instant sentAt,
      List<Mention> mentions,
      UUID logbookEntryId,
      boolean mine,
      boolean system,
      List<Attachment> attachments) {}
}
