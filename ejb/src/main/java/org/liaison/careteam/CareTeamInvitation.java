package org.liaison.careteam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.liaison.directory.Profession;
import org.liaison.kernel.ConflictException;

/**
 * An invitation to join a care team, sent by e-mail with a secret link; accepting it needs a login.
 * Only the hash of the link's token is stored, so the table alone opens nothing.
 */
@Entity
@Table(name = "care_team_invitation")
public class CareTeamInvitation {

  public static final Duration VALIDITY = Duration.ofDays(14);

  /** Where an invitation stands. */
  public enum Status {
    PENDING,
    ACCEPTED,
    DECLINED,
    CANCELLED,
    EXPIRED
  }

  @Id private UUID id;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private CareTeamRole role;

  @Column(name = "professional_id", updatable = false)
  private UUID professionalId;

  @Column(nullable = false, updatable = false, length = 200)
  private String email;

  @Column(name = "first_name", nullable = false, updatable = false, length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, updatable = false, length = 100)
  private String lastName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private Profession profession;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "invited_by", nullable = false, updatable = false)
  private UUID invitedBy;

  @Column(name = "invited_at", nullable = false, updatable = false)
  private Instant invitedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answered_by")
  private UUID answeredBy;

  @Version private long version;

  protected CareTeamInvitation() {}

  static CareTeamInvitation send(
      UUID fileId,
      InviteToCareTeam command,
      UUID structureId,
      String tokenHash,
      UUID by,
      Instant at) {
    var i = new CareTeamInvitation();
    i.id = UUID.randomUUID();
    i.fileId = fileId;
    i.role = command.role();
    i.professionalId = command.professionalId();
    i.email = command.email().strip();
    i.firstName = command.firstName().strip();
    i.lastName = command.lastName().strip();
    i.profession = command.profession();
    i.structureId = structureId;
    i.tokenHash = tokenHash;
    i.invitedBy = by;
    i.invitedAt = at;
    i.expiresAt = at.plus(VALIDITY);
    i.status = Status.PENDING;
    return i;
  }

  Status statusAt(Instant now) {
    return status == Status.PENDING && !now.isBefore(expiresAt) ? Status.EXPIRED : status;
  }

  /** Accepting or declining: only a pending invitation, once. */
  void answer(boolean accepted, UUID by, Instant at) {
    var current = statusAt(at);
    if (current != Status.PENDING) {
      throw new ConflictException(
          "invitation-" + current.name().toLowerCase(java.util.Locale.ROOT),
          "This invitation is " + current.name().toLowerCase(java.util.Locale.ROOT) + ".");
    }
    status = accepted ? Status.ACCEPTED : Status.DECLINED;
    answeredBy = by;
    answeredAt = at;
  }

  void cancel(UUID by, Instant at) {
    answer(false, by, at);
    status = Status.CANCELLED;
  }

  UUID id() {
    return id;
  }

  UUID fileId() {
    return fileId;
  }

  CareTeamRole role() {
    return role;
  }

  UUID professionalId() {
    return professionalId;
  }

  String email() {
    return email;
  }

  String firstName() {
    return firstName;
  }

  String lastName() {
    return lastName;
  }

  Profession profession() {
    return profession;
  }

  UUID structureId() {
    return structureId;
  }

  UUID invitedBy() {
    return invitedBy;
  }

  Instant invitedAt() {
    return invitedAt;
  }

  Instant expiresAt() {
    return expiresAt;
  }
}
