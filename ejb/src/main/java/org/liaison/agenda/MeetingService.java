package org.liaison.agenda;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.liaison.agenda.AgendaCommands.AnswerInvitation;
import org.liaison.agenda.AgendaCommands.RecordDecisions;
import org.liaison.agenda.AgendaCommands.ScheduleMeeting;
import org.liaison.agenda.AgendaViews.MeetingView;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.AuditedActor;
import org.liaison.careteam.AccessGrant;
import org.liaison.careteam.PatientAccess;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.NotFoundException;
import org.liaison.logbook.LogbookCategory;
import org.liaison.logbook.LogbookService;
import org.liaison.logbook.WriteLogbookEntry;
import org.liaison.notification.NotificationKind;
import org.liaison.notification.NotificationService;

/**
 * Multidisciplinary meetings (RCP). The organiser is an active team member of every patient of the
 * meeting; each participant is a member of the team of at least one of them and sees only the
 * patients of his own teams. The decisions, recorded once, become important logbook entries of the
 * patients, written by the organiser.
 */
@Stateless
public class MeetingService {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject private AgendaRepository repository;
  @Inject private AgendaPresenter presenter;
  @Inject private PatientAccess access;
  @Inject private DirectoryService directory;
  @Inject private LogbookService logbook;
  @Inject private NotificationService notifications;
  @Inject private AuditTrail audit;
  @Inject private AgendaLive live;
  @Inject private MeetingCancellations cancellations;

  private final Clock clock = Appointment.CLOCK;

  public MeetingView schedule(Caller caller, ScheduleMeeting command) {
    var me = directory.professionalOf(caller);
    var fileIds = distinct(command.fileIds(), "fileIds");
    var grants = new ArrayList<AccessGrant>();
    for (var fileId : fileIds) {
      grants.add(access.requireToEditOpen(caller, fileId));
    }
    var participantIds = distinct(command.participantIds(), "participantIds");
    var participants = new ArrayList<ProfessionalView>();
    for (int i = 0; i < participantIds.size(); i++) {
      var id = participantIds.get(i);
      var field = "participantIds[" + i + "]";
      if (id.equals(me.id())) {
        throw new InvalidInputException(field, "the organiser is not invited to his own meeting");
      }
      var participant =
          directory
              .findProfessional(id)
              .orElseThrow(() -> new InvalidInputException(field, "no professional " + id));
      if (fileIds.stream().noneMatch(f -> access.isTeamMember(f, id))) {
        throw new InvalidInputException(
            field, "not an active member of the care team of any of these patients");
      }
      participants.add(participant);
    }
    var meeting =
        Appointment.meeting(
            command.title(),
            command.location(),
            command.agenda(),
            AgendaService.when(command.start(), command.durationMinutes(), null),
            command.reminderMinutes(),
            fileIds,
            participantIds,
            me.id(),
            clock.instant());
    repository.add(meeting);
    // In file order: the same patients always come in the same order.
    var byFile = new java.util.TreeMap<UUID, AccessGrant>();
    for (int i = 0; i < fileIds.size(); i++) {
      byFile.put(fileIds.get(i), grants.get(i));
    }
    byFile.forEach(
        (fileId, grant) ->
            audit.record(
                grant.audited(),
                fileId,
                AuditAction.CREATE,
                AgendaService.RESOURCE,
                "meeting " + meeting.id()));
    for (var participant : participants) {
      notifications.notify(
          participant, NotificationKind.MEETING_INVITATION, null, me.displayName(), path(meeting));
    }
    live.changed(meeting);
    return view(meeting, me.id());
  }

  /**
   * The meetings not over yet the caller is invited to and has not answered (the notification
   * centre and the home page show them): no patient named, so nothing to audit.
   */
  public List<AgendaViews.InvitationView> invitationsToAnswer(Caller caller) {
    var me = directory.professionalOf(caller).id();
    return repository.invitationsToAnswer(me, clock.instant()).stream()
        .map(
            m ->
                new AgendaViews.InvitationView(
                    m.id(),
                    m.title(),
                    m.startLocal(),
                    AgendaPresenter.offset(Appointment.instant(m.startLocal())),
                    presenter.person(m.createdBy())))
        .toList();
  }

  /** The meeting; its reading is audited on each patient the caller sees in it. */
  public MeetingView meeting(Caller caller, UUID id) {
    var me = directory.professionalOf(caller).id();
    var meeting = visible(repository.appointment(id), id, me);
    var actor = new AuditedActor(me, caller.username(), false);
    meeting.patients().stream()
        .map(MeetingPatient::fileId)
        .sorted()
        .filter(f -> access.isTeamMember(f, me))
        .forEach(
            f -> audit.record(actor, f, AuditAction.READ, AgendaService.RESOURCE, "meeting " + id));
    return view(meeting, me);
  }

  public MeetingView answer(Caller caller, UUID id, AnswerInvitation command) {
    var me = directory.professionalOf(caller);
    var meeting = visible(repository.locked(id), id, me.id());
    meeting.requireActive();
    var participant = meeting.participant(me.id());
    if (participant == null) {
      throw new ForbiddenException(
          "organizer-does-not-answer", "The organiser of a meeting does not answer it.");
    }
    if (command.answer() == MeetingParticipant.Answer.PENDING) {
      throw new InvalidInputException("answer", "ACCEPTED or DECLINED");
    }
    participant.answer(command.answer(), command.comment(), clock.instant());
    directory
        .findProfessional(meeting.createdBy())
        .ifPresent(
            organizer ->
                notifications.notify(
                    organizer,
                    NotificationKind.MEETING_ANSWERED,
                    null,
                    me.displayName(),
                    path(meeting)));
    live.changed(meeting);
    return view(meeting, me.id());
  }

  public MeetingView recordDecisions(Caller caller, UUID id, RecordDecisions command) {
    var me = directory.professionalOf(caller);
    var meeting = requireOrganizer(caller, id, me);
    var patients = meeting.patients();
    var decided = new HashSet<UUID>();
    for (int i = 0; i < command.decisions().size(); i++) {
      var fileId = command.decisions().get(i).fileId();
      if (patients.stream().noneMatch(p -> p.fileId().equals(fileId))) {
        throw new InvalidInputException(
            "decisions[" + i + "].fileId", "no patient " + fileId + " in this meeting");
      }
      if (!decided.add(fileId)) {
        throw new InvalidInputException("decisions[" + i + "].fileId", "one decision per patient");
      }
    }
    meeting.recordDecisions(me.id(), clock.instant());
    var prefix =
        "Décision de la RCP du "
            + meeting.startLocal().format(DAY)
            + " « "
            + meeting.title()
            + " » : ";
    // In file order: the same patients always come in the same order.
    var inFileOrder =
        command.decisions().stream()
            .sorted(java.util.Comparator.comparing(AgendaCommands.Decision::fileId))
            .toList();
    for (var decision : inFileOrder) {
      var text = decision.text().strip();
      var entry =
          logbook.write(
              caller,
              decision.fileId(),
              new WriteLogbookEntry(
                  category(caller, decision.fileId()), prefix + text, true, null, null, null));
      patients.stream()
          .filter(p -> p.fileId().equals(decision.fileId()))
          .forEach(p -> p.decided(text, entry.id()));
    }
    live.changed(meeting);
    return view(meeting, me.id());
  }

  public void cancel(Caller caller, UUID id) {
    var me = directory.professionalOf(caller);
    var meeting = requireOrganizer(caller, id, me);
    meeting.cancel(clock.instant());
    cancellations.told(meeting, me.displayName());
  }

  // ------------------------------------------------------------------ helpers

  private Appointment requireOrganizer(Caller caller, UUID id, ProfessionalView me) {
    var meeting = visible(repository.locked(id), id, me.id());
    if (!meeting.createdBy().equals(me.id())) {
      throw new ForbiddenException("not-organizer", "Only the organiser of the meeting does this.");
    }
    return meeting;
  }

  /** The meeting, for its organiser and participants; 404 for anybody else. */
  private static Appointment visible(
      java.util.Optional<Appointment> found, UUID id, UUID professionalId) {
    return found
        .filter(a -> a.kind() == Appointment.Kind.MEETING)
        .filter(a -> a.createdBy().equals(professionalId) || a.participant(professionalId) != null)
        .orElseThrow(() -> new NotFoundException("No meeting " + id + "."));
  }

  private MeetingView view(Appointment meeting, UUID me) {
    repository.flush();
    return presenter.meeting(meeting, me, f -> access.isTeamMember(f, me));
  }

  /** OTHER when the patient's structure offers it, else its first category. */
  private LogbookCategory category(Caller caller, UUID fileId) {
    var categories = logbook.categories(caller, fileId);
    if (categories.isEmpty()) {
      throw new ConflictException(
          "no-logbook-category", "The patient's structure offers no logbook category.");
    }
    return categories.contains(LogbookCategory.OTHER) ? LogbookCategory.OTHER : categories.get(0);
  }

  private static List<UUID> distinct(List<UUID> ids, String field) {
    var seen = new LinkedHashSet<UUID>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        throw new InvalidInputException(field + "[" + i + "]", "given twice");
      }
    }
    return List.copyOf(seen);
  }

  static String path(Appointment meeting) {
    return "/agenda/meetings/" + meeting.id();
  }
}
