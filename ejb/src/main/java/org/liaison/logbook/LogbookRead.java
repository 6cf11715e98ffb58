package org.liaison.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A read receipt: a professional read an entry (the first time). */
@Entity
@Table(name = "logbook_read")
@IdClass(LogbookRead.Key.class)
public class LogbookRead {

  /** The composite key. */
  public static class Key implements Serializable {
    private UUID entryId;
    private UUID professionalId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(entryId, k.entryId)
          && java.util.Objects.equals(professionalId, k.professionalId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(entryId, professionalId);
    }
  }

  @Id
  @Column(name = "entry_id")
  private UUID entryId;

  @Id
  @Column(name = "professional_id")
  private UUID professionalId;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  protected LogbookRead() {}

  LogbookRead(UUID entryId, UUID professionalId, Instant readAt) {
    this.entryId = entryId;
    this.professionalId = professionalId;
    this.readAt = readAt;
  }

  UUID entryId() {
    return entryId;
  }

  UUID professionalId() {
    return professionalId;
  }

  Instant readAt() {
    return readAt;
  }
}
