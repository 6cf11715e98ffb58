package org.liaison.logbook;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.liaison.kernel.FileType;

/** A photo or PDF joined to a logbook entry; its type is the one found in its content. */
@Entity
@Table(name = "logbook_attachment")
public class LogbookAttachment {

  @Id private UUID id;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Column(name = "entry_id")
  private UUID entryId;

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

  protected LogbookAttachment() {}

  static LogbookAttachment upload(
      UUID fileId, UUID by, String name, FileType type, byte[] content, Instant at) {
    var a = new LogbookAttachment();
    a.id = UUID.randomUUID();
    a.fileId = fileId;
    a.uploadedBy = by;
    a.uploadedAt = at;
    a.name = name;
    a.mediaType = type.mediaType();
    a.size = content.length;
    a.sha256 = FileType.sha256(content);
    a.content = content;
    return a;
  }

  /** Joins the attachment to its entry, once. */
  boolean joinable(UUID file, UUID author) {
    return entryId == null && fileId.equals(file) && uploadedBy.equals(author);
  }

  void join(UUID entry) {
    entryId = entry;
  }

  UUID id() {
    return id;
  }

  UUID fileId() {
    return fileId;
  }

  UUID entryId() {
    return entryId;
  }

  String mediaType() {
    return mediaType;
  }

  String name() {
    return name;
  }

  byte[] content() {
    return content;
  }

  AttachmentView view() {
    return new AttachmentView(id, name, mediaType, size);
  }
}
