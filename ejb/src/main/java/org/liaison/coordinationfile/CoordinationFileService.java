package org.liaison.coordinationfile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.UUID;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.careteam.CareTeamRole;
import org.liaison.careteam.CareTeamService;
import org.liaison.careteam.PatientAccess;
import org.liaison.careteam.PatientFileNotFoundException;
import org.liaison.directory.DirectoryService;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.Page;
import org.liaison.kernel.PageRequest;
import org.liaison.kernel.StaleVersionException;

/** Use cases of the coordination file. */
@Stateless
public class CoordinationFileService {

  private static final String RESOURCE = "coordination-file";

  @Inject private CoordinationFileRepository repository;
  @Inject private PatientAccess access;
  @Inject private CareTeamService careTeam;
  @Inject private DirectoryService directory;
  @Inject private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /** A case manager opens a file in her structure and becomes its first team member. */
  public CoordinationFileView open(Caller caller, PatientIdentity identity) {
    if (!caller.hasRole(Caller.CASE_MANAGER)) {
      throw new ForbiddenException(
          "not-a-case-manager", "Only a case manager opens a coordination file.");
    }
    var actor = directory.professionalOf(caller);
    var file = CoordinationFile.open(identity, actor.structure().id(), actor.id(), clock.instant());
    requireInsFree(file);
    repository.add(file);
    flushOrConflict(file);
    careTeam.addFounder(file.id(), actor);
    audit.record(caller, actor, file.id(), AuditAction.CREATE, RESOURCE, null);
    return CoordinationFileView.of(file, CareTeamRole.CASE_MANAGER);
  }

  public CoordinationFileView get(Caller caller, UUID fileId) {
    var grant = access.require(caller, fileId);
    var file = repository.find(fileId).orElseThrow(() -> new PatientFileNotFoundException(fileId));
    audit.record(caller, grant.actor(), fileId, AuditAction.READ, RESOURCE, null);
    return CoordinationFileView.of(file, grant.role());
  }

  /** "Mes patients": the files of the teams the caller is an active member of. */
  public Page<CoordinationFileView> mine(Caller caller, PageRequest page) {
    var actor = directory.professionalOf(caller);
    var ids = access.visibleFileIds(actor.id());
    var files = repository.page(ids, page.offset(), page.size());
    for (var f : files) {
      audit.record(caller, actor, f.id(), AuditAction.READ, RESOURCE, "list");
    }
    return new Page<>(
        files.stream().map(f -> CoordinationFileView.of(f, null)).toList(),
        page.page(),
        page.size(),
        ids.size());
  }

  /** Any team member may correct the identity, against the version he or she saw. */
  public CoordinationFileView correctIdentity(
      Caller caller, UUID fileId, long expectedVersion, PatientIdentity identity) {
    var grant = access.require(caller, fileId);
    var file = repository.find(fileId).orElseThrow(() -> new PatientFileNotFoundException(fileId));
    file.correctIdentity(identity, expectedVersion);
    requireInsFree(file);
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersionException(expectedVersion, expectedVersion + 1);
    }
    audit.record(caller, grant.actor(), fileId, AuditAction.UPDATE, RESOURCE, "identity");
    return CoordinationFileView.of(file, grant.role());
  }

  /** The unique index on (structure, INS) decides when two requests race past the check. */
  private void flushOrConflict(CoordinationFile file) {
    try {
      repository.flush();
    } catch (PersistenceException e) {
      throw new ConflictException(
          "ins-already-has-file",
          "Your structure already has a file for the INS " + file.ins() + ".");
    }
  }

  /** One file per INS and structure. */
  private void requireInsFree(CoordinationFile file) {
    if (file.ins() != null && repository.insTakenByAnother(file)) {
      throw new ConflictException(
          "ins-already-has-file",
          "Your structure already has a file for the INS " + file.ins() + ".");
    }
  }
}
