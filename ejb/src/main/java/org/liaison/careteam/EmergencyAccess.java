package org.liaison.careteam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Break-glass: a professional of the file's structure, outside its team, opened the file in an
 * emergency, with a reason. Access lasts {@link #DURATION}; everything done meanwhile is flagged in
 * the access log.
 */
@Entity
@Table(name = "emergency_access")
public class EmergencyAccess {

  public static final Duration DURATION = Duration.ofHours(4);

  @Id private UUID id;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Column(name = "professional_id", nullable = false, updatable = false)
  private UUID professionalId;

  @Column(nullable = false, updatable = false, length = 1000)
  private String reason;

  @Column(name = "granted_at", nullable = false, updatable = false)
  private Instant grantedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  protected EmergencyAccess() {}

  static EmergencyAccess grant(UUID fileId, UUID professionalId, String reason, Instant at) {
    var e = new EmergencyAccess();
    e.id = UUID.randomUUID();
    e.fileId = fileId;
    e.professionalId = professionalId;
    e.reason = reason.strip();
    e.grantedAt = at;
    e.expiresAt = at.plus(DURATION);
    return e;
  }

  UUID professionalId() {
    return professionalId;
  }

  EmergencyAccessView view(org.liaison.directory.ProfessionalView professional) {
    return new EmergencyAccessView(id, fileId, professional, reason, grantedAt, expiresAt);
  }
}
