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

/** A professional's membership of one patient's care team, bounded in time. */
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

  @Version private long version;

  protected CareTeamMember() {}

  static CareTeamMember join(
      UUID fileId,
      UUID professionalId,
      CareTeamRole role,
      UUID addedBy,
      Instant at,
      LocalDate since) {
    var m = new CareTeamMember();
    m.id = UUID.randomUUID();
    m.fileId = fileId;
    m.professionalId = professionalId;
    m.role = role;
    m.since = since;
    m.addedBy = addedBy;
    m.addedAt = at;
    return m;
  }

  /** Access is granted from {@code since} to {@code until}, both included. */
  public boolean isActiveOn(LocalDate day) {
    return !day.isBefore(since) && (until == null || !day.isAfter(until));
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
}
