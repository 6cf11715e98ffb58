package org.liaison.coordinationfile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A contact of the patient: family caregiver (aidant) with his or her role, representative… */
@Entity
@Table(name = "file_contact")
public class FileContact {

  @Id private UUID id;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ContactKind kind;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 100)
  private String relationship;

  @Column(length = 30)
  private String phone;

  @Column(length = 200)
  private String email;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected FileContact() {}

  static FileContact of(UUID fileId, AddContact c, Instant at) {
    if ((c.phone() == null || c.phone().isBlank()) && (c.email() == null || c.email().isBlank())) {
      throw new org.liaison.kernel.InvalidInputException(
          "phone", "give a phone number or an e-mail address to reach this contact");
    }
    var contact = new FileContact();
    contact.id = UUID.randomUUID();
    contact.fileId = fileId;
    contact.kind = c.kind();
    contact.name = c.name().strip();
    contact.relationship = blankToNull(c.relationship());
    contact.phone = blankToNull(c.phone());
    contact.email = blankToNull(c.email());
    contact.addedAt = at;
    return contact;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  UUID fileId() {
    return fileId;
  }

  FileContactView view() {
    return new FileContactView(id, kind, name, relationship, phone, email);
  }
}
