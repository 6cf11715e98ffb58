package org.liaison.agenda;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.liaison.agenda.AgendaCommands.ChangeOccurrence;
import org.liaison.agenda.AgendaCommands.ScheduleAppointment;
import org.liaison.agenda.AgendaViews.AppointmentView;
import org.liaison.agenda.AgendaViews.CalendarText;
import org.liaison.agenda.AgendaViews.OccurrenceView;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.AuditedActor;
import org.liaison.audit.FileAccess;
import org.liaison.careteam.PatientAccess;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.NotFoundException;
import org.liaison.kernel.StaleVersionException;

/**
 * Use cases of a patient's agenda and of each professional's own agenda. A patient's appointments
 * are seen by the active care team (and the professional who performs one); others get 404. They
 * are written by team members, never through an emergency access. Audited on the patient.
 */
@Stateless
public class AgendaService {

  static final String RESOURCE = "agenda";
  static final int MAX_RANGE_DAYS = 366;

  @Inject private AgendaRepository repository;
  @Inject private AgendaPresenter presenter;
  @Inject private AgendaCalendars calendars;
  @Inject private PatientAccess access;
  @Inject private DirectoryService directory;
  @Inject private AuditTrail audit;
  @Inject private AgendaLive live;

  private final Clock clock = Appointment.CLOCK;

  /** The patient's occurrences between two Paris dates ({@code to} excluded). */
  public List<OccurrenceView> patientAgenda(
      Caller caller, UUID fileId, LocalDate from, LocalDate to) {
    var grant = access.require(caller, fileId);
    var range = range(from, to);
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, range.toString());
    var me = grant.actor().id();
    return occurrences(
        repository.ofFile(fileId, range.widerStart(), range.widerEnd()),
        range,
        me,
        f -> f.equals(fileId) || access.isTeamMember(f, me));
  }

  /**
   * What the caller performs, organises or is invited to, between two Paris dates. Each patient
   * named in the answer has the reading in his audit trail.
   */
  public List<OccurrenceView> myAgenda(Caller caller, LocalDate from, LocalDate to) {
    var me = directory.professionalOf(caller).id();
    var range = range(from, to);
    var myTeams = access.teamFileIds(me);
    var occurrences =
        occurrences(
            repository.ofProfessional(me, range.widerStart(), range.widerEnd()),
            range,
            me,
            myTeams::contains);
    var named = new java.util.LinkedHashSet<UUID>();
    for (var o : occurrences) {
      if (o.patientName() != null) {
        named.add(o.fileId());
      }
      o.patients().forEach(p -> named.add(p.fileId()));
    }
    var actor = new AuditedActor(me, caller.username(), false);
    audit.recordEach(
        named.stream().map(f -> new FileAccess(f, actor)).toList(),
        AuditAction.READ,
        RESOURCE,
        "my agenda " + range);
    return occurrences;
  }

  public AppointmentView schedule(Caller caller, UUID fileId, ScheduleAppointment command) {
    var grant = access.requireToEditOpen(caller, fileId);
    if (command.kind() == null || command.kind() == Appointment.Kind.MEETING) {
      throw new InvalidInputException("kind", "VISIT or APPOINTMENT (a meeting is made apart)");
    }
    requireTeamMember(fileId, command.performerId());
    var appointment =
        Appointment.about(
            fileId,
            command.kind(),
            command.title(),
            command.location(),
            Appointment.PerformerKind.PROFESSIONAL,
            command.performerId(),
            when(command.start(), command.durationMinutes(), command.rrule()),
            command.reminderMinutes(),
            grant.actor().id(),
            clock.instant());
    repository.add(appointment);
    audit.record(
        grant.audited(), fileId, AuditAction.CREATE, RESOURCE, appointment.id().toString());
    live.changed(appointment);
    return presenter.appointment(appointment, true);
  }

  public AppointmentView appointment(Caller caller, UUID id) {
    var me = directory.professionalOf(caller);
    var appointment = readable(caller, me, id, id.toString());
    return presenter.appointment(appointment, mayEdit(me, appointment));
  }

  public AppointmentView change(
      Caller caller, UUID id, long revision, ScheduleAppointment command) {
    var appointment = editable(caller, id, revision);
    var keepsPerformer = command.performerId().equals(appointment.performerId());
    if (!keepsPerformer) {
      requireTeamMember(appointment.fileId(), command.performerId());
    }
    appointment.change(
        command.title(),
        command.location(),
        keepsPerformer ? appointment.performerKind() : Appointment.PerformerKind.PROFESSIONAL,
        command.performerId(),
        when(command.start(), command.durationMinutes(), command.rrule()),
        command.reminderMinutes());
    return edited(caller, appointment, "changed");
  }

  public void cancel(Caller caller, UUID id, long revision) {
    var appointment = editable(caller, id, revision);
    appointment.cancel(clock.instant());
    edited(caller, appointment, "cancelled");
  }

  public AppointmentView changeOccurrence(
      Caller caller, UUID id, LocalDateTime occurrence, ChangeOccurrence command) {
    var appointment = editable(caller, id, -1);
    var cancelled = Boolean.TRUE.equals(command.cancelled());
    if (cancelled == (command.start() != null)) {
      throw new InvalidInputException(
          "start", "either cancel the occurrence (cancelled: true) or move it (start)");
    }
    appointment.changeOccurrence(occurrence, command.start(), command.durationMinutes());
    return edited(
        caller, appointment, "occurrence " + occurrence + (cancelled ? " cancelled" : " moved"));
  }

  public AppointmentView restoreOccurrence(Caller caller, UUID id, LocalDateTime occurrence) {
    var appointment = editable(caller, id, -1);
    appointment.restoreOccurrence(occurrence);
    return edited(caller, appointment, "occurrence " + occurrence + " restored");
  }

  /** One appointment as an iCalendar file, told as {@code detail} says. */
  public CalendarText ics(Caller caller, UUID id, CalendarFeed.Detail detail) {
    var me = directory.professionalOf(caller);
    var appointment = readable(caller, me, id, "export " + id);
    return new CalendarText(
        "liaison-" + appointment.startLocal().toLocalDate() + ".ics",
        calendars.calendar("Liaison", List.of(appointment), detail));
  }

  // ------------------------------------------------------------------ helpers

  record Range(LocalDate from, LocalDate to) {
    java.time.Instant startsAt() {
      return Appointment.instant(from.atStartOfDay());
    }

    @Override
    public String toString() {
      return from + ".." + to;
    }

    java.time.Instant endsAt() {
      return Appointment.instant(to.atStartOfDay());
    }

    /** Series whose moved occurrences may come into the range: as wide as they may move. */
    java.time.Instant widerStart() {
      return startsAt().minus(Appointment.MOVE_REACH_DAYS, java.time.temporal.ChronoUnit.DAYS);
    }

    java.time.Instant widerEnd() {
      return endsAt().plus(Appointment.MOVE_REACH_DAYS, java.time.temporal.ChronoUnit.DAYS);
    }
  }

  static Range range(LocalDate from, LocalDate to) {
    var start = from != null ? from : LocalDate.now(Appointment.PARIS);
    var end = to != null ? to : start.plusDays(7);
    if (!end.isAfter(start)) {
      throw new InvalidInputException("to", "must be after from");
    }
    if (end.isAfter(start.plusDays(MAX_RANGE_DAYS))) {
      throw new InvalidInputException("to", "at most " + MAX_RANGE_DAYS + " days after from");
    }
    return new Range(start, end);
  }

  private List<OccurrenceView> occurrences(
      List<Appointment> appointments,
      Range range,
      UUID me,
      java.util.function.Predicate<UUID> seesPatient) {
    presenter.preload(appointments);
    return appointments.stream()
        .flatMap(
            a ->
                a.occurrences(range.from().atStartOfDay(), range.to().atStartOfDay()).stream()
                    .map(o -> presenter.occurrence(a, o, me, seesPatient)))
        .sorted(Comparator.comparing(OccurrenceView::startsAt))
        .toList();
  }

  static Appointment.When when(LocalDateTime start, int durationMinutes, String rrule) {
    var recurrence =
        rrule == null || rrule.isBlank() ? null : Recurrence.parse(rrule, Appointment.PARIS);
    return new Appointment.When(start.withSecond(0).withNano(0), durationMinutes, recurrence);
  }

  private void requireTeamMember(UUID fileId, UUID professionalId) {
    if (!access.isTeamMember(fileId, professionalId)) {
      throw new InvalidInputException(
          "performerId", "not an active member of this patient's care team");
    }
  }

  /**
   * An appointment (not a meeting) the caller may see: the team, or its performer. The read is
   * audited on the patient.
   */
  private Appointment readable(Caller caller, ProfessionalView me, UUID id, String detail) {
    var appointment =
        repository
            .appointment(id)
            .filter(a -> a.kind() != Appointment.Kind.MEETING)
            .orElseThrow(() -> new NotFoundException("No appointment " + id + "."));
    var actor =
        performs(me, appointment)
            ? new AuditedActor(me.id(), caller.username(), false)
            : access.require(caller, appointment.fileId()).audited();
    audit.record(actor, appointment.fileId(), AuditAction.READ, RESOURCE, detail);
    return appointment;
  }

  private Appointment editable(Caller caller, UUID id, long revision) {
    var appointment =
        repository
            .locked(id)
            .filter(a -> a.kind() != Appointment.Kind.MEETING)
            .orElseThrow(() -> new NotFoundException("No appointment " + id + "."));
    access.requireToEdit(caller, appointment.fileId());
    if (revision >= 0 && revision != appointment.revision()) {
      throw new StaleVersionException(revision, appointment.revision());
    }
    return appointment;
  }

  private AppointmentView edited(Caller caller, Appointment appointment, String detail) {
    var grant = access.require(caller, appointment.fileId());
    audit.record(grant.audited(), appointment.fileId(), AuditAction.UPDATE, RESOURCE, detail);
    repository.flush();
    live.changed(appointment);
    return presenter.appointment(appointment, true);
  }

  private boolean mayEdit(ProfessionalView me, Appointment appointment) {
    return !appointment.isCancelled() && access.isTeamMember(appointment.fileId(), me.id());
  }

  private static boolean performs(ProfessionalView me, Appointment appointment) {
    return appointment.performerKind() == Appointment.PerformerKind.PROFESSIONAL
        && me.id().equals(appointment.performerId());
  }
}
