package org.liaison.careteam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.StaleVersionException;

/**
 * A professional's membership of one patient's care team, bounded in time: access starts on {@code
 * since}, stops by itself after {@code until}, and at once when the member leaves or is removed
 * ({@code endedAt}). An ended membership is kept, as the team's history.
 */
@Entity
@Table(name = "care_team_member")
public class CareTeamMember {

  @Id private UUID id;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Column(name = "professional_id", nullable = false, updatable = false)
  private UUID professionalId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private CareTeamRole role;

  @Column(nullable = false)
  private LocalDate since;

  private LocalDate until;

  @Column(name = "added_by", nullable = false, updatable = false)
  private UUID addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by")
  private UUID endedBy;

  @Column(name = "end_reason", length = 500)
  private String endReason;

  @Version private long version;

  protected CareTeamMember() {}

  static CareTeamMember join(
      UUID fileId,
      UUID professionalId,
      CareTeamRole role,
      UUID addedBy,
      Instant at,
      LocalDate since) {
    return join(fileId, professionalId, role, addedBy, at, since, null);
  }

  static CareTeamMember join(
      UUID fileId,
      UUID professionalId,
      CareTeamRole role,
      UUID addedBy,
      Instant at,
      LocalDate since,
      LocalDate until) {
    requireOrdered(since, until);
    var m = new CareTeamMember();
    m.id = UUID.randomUUID();
    m.fileId = fileId;
    m.professionalId = professionalId;
    m.role = role;
    m.since = since;
    m.until = until;
    m.addedBy = addedBy;
    m.addedAt = at;
    return m;
  }

  /** Access is granted from {@code since} to {@code until}, both included, until it ends. */
  public boolean isActiveOn(LocalDate day) {
    return endedAt == null && !day.isBefore(since) && (until == null || !day.isAfter(until));
  }

  public boolean isEnded() {
    return endedAt != null;
  }

  /**
   * The file closed on {@code day}: a membership still running stops that evening (its member reads
   * the file that day), one that was to start later ends at once (issue 17, point 4).
   */
  void closeOn(LocalDate day, UUID by, Instant at) {
    if (endedAt != null) {
      return;
    }
    if (since.isAfter(day)) {
      end(by, at, "file closed");
    } else if (until == null || until.isAfter(day)) {
      until = day;
    }
  }

  /** Changes the period of membership; {@code expectedVersion} is the version the editor saw. */
  void changePeriod(LocalDate newSince, LocalDate newUntil, long expectedVersion) {
    if (expectedVersion != version) {
      throw new StaleVersionException(expectedVersion, version);
    }
    requireOrdered(newSince, newUntil);
    since = newSince;
    until = newUntil;
  }

  /** Leaving or removal: access stops now. */
  void end(UUID by, Instant at, String reason) {
    endedAt = at;
    endedBy = by;
    endReason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  private static void requireOrdered(LocalDate since, LocalDate until) {
    if (until != null && until.isBefore(since)) {
      throw new InvalidInputException("until", "must be on or after the start date " + since);
    }
  }

  public UUID id() {
    return id;
  }

  public UUID fileId() {
    return fileId;
  }

  public UUID professionalId() {
    return professionalId;
  }

  public CareTeamRole role() {
    return role;
  }

  public LocalDate since() {
    return since;
  }

  public LocalDate until() {
    return until;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public String endReason() {
    return endReason;
  }

  public long version() {
    return version;
  }
}
