package org.liaison.careteam;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalDetails;
import org.liaison.directory.ProfessionalView;
import org.liaison.directory.StructureType;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.LogbookNote;
import org.liaison.kernel.NotFoundException;
import org.liaison.kernel.SecretToken;
import org.liaison.kernel.StaleVersionException;
import org.liaison.mail.MailOutbox;
import org.liaison.notification.NotificationKind;
import org.liaison.notification.NotificationService;

/** Use cases of the care team: members, invitations, delegation, emergency access. */
@Stateless
public class CareTeamService {

  private static final String RESOURCE = "care-team";

  @Inject private CareTeamRepository repository;
  @Inject private PatientAccess access;
  @Inject private DirectoryService directory;
  @Inject private AuditTrail audit;
  @Inject private MailOutbox mail;
  @Inject private PatientFiles files;
  @Inject private NotificationService notifications;
  @Inject private Event<LogbookNote> notes;

  private final Clock clock = Clock.system(PatientAccess.CARE_ZONE);

  /** The first member of a new file: the case manager who opened it. Audited by the caller. */
  public void addFounder(UUID fileId, ProfessionalView founder) {
    repository.add(
        CareTeamMember.join(
            fileId,
            founder.id(),
            CareTeamRole.CASE_MANAGER,
            founder.id(),
            clock.instant(),
            today()));
  }

  /**
   * The file closed on {@code day}: every membership stops at that date (docs/workflows.md, closing
   * a file). The team's history keeps them; the structure keeps its read access ({@link
   * PatientAccess}).
   */
  public void closeMemberships(UUID fileId, LocalDate day, UUID by) {
    var now = clock.instant();
    repository.members(fileId).forEach(m -> m.closeOn(day, by, now));
  }

  /**
   * A closed file reopened (a new request, T1): the case manager who reopens it is its team again,
   * from today; she invites the others back as the new request needs them.
   */
  public void rejoinAsCaseManager(UUID fileId, ProfessionalView caseManager) {
    var today = today();
    var open = repository.openMembership(fileId, caseManager.id());
    if (open.isPresent() && open.get().isActiveOn(today)) {
      return;
    }
    open.ifPresent(m -> m.end(caseManager.id(), clock.instant(), "file reopened"));
    repository.flush();
    addFounder(fileId, caseManager);
  }

  /** Everybody who is or was in the team, in the order they joined. */
  public List<CareTeamMemberView> members(Caller caller, UUID fileId) {
    var grant = access.require(caller, fileId);
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, null);
    return repository.members(fileId).stream().map(this::view).toList();
  }

  /** The active case managers of a file (for notices); no access check, no audit. */
  public List<ProfessionalView> caseManagers(UUID fileId) {
    return repository.activeMembers(fileId, today()).stream()
        .filter(m -> m.role() == CareTeamRole.CASE_MANAGER)
        .map(m -> directory.findProfessional(m.professionalId()).orElseThrow())
        .toList();
  }

  /** The active members of a file's team (for notices); no access check, no audit. */
  public List<CareTeamMemberView> activeMembers(UUID fileId) {
    return repository.activeMembers(fileId, today()).stream().map(this::view).toList();
  }

  /** The files whose active case manager the professional is now; no audit. */
  public List<UUID> filesManagedBy(UUID professionalId) {
    return repository.activeFileIds(professionalId, today(), CareTeamRole.CASE_MANAGER);
  }

  /** The active GP of a file, if the team has one; no access check, no audit. */
  public Optional<ProfessionalView> gp(UUID fileId) {
    return repository.activeMembers(fileId, today()).stream()
        .filter(m -> m.role() == CareTeamRole.GP)
        .findFirst()
        .flatMap(m -> directory.findProfessional(m.professionalId()));
  }

  /** Only the file's case managers build its team. The new member is told by e-mail. */
  public CareTeamMemberView addMember(Caller caller, UUID fileId, AddCareTeamMember command) {
    var grant = access.requireCaseManager(caller, fileId);
    var professional =
        directory
            .findProfessional(command.professionalId())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "professionalId",
                        "no professional " + command.professionalId() + " in the directory"));
    requireNotInTeam(fileId, professional);
    var member =
        CareTeamMember.join(
            fileId,
            professional.id(),
            command.role(),
            grant.actor().id(),
            clock.instant(),
            command.since() == null ? today() : command.since(),
            command.until());
    repository.add(member);
    audit.record(
        grant.audited(),
        fileId,
        AuditAction.UPDATE,
        RESOURCE,
        "added " + professional.id() + " as " + command.role());
    notifications.notify(
        professional,
        NotificationKind.ADDED_TO_TEAM,
        fileId,
        grant.actor().displayName(),
        "/patients/" + fileId,
        TeamMails.addedToTeam(professional, grant.actor(), command.role(), fileId.toString()));
    return view(member);
  }

  /** The case manager sets when a membership starts and ends (access stops by itself after). */
  public CareTeamMemberView changePeriod(
      Caller caller,
      UUID fileId,
      UUID memberId,
      long expectedVersion,
      ChangeMembershipPeriod command) {
    var grant = access.requireCaseManager(caller, fileId);
    var member = openMember(fileId, memberId);
    member.changePeriod(command.since(), command.until(), expectedVersion);
    if (member.role() == CareTeamRole.CASE_MANAGER && !member.isActiveOn(today())) {
      requireNotLastCaseManager(fileId, member);
    }
    flush(expectedVersion);
    audit.record(
        grant.audited(),
        fileId,
        AuditAction.UPDATE,
        RESOURCE,
        "period of " + member.professionalId() + ": " + command.since() + " to " + command.until());
    return view(member);
  }

  /** The case manager removes a member: access stops now; the membership stays in the history. */
  public CareTeamMemberView removeMember(
      Caller caller, UUID fileId, UUID memberId, EndMembership command) {
    var grant = access.requireCaseManager(caller, fileId);
    var member = openMember(fileId, memberId);
    requireNotLastCaseManager(fileId, member);
    member.end(grant.actor().id(), clock.instant(), command.reason());
    audit.record(
        grant.audited(),
        fileId,
        AuditAction.UPDATE,
        RESOURCE,
        "removed " + member.professionalId());
    return view(member);
  }

  /** A member leaves the team: access stops now. The last case manager cannot leave. */
  public void leave(Caller caller, UUID fileId, EndMembership command) {
    var grant = access.require(caller, fileId);
    var member =
        repository
            .openMembership(fileId, grant.actor().id())
            .orElseThrow(() -> new PatientFileNotFoundException(fileId));
    requireNotLastCaseManager(fileId, member);
    member.end(grant.actor().id(), clock.instant(), command.reason());
    audit.record(grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "left the team");
  }

  // ------------------------------------------------------------------ invitations

  /** The case manager invites somebody by e-mail; the link in the mail lets him or her join. */
  public InvitationView invite(Caller caller, UUID fileId, InviteToCareTeam command) {
    var grant = access.requireCaseManager(caller, fileId);
    UUID structureId = command.structureId();
    if (command.professionalId() != null) {
      var professional =
          directory
              .findProfessional(command.professionalId())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "professionalId", "no such professional in the directory"));
      requireNotInTeam(fileId, professional);
      structureId = professional.structure().id();
    } else if (structureId == null) {
      throw new InvalidInputException(
          "structureId", "say which structure of the directory the invited person works for");
    } else {
      var structure =
          directory
              .findStructure(structureId)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "structureId", "no such structure in the directory"));
      if (structure.type() == StructureType.DAC) {
        // A coordination structure's staff (who may break the glass on its files) is kept by its
        // administrators in the directory, never created by an invitation.
        throw new InvalidInputException(
            "structureId",
            "a coordination structure's staff is added by its administrators in the directory");
      }
    }
    var token = SecretToken.create();
    var invitation =
        CareTeamInvitation.send(
            fileId,
            command,
            structureId,
            SecretToken.hash(token),
            grant.actor().id(),
            clock.instant());
    repository.add(invitation);
    audit.record(
        grant.audited(),
        fileId,
        AuditAction.UPDATE,
        RESOURCE,
        "invited " + command.email() + " as " + command.role());
    mail.send(
        TeamMails.invitation(
            command.email(),
            command.firstName() + " " + command.lastName(),
            grant.actor(),
            command.role(),
            token));
    return view(invitation);
  }

  public List<InvitationView> invitations(Caller caller, UUID fileId) {
    var grant = access.require(caller, fileId);
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, "invitations");
    return repository.invitations(fileId).stream().map(this::view).toList();
  }

  public InvitationView cancelInvitation(Caller caller, UUID fileId, UUID invitationId) {
    var grant = access.requireCaseManager(caller, fileId);
    var invitation =
        repository
            .invitation(fileId, invitationId)
            .orElseThrow(() -> new NotFoundException("No invitation " + invitationId + "."));
    invitation.cancel(grant.actor().id(), clock.instant());
    audit.record(grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "cancelled an invitation");
    return view(invitation);
  }

  /** What the holder of a link sees; any logged-in person, even without a directory entry yet. */
  public InvitationPreview previewInvitation(Caller caller, String token) {
    var invitation = byToken(token);
    var by = directory.findProfessional(invitation.invitedBy()).orElseThrow();
    var status = invitation.statusAt(clock.instant());
    // Which patient, only while the invitation is open (or to show the way to the file).
    var open =
        status == CareTeamInvitation.Status.PENDING || status == CareTeamInvitation.Status.ACCEPTED;
    var initials = files.summary(invitation.fileId()).map(PatientFiles.FileSummary::initials);
    return new InvitationPreview(
        open ? invitation.fileId() : null,
        open ? initials.orElse("") : "",
        by.displayName(),
        by.structure().name(),
        invitation.role(),
        invitation.firstName(),
        invitation.lastName(),
        status,
        invitation.expiresAt());
  }

  /**
   * Accepting joins the team. A directory professional's invitation is his or hers alone; an
   * invitation of somebody not yet in the directory creates the directory entry of the login that
   * accepts it.
   */
  public UUID acceptInvitation(Caller caller, String token) {
    var invitation = byToken(token);
    requireInvitee(caller, invitation);
    ProfessionalView professional;
    if (invitation.professionalId() != null) {
      professional = directory.professionalOf(caller);
    } else {
      professional =
          directory.ensureProfessionalFor(
              caller.username(),
              invitation.structureId(),
              new ProfessionalDetails(
                  invitation.firstName(),
                  invitation.lastName(),
                  invitation.profession(),
                  null,
                  invitation.email(),
                  null,
                  null));
    }
    invitation.answer(true, professional.id(), clock.instant());
    requireNotInTeam(invitation.fileId(), professional);
    var member =
        CareTeamMember.join(
            invitation.fileId(),
            professional.id(),
            invitation.role(),
            invitation.invitedBy(),
            clock.instant(),
            today());
    repository.add(member);
    audit.record(
        new org.liaison.audit.AuditedActor(professional.id(), caller.username(), false),
        invitation.fileId(),
        AuditAction.UPDATE,
        RESOURCE,
        "joined by invitation as " + invitation.role());
    return invitation.fileId();
  }

  public void declineInvitation(Caller caller, String token) {
    var invitation = byToken(token);
    requireInvitee(caller, invitation);
    var by = directory.findProfessionalOf(caller.username()).map(ProfessionalView::id);
    invitation.answer(false, by.orElse(null), clock.instant());
  }

  /**
   * The link alone is not enough: a directory professional's invitation is his or hers; anybody
   * else's is for the login whose verified e-mail is the address it was sent to.
   */
  private void requireInvitee(Caller caller, CareTeamInvitation invitation) {
    boolean invitee;
    if (invitation.professionalId() != null) {
      invitee =
          directory
              .findProfessionalOf(caller.username())
              .filter(p -> p.id().equals(invitation.professionalId()))
              .isPresent();
    } else {
      invitee =
          caller.verifiedEmail() != null
              && caller.verifiedEmail().equalsIgnoreCase(invitation.email());
    }
    if (!invitee) {
      throw new ForbiddenException(
          "invitation-for-someone-else",
          "This invitation was sent to somebody else (or to another e-mail address).");
    }
  }

  // ------------------------------------------------------------------ delegation

  public CarePlanDelegationView delegation(Caller caller, UUID fileId) {
    var grant = access.require(caller, fileId);
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, "delegation");
    return repository.openDelegation(fileId).map(this::view).orElse(null);
  }

  /** The GP delegates care-plan authoring to the coordination structure that follows the file. */
  public CarePlanDelegationView delegateCarePlan(Caller caller, UUID fileId) {
    var grant = requireGp(caller, fileId);
    if (repository.openDelegation(fileId).isPresent()) {
      throw new ConflictException(
          "already-delegated", "Care-plan authoring is already delegated for this patient.");
    }
    var structureId = files.summary(fileId).orElseThrow().structureId();
    var delegation =
        CarePlanDelegation.delegate(fileId, structureId, grant.actor().id(), clock.instant());
    repository.add(delegation);
    audit.record(grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "delegated care plan");
    var structure = directory.findStructure(structureId).orElseThrow().name();
    notes.fire(
        grant.note(
            fileId,
            "Délégation de la rédaction du PPS à "
                + structure
                + " : la structure prépare le plan, le médecin traitant le valide et le signe.",
            clock.instant()));
    tellDelegatedStructure(grant, fileId, structureId, NotificationKind.CARE_PLAN_DELEGATED);
    return view(delegation);
  }

  public void revokeCarePlanDelegation(Caller caller, UUID fileId) {
    var grant = requireGp(caller, fileId);
    var delegation =
        repository
            .openDelegation(fileId)
            .orElseThrow(() -> new NotFoundException("Care-plan authoring is not delegated."));
    delegation.revoke(grant.actor().id(), clock.instant());
    audit.record(grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "revoked delegation");
    var structure = directory.findStructure(delegation.structureId()).orElseThrow().name();
    notes.fire(
        grant.note(
            fileId,
            "Délégation de la rédaction du PPS à "
                + structure
                + " retirée : le médecin traitant reprend la rédaction du plan.",
            clock.instant()));
    tellDelegatedStructure(
        grant, fileId, delegation.structureId(), NotificationKind.CARE_PLAN_DELEGATION_WITHDRAWN);
  }

  /** The members of the team who work for the structure the plan is (no longer) delegated to. */
  private void tellDelegatedStructure(
      AccessGrant grant, UUID fileId, UUID structureId, NotificationKind kind) {
    for (var member : activeMembers(fileId)) {
      if (member.professional().structure().id().equals(structureId)
          && !member.professional().id().equals(grant.actor().id())) {
        notifications.notify(
            member.professional(),
            kind,
            fileId,
            grant.actor().displayName(),
            "/patients/" + fileId + "/care-plan");
      }
    }
  }

  /** The open delegation of a file's care plan, for a context that already audited its read. */
  public Optional<CarePlanDelegationView> openDelegation(UUID fileId) {
    return repository.openDelegation(fileId).map(this::view);
  }

  /**
   * Whether the care plan may be authored as this grant: the GP, or on delegation its structure.
   */
  public boolean mayAuthorCarePlan(AccessGrant grant, UUID fileId) {
    if (grant.role() == CareTeamRole.GP) {
      return true;
    }
    return grant.role() != null
        && repository
            .openDelegation(fileId)
            .filter(d -> d.structureId().equals(grant.actor().structure().id()))
            .isPresent();
  }

  // ------------------------------------------------------------------ emergency access

  /**
   * Break-glass, once the coordinationfile context has checked that the file belongs to the
   * caller's structure: access for {@link EmergencyAccess#DURATION}, the case managers told.
   */
  public EmergencyAccessView grantEmergencyAccess(
      Caller caller, ProfessionalView actor, UUID fileId, String reason) {
    var access = EmergencyAccess.grant(fileId, actor.id(), reason, clock.instant());
    repository.add(access);
    audit.record(
        new org.liaison.audit.AuditedActor(actor.id(), caller.username(), true),
        fileId,
        AuditAction.UPDATE,
        "emergency-access",
        reason);
    for (var caseManager : caseManagers(fileId)) {
      notifications.notify(
          caseManager,
          NotificationKind.EMERGENCY_ACCESS,
          fileId,
          actor.displayName(),
          "/patients/" + fileId + "/access-log",
          TeamMails.emergencyAccess(caseManager, actor, fileId.toString()));
    }
    return access.view(actor);
  }

  /** The emergency accesses to a file; the caller has checked who may see them. */
  public List<EmergencyAccessView> emergencyAccesses(UUID fileId) {
    return repository.emergencyAccesses(fileId).stream()
        .map(e -> e.view(directory.findProfessional(e.professionalId()).orElseThrow()))
        .toList();
  }

  // ------------------------------------------------------------------ helpers

  private AccessGrant requireGp(Caller caller, UUID fileId) {
    var grant = access.require(caller, fileId);
    if (grant.role() != CareTeamRole.GP) {
      throw new ForbiddenException("not-gp-of-patient", "Only the patient's GP does this.");
    }
    return grant;
  }

  private CareTeamMember openMember(UUID fileId, UUID memberId) {
    return repository
        .member(fileId, memberId)
        .filter(m -> !m.isEnded())
        .orElseThrow(() -> new NotFoundException("No current member " + memberId + " here."));
  }

  private void requireNotInTeam(UUID fileId, ProfessionalView professional) {
    if (repository.openMembership(fileId, professional.id()).isPresent()) {
      throw new ConflictException(
          "already-in-team", professional.displayName() + " is already in this care team.");
    }
  }

  private void requireNotLastCaseManager(UUID fileId, CareTeamMember leaving) {
    if (leaving.role() == CareTeamRole.CASE_MANAGER
        && repository.activeMembers(fileId, today()).stream()
            .noneMatch(
                m -> m.role() == CareTeamRole.CASE_MANAGER && !m.id().equals(leaving.id()))) {
      throw new ConflictException(
          "last-case-manager",
          "The team must keep a case manager: add another one before this one leaves.");
    }
  }

  private void flush(long expectedVersion) {
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersionException(expectedVersion, expectedVersion + 1);
    } catch (PersistenceException e) {
      throw new ConflictException("conflict", "Changed at the same time by someone else.");
    }
  }

  private CareTeamInvitation byToken(String token) {
    return repository
        .invitationByTokenHash(SecretToken.hash(token))
        .orElseThrow(() -> new NotFoundException("No invitation for this link."));
  }

  private CareTeamMemberView view(CareTeamMember m) {
    var professional = directory.findProfessional(m.professionalId()).orElseThrow();
    return new CareTeamMemberView(
        m.id(),
        professional,
        m.role(),
        m.since(),
        m.until(),
        m.endedAt(),
        m.endReason(),
        m.isActiveOn(today()),
        m.version());
  }

  private InvitationView view(CareTeamInvitation i) {
    return new InvitationView(
        i.id(),
        i.email(),
        i.firstName(),
        i.lastName(),
        i.profession(),
        i.role(),
        i.statusAt(clock.instant()),
        i.invitedAt(),
        i.expiresAt());
  }

  private CarePlanDelegationView view(CarePlanDelegation d) {
    return new CarePlanDelegationView(
        directory.findStructure(d.structureId()).orElseThrow(),
        directory.findProfessional(d.delegatedBy()).orElseThrow(),
        d.delegatedAt());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
