package org.liaison.messaging;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.liaison.kernel.FileType;

/** A photo or PDF joined to a message; its type is the one found in its content. */
@Entity
@Table(name = "message_attachment")
public class MessageAttachment {

  @Id private UUID id;

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private UUID conversationId;

  @Column(name = "message_id")
  private UUID messageId;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private UUID uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @Column(nullable = false, updatable = false, length = 200)
  private String name;

  @Column(name = "media_type", nullable = false, updatable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private int size;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected MessageAttachment() {}

  static MessageAttachment upload(
      UUID conversationId, UUID by, String name, FileType type, byte[] content, Instant at) {
    var a = new MessageAttachment();
    a.id = UUID.randomUUID();
    a.conversationId = conversationId;
    a.uploadedBy = by;
    a.uploadedAt = at;
    a.name = FileType.safeName(name);
    a.mediaType = type.mediaType();
    a.size = content.length;
    a.sha256 = FileType.sha256(content);
    a.content = content;
    return a;
  }

  boolean joinable(UUID conversation, UUID author) {
    return messageId == null && conversationId.equals(conversation) && uploadedBy.equals(author);
  }

  boolean readableBy(UUID conversation, UUID professionalId) {
    return conversationId.equals(conversation)
        && (messageId != null || uploadedBy.equals(professionalId));
  }

  void join(UUID message) {
    messageId = message;
  }

  UUID messageId() {
    return messageId;
  }

  String name() {
    return name;
  }

  String mediaType() {
    return mediaType;
  }

  byte[] content() {
    return content;
  }

  ConversationViews.Attachment view() {
    return new ConversationViews.Attachment(id, name, mediaType, size);
  }
}
