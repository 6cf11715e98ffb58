package org.liaison.careplan;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.careplan.CarePlanContent.Action;
import org.liaison.careplan.CarePlanContent.ActionStatus;
import org.liaison.careplan.CarePlanContent.Assignee;
import org.liaison.careplan.CarePlanContent.AssigneeKind;
import org.liaison.careplan.CarePlanContent.Comment;
import org.liaison.careplan.CarePlanContent.Goal;
import org.liaison.careplan.CarePlanContent.Problem;
import org.liaison.careteam.AccessGrant;
import org.liaison.careteam.CareTeamMemberView;
import org.liaison.careteam.CareTeamRole;
import org.liaison.careteam.CareTeamService;
import org.liaison.careteam.PatientAccess;
import org.liaison.careteam.PatientFiles;
import org.liaison.coordinationfile.CoordinationFileClosed;
import org.liaison.coordinationfile.CoordinationFileService;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.StructureView;
import org.liaison.kernel.Caller;
import org.liaison.kernel.CareClockProvider;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.LogbookNote;
import org.liaison.kernel.NotFoundException;
import org.liaison.notification.NotificationKind;
import org.liaison.notification.NotificationService;

/** Use cases of the care plan (PPS). */
@Stateless
public class CarePlanService {

  private static final String RESOURCE = "care-plan";

  @Inject private CarePlanRepository repository;
  @Inject private PatientAccess access;
  @Inject private CareTeamService careTeam;
  @Inject private PatientFiles files;
  @Inject private CoordinationFileService coordinationFiles;
  @Inject private DirectoryService directory;
  @Inject private NotificationService notifications;
  @Inject private AuditTrail audit;
  @Inject private Event<LogbookNote> notes;

  private final Clock clock = Clock.system(CareClockProvider.CARE_ZONE);

  /** The plan of a file as the caller sees it ({@code started: false} when there is none yet). */
  public CarePlanView plan(Caller caller, UUID fileId) {
    var grant = access.require(caller, fileId);
    var plan = repository.ofFile(fileId);
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, null);
    return plan.map(p -> view(p, grant))
        .orElseGet(
            () ->
                new CarePlanView(
                    fileId,
                    false,
                    0,
                    mayAuthor(grant, fileId),
                    mayValidate(grant),
                    grant.actor().id(),
                    null,
                    null,
                    List.of(),
                    List.of(),
                    0,
                    0,
                    careTeam.openDelegation(fileId).orElse(null),
                    coordinationStructure(fileId)));
  }

  /** The GP (or the delegated structure) starts the plan: an empty draft, version 1. */
  public CarePlanView start(Caller caller, UUID fileId) {
    var grant = requireAuthor(caller, fileId);
    if (repository.ofFile(fileId).isPresent()) {
      throw new ConflictException("care-plan-exists", "This patient already has a care plan.");
    }
    var plan = CarePlan.start(fileId, grant.actor(), clock.instant());
    repository.add(plan);
    try {
      repository.flush();
    } catch (PersistenceException e) {
      throw new ConflictException("care-plan-exists", "This patient already has a care plan.");
    }
    audit.record(grant.audited(), fileId, AuditAction.CREATE, RESOURCE, "started");
    return view(plan, grant);
  }

  /** Replaces the content of the draft; a change after a validation opens the next version. */
  public CarePlanView editDraft(
      Caller caller, UUID fileId, long expectedRevision, EditCarePlanDraft command) {
    var grant = requireAuthor(caller, fileId);
    var plan = forUpdate(fileId, expectedRevision);
    var before = plan.latest().content();
    var content = read(command, before, fileId);
    plan.saveDraft(content, grant.actor(), clock.instant());
    audit.record(
        grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "draft v" + plan.latest().number());
    var newlyAssigned = new HashSet<>(content.newlyAssignedProfessionals(before));
    newlyAssigned.remove(grant.actor().id());
    for (var member : careTeam.activeMembers(fileId)) {
      if (newlyAssigned.contains(member.professional().id())) {
        notifications.notify(
            member.professional(),
            NotificationKind.CARE_PLAN_ACTION_ASSIGNED,
            fileId,
            grant.actor().displayName(),
            path(fileId));
      }
    }
    return view(plan, grant);
  }

  /**
   * The file closed: the plan's actions still planned or under way are cancelled, each with a
   * comment that says why, as a change of the plan by whoever closed the file (in its transaction,
   * like the agenda and the logbook). The plan's versions stay as they were.
   */
  public void fileClosed(@Observes CoordinationFileClosed closed) {
    var plan = repository.ofFileForUpdate(closed.fileId());
    var open =
        plan.map(p -> p.latest().content().actions()).orElse(List.of()).stream()
            .filter(a -> a.status().isOpen())
            .toList();
    if (open.isEmpty()) {
      return;
    }
    var by = directory.findProfessional(closed.by().id()).orElseThrow();
    var comment = new Comment(closed.byName(), closed.at(), closed.note());
    for (var action : open) {
      plan.get().changeAction(action.progressed(ActionStatus.CANCELLED, comment), by, closed.at());
    }
    audit.record(closed.by(), closed.fileId(), AuditAction.UPDATE, RESOURCE, "actions closed");
  }

  /** The person in charge of an action (or an author) records its progress. */
  public CarePlanView progress(
      Caller caller, UUID fileId, UUID actionId, long expectedRevision, ActionProgress command) {
    var grant = access.requireToEdit(caller, fileId);
    if (command.status() == null && blank(command.comment())) {
      throw new InvalidInputException("status", "give a new status, a comment, or both");
    }
    var plan = forUpdate(fileId, expectedRevision);
    var action =
        plan.latest()
            .content()
            .action(actionId)
            .orElseThrow(
                () -> new NotFoundException("No action " + actionId + " in this care plan."));
    if (!action.isAssignedTo(grant.actor().id(), grant.actor().structure().id())
        && !mayAuthor(grant, fileId)) {
      throw new ForbiddenException(
          "not-assignee",
          "Only the person in charge of this action or the plan's author does this.");
    }
    var comment =
        blank(command.comment())
            ? null
            : new Comment(grant.actor().displayName(), clock.instant(), command.comment().strip());
    plan.changeAction(action.progressed(command.status(), comment), grant.actor(), clock.instant());
    audit.record(grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "action progress");
    return view(plan, grant);
  }

  /** The GP validates the draft; the team is told in the app and by e-mail. */
  public CarePlanView validate(Caller caller, UUID fileId, long expectedRevision) {
    var grant = access.requireToEdit(caller, fileId);
    if (!mayValidate(grant)) {
      throw new ForbiddenException("not-gp", "Only the patient's GP validates the care plan.");
    }
    var plan = forUpdate(fileId, expectedRevision);
    var prepared = plan.draft();
    var version = plan.validate(grant.actor(), clock.instant());
    audit.record(
        grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "validated v" + version.number());
    if (prepared.isPresent() && !prepared.get().createdBy().equals(grant.actor().id())) {
      notes.fire(
          grant.note(
              fileId,
              "Version "
                  + version.number()
                  + " du PPS, préparée par "
                  + prepared.get().createdByName()
                  + ", validée et signée par le médecin traitant.",
              clock.instant()));
    }
    for (var member : careTeam.activeMembers(fileId)) {
      if (!member.professional().id().equals(grant.actor().id())) {
        notifications.notify(
            member.professional(),
            NotificationKind.CARE_PLAN_VALIDATED,
            fileId,
            grant.actor().displayName(),
            path(fileId));
      }
    }
    return view(plan, grant);
  }

  /**
   * The delegated structure tells the GP that its draft is ready: the GP is notified, the logbook
   * says who asked. Only an author who is not the GP asks; there must be a draft.
   */
  public CarePlanView requestValidation(Caller caller, UUID fileId) {
    var grant = requireAuthor(caller, fileId);
    if (mayValidate(grant)) {
      throw new ConflictException(
          "validation-is-yours", "You are the GP: validate the draft yourself.");
    }
    var plan =
        repository
            .ofFile(fileId)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "care-plan-not-started", "This patient has no care plan yet."));
    var draft =
        plan.draft()
            .orElseThrow(
                () ->
                    new ConflictException(
                        "no-draft-to-validate", "There is no draft of the plan to validate."));
    var gp =
        careTeam
            .gp(fileId)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "no-gp-in-team", "The care team has no GP to validate the plan."));
    audit.record(
        grant.audited(),
        fileId,
        AuditAction.UPDATE,
        RESOURCE,
        "validation of v" + draft.number() + " requested");
    notifications.notify(
        gp,
        NotificationKind.CARE_PLAN_VALIDATION_REQUESTED,
        fileId,
        grant.actor().displayName(),
        path(fileId));
    notes.fire(
        grant.note(
            fileId,
            "Version "
                + draft.number()
                + " du PPS préparée par la structure : validation demandée au médecin traitant, "
                + gp.displayName()
                + ".",
            clock.instant()));
    return view(plan, grant);
  }

  public VersionView version(Caller caller, UUID fileId, int number) {
    var grant = access.require(caller, fileId);
    var version = existingVersion(fileId, number);
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, "v" + number);
    return VersionView.of(version, today(), grant.actor().id(), grant.actor().structure().id());
  }

  public ComparisonView compare(Caller caller, UUID fileId, int from, int to) {
    var grant = access.require(caller, fileId);
    var before = existingVersion(fileId, from);
    var after = existingVersion(fileId, to);
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, "v" + from + "/v" + to);
    return ComparisonView.between(from, before.content(), to, after.content());
  }

  /** The printable one-page synthesis of a version, as XHTML. */
  public String synthesis(Caller caller, UUID fileId, int number) {
    var grant = access.require(caller, fileId);
    var plan = existingPlan(fileId);
    var version =
        plan.version(number)
            .orElseThrow(() -> new NotFoundException("No version " + number + " of this plan."));
    var file = coordinationFiles.get(caller, fileId);
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, "synthesis v" + number);
    var nextReview =
        plan.reviews().stream()
            .filter(r -> !r.isHeld())
            .map(CarePlanReview::dueOn)
            .min(Comparator.naturalOrder())
            .orElse(null);
    return CarePlanSynthesis.html(file, version, nextReview, clock.instant());
  }

  /** The same synthesis as a PDF. */
  public byte[] synthesisPdf(Caller caller, UUID fileId, int number) {
    return CarePlanSynthesis.pdf(synthesis(caller, fileId, number));
  }

  public CarePlanView scheduleReview(
      Caller caller, UUID fileId, long expectedRevision, ScheduleReview command) {
    var grant = requireReviewer(caller, fileId);
    var plan = forUpdate(fileId, expectedRevision);
    plan.scheduleReview(command.dueOn(), command.purpose(), grant.actor(), clock.instant());
    audit.record(grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "review scheduled");
    return view(plan, grant);
  }

  public CarePlanView recordReview(
      Caller caller,
      UUID fileId,
      UUID reviewId,
      long expectedRevision,
      RecordReviewOutcome command) {
    var grant = requireReviewer(caller, fileId);
    if (command.heldOn().isAfter(today())) {
      throw new InvalidInputException("heldOn", "a review is recorded once held, not before");
    }
    var plan = forUpdate(fileId, expectedRevision);
    plan.recordReview(
        reviewId,
        command.heldOn(),
        command.outcome(),
        Boolean.TRUE.equals(command.openNextVersion()),
        grant.actor(),
        clock.instant());
    audit.record(grant.audited(), fileId, AuditAction.UPDATE, RESOURCE, "review outcome");
    return view(plan, grant);
  }

  /** Overdue reviews and actions of the files the caller manages as case manager. */
  public List<FollowUpItem> followUp(Caller caller) {
    var me = directory.professionalOf(caller);
    var today = today();
    var items = new ArrayList<FollowUpItem>();
    for (var plan : repository.ofFiles(careTeam.filesManagedBy(me.id()))) {
      var name = files.summary(plan.fileId()).map(PatientFiles.FileSummary::patientName).orElse("");
      for (var review : plan.reviews()) {
        if (review.isOverdue(today)) {
          items.add(
              new FollowUpItem(
                  plan.fileId(), name, "REVIEW", review.purpose(), review.dueOn(), null));
        }
      }
      for (var action : plan.latest().content().actions()) {
        if (action.isOverdue(today)) {
          items.add(
              new FollowUpItem(
                  plan.fileId(),
                  name,
                  "ACTION",
                  action.description(),
                  action.dueOn(),
                  action.assignee() == null ? null : action.assignee().name()));
        }
      }
    }
    items.sort(Comparator.comparing(FollowUpItem::dueOn));
    return items;
  }

  /**
   * Reminds, once each, the assignee of an open action due today or before, and the case managers
   * of a review due today or before and not held. Called by {@link CarePlanReminders}.
   */
  public void sendDueReminders() {
    var today = today();
    for (var plan : repository.all()) {
      var fileId = plan.fileId();
      for (var action : plan.latest().content().actions()) {
        var assignee = action.assignee();
        if (action.dueOn() == null
            || action.dueOn().isAfter(today)
            || !action.status().isOpen()
            || assignee == null
            || assignee.kind() != CarePlanContent.AssigneeKind.PROFESSIONAL
            || !access.isTeamMember(fileId, assignee.id())
            || !repository.claimReminder(action.id(), "ACTION_DUE", action.dueOn())) {
          continue;
        }
        directory
            .findProfessional(assignee.id())
            .ifPresent(
                p ->
                    notifications.notify(
                        p, NotificationKind.CARE_PLAN_ACTION_DUE, fileId, null, path(fileId)));
      }
      for (var review : plan.reviews()) {
        if (review.isHeld()
            || review.dueOn().isAfter(today)
            || !repository.claimReminder(review.id(), "REVIEW_DUE", review.dueOn())) {
          continue;
        }
        for (var caseManager : careTeam.caseManagers(fileId)) {
          notifications.notify(
              caseManager, NotificationKind.CARE_PLAN_REVIEW_DUE, fileId, null, path(fileId));
        }
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  /** Checks the whole content against the team and the directory; ids kept, comments kept. */
  private CarePlanContent read(EditCarePlanDraft command, CarePlanContent before, UUID fileId) {
    var ids = new HashSet<UUID>();
    var problems = new ArrayList<Problem>();
    for (int i = 0; i < command.problems().size(); i++) {
      var p = command.problems().get(i);
      problems.add(
          new Problem(
              uniqueId(p.id(), ids, "problems[" + i + "].id"),
              p.domain(),
              p.description().strip()));
    }
    var problemIds = problems.stream().map(Problem::id).toList();
    var goals = new ArrayList<Goal>();
    for (int i = 0; i < command.goals().size(); i++) {
      var g = command.goals().get(i);
      if (g.problemId() != null && !problemIds.contains(g.problemId())) {
        throw new InvalidInputException(
            "goals[" + i + "].problemId", "no problem " + g.problemId() + " in this plan");
      }
      goals.add(
          new Goal(
              uniqueId(g.id(), ids, "goals[" + i + "].id"),
              g.problemId(),
              g.description().strip()));
    }
    var goalIds = goals.stream().map(Goal::id).toList();
    var team = careTeam.activeMembers(fileId);
    var actions = new ArrayList<Action>();
    for (int i = 0; i < command.actions().size(); i++) {
      var a = command.actions().get(i);
      var at = "actions[" + i + "]";
      if (a.goalId() != null && !goalIds.contains(a.goalId())) {
        throw new InvalidInputException(at + ".goalId", "no goal " + a.goalId() + " in this plan");
      }
      var id = uniqueId(a.id(), ids, at + ".id");
      var comments = before.action(id).map(Action::comments).orElse(List.of());
      actions.add(
          new Action(
              id,
              a.goalId(),
              a.description().strip(),
              assignee(a, at, team),
              a.dueOn(),
              a.status() == null ? ActionStatus.PLANNED : a.status(),
              comments));
    }
    return new CarePlanContent(problems, goals, actions);
  }

  private Assignee assignee(
      EditCarePlanDraft.ActionInput a, String at, List<CareTeamMemberView> team) {
    if (a.assigneeProfessionalId() != null && a.assigneeStructureId() != null) {
      throw new InvalidInputException(
          at + ".assigneeStructureId", "an action has one assignee: a professional or a structure");
    }
    if (a.assigneeProfessionalId() != null) {
      return team.stream()
          .map(CareTeamMemberView::professional)
          .filter(p -> p.id().equals(a.assigneeProfessionalId()))
          .findFirst()
          .map(p -> new Assignee(AssigneeKind.PROFESSIONAL, p.id(), p.displayName()))
          .orElseThrow(
              () ->
                  new InvalidInputException(
                      at + ".assigneeProfessionalId",
                      "not an active member of this patient's care team"));
    }
    if (a.assigneeStructureId() != null) {
      return directory
          .findStructure(a.assigneeStructureId())
          .map(s -> new Assignee(AssigneeKind.STRUCTURE, s.id(), s.name()))
          .orElseThrow(
              () ->
                  new InvalidInputException(
                      at + ".assigneeStructureId", "no such structure in the directory"));
    }
    return null;
  }

  private static UUID uniqueId(UUID given, java.util.Set<UUID> seen, String field) {
    var id = given == null ? UUID.randomUUID() : given;
    if (!seen.add(id)) {
      throw new InvalidInputException(field, "the same id is used twice in this plan");
    }
    return id;
  }

  private CarePlanView view(CarePlan plan, AccessGrant grant) {
    var today = today();
    var me = grant.actor().id();
    var myStructure = grant.actor().structure().id();
    var latest = plan.latest().content();
    return new CarePlanView(
        plan.fileId(),
        true,
        plan.revision(),
        mayAuthor(grant, plan.fileId()),
        mayValidate(grant),
        me,
        plan.draft().map(v -> VersionView.of(v, today, me, myStructure)).orElse(null),
        plan.lastValidated().map(v -> VersionView.of(v, today, me, myStructure)).orElse(null),
        plan.versions().stream()
            .sorted(Comparator.comparingInt(CarePlanVersion::number).reversed())
            .map(CarePlanVersion::summary)
            .toList(),
        plan.reviews().stream().map(r -> r.view(today)).toList(),
        latest.actions().stream().filter(a -> a.isOverdue(today)).count(),
        plan.reviews().stream().filter(r -> r.isOverdue(today)).count(),
        careTeam.openDelegation(plan.fileId()).orElse(null),
        coordinationStructure(plan.fileId()));
  }

  /** The structure that follows the file: the one the GP may delegate authoring to. */
  private StructureView coordinationStructure(UUID fileId) {
    return directory.findStructure(files.summary(fileId).orElseThrow().structureId()).orElseThrow();
  }

  private CarePlan forUpdate(UUID fileId, long expectedRevision) {
    var plan =
        repository
            .ofFileForUpdate(fileId)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "care-plan-not-started", "This patient has no care plan yet."));
    plan.checkRevision(expectedRevision);
    return plan;
  }

  private CarePlan existingPlan(UUID fileId) {
    return repository
        .ofFile(fileId)
        .orElseThrow(() -> new NotFoundException("This patient has no care plan yet."));
  }

  private CarePlanVersion existingVersion(UUID fileId, int number) {
    return existingPlan(fileId)
        .version(number)
        .orElseThrow(() -> new NotFoundException("No version " + number + " of this plan."));
  }

  private AccessGrant requireAuthor(Caller caller, UUID fileId) {
    var grant = access.requireToEdit(caller, fileId);
    if (!mayAuthor(grant, fileId)) {
      throw new ForbiddenException(
          "not-care-plan-author",
          "Only the GP, or the coordination structure the GP delegated to, writes the care plan.");
    }
    return grant;
  }

  private AccessGrant requireReviewer(Caller caller, UUID fileId) {
    var grant = access.requireToEdit(caller, fileId);
    if (!grant.isCaseManager() && !mayAuthor(grant, fileId)) {
      throw new ForbiddenException(
          "not-care-plan-author",
          "Only the plan's authors and the case manager schedule and record reviews.");
    }
    return grant;
  }

  private boolean mayAuthor(AccessGrant grant, UUID fileId) {
    return !grant.emergency() && careTeam.mayAuthorCarePlan(grant, fileId);
  }

  private static boolean mayValidate(AccessGrant grant) {
    return grant.role() == CareTeamRole.GP;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String path(UUID fileId) {
    return "/patients/" + fileId + "/care-plan";
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
