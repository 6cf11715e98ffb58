package org.liaison.careteam;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.liaison.directory.DirectoryService;
import org.liaison.kernel.Caller;
import org.liaison.kernel.CareClockProvider;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.ForbiddenException;

/**
 * The one place that decides who may touch a patient's data: an active member of the care team
 * (today, in Europe/Paris, membership not ended), a professional of the file's structure during an
 * emergency access, or — once the file is closed and its team's memberships have stopped — the
 * structure's case managers, administrators and data officers, who keep it for the legal retention
 * (case managers may reopen it; the others read it). Anybody else gets {@link
 * PatientFileNotFoundException}.
 */
@Stateless
public class PatientAccess {

  static final ZoneId CARE_ZONE = CareClockProvider.CARE_ZONE;

  @Inject private CareTeamRepository repository;
  @Inject private DirectoryService directory;
  @Inject private PatientFiles patientFiles;

  private final Clock clock = Clock.system(CARE_ZONE);

  public AccessGrant require(Caller caller, UUID fileId) {
    var actor = directory.professionalOf(caller);
    var member = repository.openMembership(fileId, actor.id()).filter(m -> m.isActiveOn(today()));
    if (member.isPresent()) {
      return new AccessGrant(caller, actor, member.get().role(), false);
    }
    if (repository.openEmergencyAccess(fileId, actor.id(), clock.instant()).isPresent()) {
      return new AccessGrant(caller, actor, null, true);
    }
    var kept =
        keepsClosedFiles(caller)
            && patientFiles
                .summary(fileId)
                .filter(f -> f.closed() && f.structureId().equals(actor.structure().id()))
                .isPresent();
    if (kept) {
      var role = caller.hasRole(Caller.CASE_MANAGER) ? CareTeamRole.CASE_MANAGER : null;
      return new AccessGrant(caller, actor, role);
    }
    throw new PatientFileNotFoundException(fileId);
  }

  /**
   * Whether the caller keeps his structure's closed files (their legal retention): its case
   * managers, who may reopen them, its administrators and data officers, who read them.
   */
  public boolean keepsClosedFiles(Caller caller) {
    return caller.hasRole(Caller.CASE_MANAGER)
        || caller.hasRole(Caller.STRUCTURE_ADMIN)
        || caller.hasRole(Caller.DATA_OFFICER);
  }

  /** Access to change the file: a team member; an emergency access reads only (403). */
  public AccessGrant requireToEdit(Caller caller, UUID fileId) {
    var grant = require(caller, fileId);
    if (grant.emergency()) {
      throw new ForbiddenException(
          "emergency-access-read-only", "An emergency access reads the file; it does not edit it.");
    }
    if (grant.role() == null) {
      throw new ForbiddenException(
          "closed-file-read-only", "A closed file is kept for the structure to read, not edited.");
    }
    return grant;
  }

  /**
   * Access to add to a file still followed (an entry, an appointment, a meeting about the patient):
   * a closed file takes nothing new until it is reopened (409 file-closed).
   */
  public AccessGrant requireToEditOpen(Caller caller, UUID fileId) {
    var grant = requireToEdit(caller, fileId);
    if (patientFiles.summary(fileId).map(PatientFiles.FileSummary::closed).orElse(false)) {
      throw new ConflictException(
          "file-closed",
          "This patient's file is closed: it takes nothing new. Reopen the file first.");
    }
    return grant;
  }

  /** Access as the team's case manager; other members get 403, outsiders 404. */
  public AccessGrant requireCaseManager(Caller caller, UUID fileId) {
    var grant = require(caller, fileId);
    if (!grant.isCaseManager()) {
      throw new ForbiddenException(
          "not-case-manager-of-patient", "Only the case manager of this patient does this.");
    }
    return grant;
  }

  /** Whether the professional is an active member of the file's team today (no audit). */
  public boolean isTeamMember(UUID fileId, UUID professionalId) {
    return repository
        .openMembership(fileId, professionalId)
        .filter(m -> m.isActiveOn(today()))
        .isPresent();
  }

  /** The files the professional may see now: his or her teams, and emergency accesses. */
  public List<UUID> visibleFileIds(UUID professionalId) {
    return List.copyOf(visibleFiles(professionalId).keySet());
  }

  /**
   * The files the professional may see now, each with whether it is seen only through an emergency
   * access (two queries, whatever the number of files).
   */
  public Map<UUID, Boolean> visibleFiles(UUID professionalId) {
    var files = new LinkedHashMap<UUID, Boolean>();
    repository.activeFileIds(professionalId, today()).forEach(id -> files.put(id, false));
    repository
        .emergencyFileIds(professionalId, clock.instant())
        .forEach(id -> files.putIfAbsent(id, true));
    return files;
  }

  /** The files of the teams the professional is an active member of today (no audit). */
  public Set<UUID> teamFileIds(UUID professionalId) {
    return new HashSet<>(repository.activeFileIds(professionalId, today()));
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }
}
