package org.liaison.coordinationfile;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.AuditedActor;
import org.liaison.audit.FileAccess;
import org.liaison.careteam.AccessGrant;
import org.liaison.careteam.CareTeamRole;
import org.liaison.careteam.CareTeamService;
import org.liaison.careteam.PatientAccess;
import org.liaison.careteam.PatientFileNotFoundException;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.NotFoundException;
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
  @Inject private Event<CoordinationFileClosed> closed;

  private final Clock clock = Clock.system(CoordinationFile.CARE_ZONE);

  /**
   * A case manager opens a file in her structure, in request analysis (T1), and becomes its first
   * team member and its case manager.
   */
  public CoordinationFileView open(Caller caller, OpenCoordinationFile command) {
    if (!caller.hasRole(Caller.CASE_MANAGER)) {
      throw new ForbiddenException(
          "not-a-case-manager", "Only a case manager opens a coordination file.");
    }
    var actor = directory.professionalOf(caller);
    var file =
        CoordinationFile.open(
            command.identity(), actor.structure().id(), actor.id(), clock.instant());
    file.refer(command.referralOrigin(), command.referralDetail(), command.catchmentArea());
    requireInsFree(file);
    repository.add(file);
    flushOrConflict(file);
    repository.add(file.opening(actor.displayName()));
    careTeam.addFounder(file.id(), actor);
    audit.record(
        new AuditedActor(actor.id(), caller.username(), false),
        file.id(),
        AuditAction.CREATE,
        RESOURCE,
        null);
    return CoordinationFileView.of(file, CareTeamRole.CASE_MANAGER, false, actor, null);
  }

  /**
   * Before opening a file: the files that may already be about this person, anywhere. The files the
   * case manager may open are named (and the reading audited); of the others only the structure
   * that follows the person is said, so that she asks it.
   */
  public List<PossibleDuplicate> possibleDuplicates(
      Caller caller, String lastName, String firstName, LocalDate birthDate, String ins) {
    if (!caller.hasRole(Caller.CASE_MANAGER)) {
      throw new ForbiddenException(
          "not-a-case-manager", "Only a case manager opens a coordination file.");
    }
    var normalizedIns = ins == null || ins.isBlank() ? null : Ins.normalize(ins);
    if (normalizedIns != null) {
      Ins.problemWith(normalizedIns)
          .ifPresent(
              p -> {
                throw new InvalidInputException("ins", p);
              });
    }
    var byIdentity = lastName != null && firstName != null && birthDate != null;
    if (normalizedIns == null && !byIdentity) {
      throw new InvalidInputException(
          "lastName", "give the last name, first name and birth date, or the INS");
    }
    var actor = directory.professionalOf(caller);
    var visible = new HashMap<>(access.visibleFiles(actor.id()));
    var found =
        repository.sameIdentity(
            normalizedIns,
            byIdentity ? lastName : null,
            byIdentity ? firstName : null,
            byIdentity ? birthDate : null);
    // the structure's closed files are its own to open again (PatientAccess)
    if (access.keepsClosedFiles(caller)) {
      found.stream()
          .filter(f -> f.status().closes() && f.structureId().equals(actor.structure().id()))
          .forEach(f -> visible.putIfAbsent(f.id(), false));
    }
    var named = found.stream().filter(f -> visible.containsKey(f.id())).toList();
    auditReads(named, actor, caller, visible, "possible duplicate");
    return found.stream()
        .map(
            f -> {
              var open = visible.containsKey(f.id());
              var structure = directory.findStructure(f.structureId());
              return new PossibleDuplicate(
                  open ? f.id() : null,
                  open
                      ? f.lastName().toUpperCase(java.util.Locale.ROOT) + " " + f.firstName()
                      : null,
                  f.structureId(),
                  structure.map(st -> st.name()).orElse(null),
                  normalizedIns != null && normalizedIns.equals(f.ins()) ? "INS" : "IDENTITY");
            })
        .toList();
  }

  /** A READ of each file named, flagged when the reader sees it through an emergency access. */
  private void auditReads(
      List<CoordinationFile> files,
      ProfessionalView actor,
      Caller caller,
      java.util.Map<UUID, Boolean> emergency,
      String detail) {
    audit.recordEach(
        files.stream()
            .map(
                f ->
                    new FileAccess(
                        f.id(),
                        new AuditedActor(actor.id(), caller.username(), emergency.get(f.id()))))
            .toList(),
        AuditAction.READ,
        RESOURCE,
        detail);
  }

  public CoordinationFileView get(Caller caller, UUID fileId) {
    var grant = access.require(caller, fileId);
    var file = find(fileId);
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, null);
    return view(file, grant);
  }

  /** "Mes patients", searchable: only the files the caller may see now. */
  public Page<CoordinationFileView> search(Caller caller, FileSearch search, PageRequest page) {
    var actor = directory.professionalOf(caller);
    var visible = access.visibleFiles(actor.id());
    var ids = visible.keySet();
    var files = repository.search(ids, search, page.offset(), page.size());
    auditReads(files, actor, caller, visible, "list");
    return new Page<>(
        files.stream()
            .map(
                f -> CoordinationFileView.of(f, null, false, professional(f.caseManagerId()), null))
            .toList(),
        page.page(),
        page.size(),
        repository.count(ids, search));
  }

  /** Any team member may correct the identity, against the version he or she saw. */
  public CoordinationFileView correctIdentity(
      Caller caller, UUID fileId, long expectedVersion, PatientIdentity identity) {
    var grant = access.requireToEdit(caller, fileId);
    var file = find(fileId);
    file.correctIdentity(identity, expectedVersion);
    requireInsFree(file);
    flush(expectedVersion);
    audit.record(grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "identity");
    return view(file, grant);
  }

  /** The case manager sets referral, catchment area and the assigned case manager. */
  public CoordinationFileView changeCoordination(
      Caller caller, UUID fileId, long expectedVersion, CoordinationDetails details) {
    var grant = access.requireCaseManager(caller, fileId);
    var file = find(fileId);
    if (details.caseManagerId() != null
        && careTeam.caseManagers(fileId).stream()
            .noneMatch(p -> p.id().equals(details.caseManagerId()))) {
      throw new InvalidInputException(
          "caseManagerId", "the assigned case manager must be a case manager of the team");
    }
    file.changeCoordination(details, expectedVersion);
    flush(expectedVersion);
    audit.record(grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "coordination");
    return view(file, grant);
  }

  /** The case manager moves the file in the case workflow; the step is kept in the history. */
  public CoordinationFileView changeStatus(
      Caller caller, UUID fileId, long expectedVersion, ChangeCaseStatus command) {
    var grant = access.requireCaseManager(caller, fileId);
    var file = find(fileId);
    if (file.version() != expectedVersion) {
      throw new StaleVersionException(expectedVersion, file.version());
    }
    var wasClosed = file.status().closes();
    var change =
        file.changeStatus(
            command,
            LocalDate.now(clock),
            grant.actor().id(),
            grant.actor().displayName(),
            clock.instant());
    repository.add(change);
    flush(expectedVersion);
    audit.record(
        grant.audited(),
        fileId,
        AuditAction.UPDATE,
        RESOURCE,
        "status " + command.to() + " on " + file.statusSince());
    if (wasClosed && !command.to().closes()) {
      careTeam.rejoinAsCaseManager(fileId, grant.actor());
    }
    if (command.to().closes()) {
      careTeam.closeMemberships(fileId, file.statusSince(), grant.actor().id());
      closed.fire(
          new CoordinationFileClosed(
              fileId,
              file.structureId(),
              command.to(),
              file.statusSince(),
              command.exitReason(),
              command.reason().strip(),
              grant.audited(),
              grant.actor().displayName(),
              clock.instant()));
    }
    return view(file, grant);
  }

  public List<CaseStatusChangeView> history(Caller caller, UUID fileId) {
    var grant = access.require(caller, fileId);
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, "status history");
    return repository.history(fileId).stream().map(CaseStatusChange::view).toList();
  }

  public CoordinationFileView giveConsent(Caller caller, UUID fileId, GiveConsent command) {
    var grant = access.requireCaseManager(caller, fileId);
    var file = find(fileId);
    file.giveConsent(command);
    repository.flush();
    audit.record(grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "consent given");
    return view(file, grant);
  }

  public CoordinationFileView withdrawConsent(Caller caller, UUID fileId, WithdrawConsent command) {
    var grant = access.requireCaseManager(caller, fileId);
    var file = find(fileId);
    file.withdrawConsent(command);
    repository.flush();
    audit.record(grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "consent withdrawn");
    return view(file, grant);
  }

  public List<FileContactView> contacts(Caller caller, UUID fileId) {
    var grant = access.require(caller, fileId);
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, "contacts");
    return repository.contacts(fileId).stream().map(FileContact::view).toList();
  }

  public FileContactView addContact(Caller caller, UUID fileId, AddContact command) {
    var grant = access.requireToEdit(caller, fileId);
    var contact = FileContact.of(fileId, command, clock.instant());
    repository.add(contact);
    audit.record(grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "contact added");
    return contact.view();
  }

  public void removeContact(Caller caller, UUID fileId, UUID contactId) {
    var grant = access.requireToEdit(caller, fileId);
    var contact =
        repository
            .contact(fileId, contactId)
            .orElseThrow(() -> new NotFoundException("No contact " + contactId + " here."));
    repository.remove(contact);
    audit.record(grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "contact removed");
  }

  /**
   * Break-glass: a professional of the structure that follows the patient, outside the team, opens
   * the file in an emergency with a reason. The access is limited in time, flagged in the access
   * log, and the team's case managers are told by e-mail. Patients of other structures: 404.
   */
  public List<CoordinationFileView> breakGlass(Caller caller, BreakGlass command) {
    var actor = directory.professionalOf(caller);
    var files =
        repository
            .inStructure(actor.structure().id(), command.lastName(), command.birthDate())
            .stream()
            .sorted(java.util.Comparator.comparing(CoordinationFile::id))
            .toList();
    if (files.isEmpty()) {
      throw new NotFoundException(
          "No patient of your structure with this last name and birth date.");
    }
    for (var file : files) {
      if (!access.isTeamMember(file.id(), actor.id())) {
        careTeam.grantEmergencyAccess(caller, actor, file.id(), command.reason());
      }
    }
    return files.stream()
        .map(
            f -> {
              var grant = access.require(caller, f.id());
              audit.record(grant.audited(), f.id(), AuditAction.READ, RESOURCE, "break-glass");
              return view(f, grant);
            })
        .toList();
  }

  CoordinationFile find(UUID fileId) {
    return repository.find(fileId).orElseThrow(() -> new PatientFileNotFoundException(fileId));
  }

  private CoordinationFileView view(CoordinationFile file, AccessGrant grant) {
    return CoordinationFileView.of(
        file,
        grant.role(),
        grant.emergency(),
        professional(file.caseManagerId()),
        careTeam.gp(file.id()).orElse(null));
  }

  private ProfessionalView professional(UUID id) {
    return id == null ? null : directory.findProfessional(id).orElse(null);
  }

  private void flush(long expectedVersion) {
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersionException(expectedVersion, expectedVersion + 1);
    }
  }

  /** The unique index on (structure, INS) decides when two requests race past the check. */
  private void flushOrConflict(CoordinationFile file) {
    try {
      repository.flush();
    } catch (PersistenceException e) {
      throw insTaken(file);
    }
  }

  /** One file per INS and structure. */
  private void requireInsFree(CoordinationFile file) {
    if (file.ins() != null && repository.insTakenByAnother(file)) {
      throw insTaken(file);
    }
  }

  private static ConflictException insTaken(CoordinationFile file) {
    return new ConflictException(
        "ins-already-has-file",
        "Your structure already has a file for the INS " + file.ins() + ".");
  }
}
