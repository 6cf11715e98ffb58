package org.liaison.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One professional's choice of e-mails; without a row, every notification is mailed at once. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

  @Id
  @Column(name = "professional_id")
  private UUID professionalId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EmailPreference email;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected NotificationPreference() {}

  NotificationPreference(UUID professionalId, EmailPreference email, Instant at) {
    this.professionalId = professionalId;
    this.email = email;
    this.updatedAt = at;
  }

  void change(EmailPreference newEmail, Instant at) {
    email = newEmail;
    updatedAt = at;
  }

  EmailPreference email() {
    return email;
  }
}
