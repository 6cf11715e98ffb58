package org.liaison.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.liaison.agenda.AgendaViews.AppointmentView;
import org.liaison.agenda.AgendaViews.DecisionView;
import org.liaison.agenda.AgendaViews.ExceptionView;
import org.liaison.agenda.AgendaViews.MeetingView;
import org.liaison.agenda.AgendaViews.OccurrenceView;
import org.liaison.agenda.AgendaViews.ParticipantView;
import org.liaison.agenda.AgendaViews.PatientRef;
import org.liaison.agenda.AgendaViews.Performer;
import org.liaison.agenda.AgendaViews.Person;
import org.liaison.agenda.AgendaViews.SlotView;
import org.liaison.careteam.PatientFiles;
import org.liaison.careteam.PatientFiles.FileSummary;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalView;

/**
 * Turns appointments, meetings and slots into views. Names are looked up by id each time: within a
 * use case's transaction, the persistence context answers the repeated ones.
 */
@ApplicationScoped
class AgendaPresenter {

  @Inject private DirectoryService directory;
  @Inject private PatientFiles files;

  Optional<ProfessionalView> professional(UUID id) {
    return directory.findProfessional(id);
  }

  /** Loads the patients these appointments and meetings name, in one query. */
  void preload(List<Appointment> appointments) {
    var ids = new java.util.HashSet<UUID>();
    for (var a : appointments) {
      if (a.kind() == Appointment.Kind.MEETING) {
        a.patients().forEach(p -> ids.add(p.fileId()));
      } else if (a.fileId() != null) {
        ids.add(a.fileId());
      }
    }
    files.preload(ids);
  }

  Optional<FileSummary> summary(UUID fileId) {
    return files.summary(fileId);
  }

  String name(UUID professionalId) {
    return professional(professionalId).map(ProfessionalView::displayName).orElse("?");
  }

  Person person(UUID professionalId) {
    return professionalId == null ? null : new Person(professionalId, name(professionalId));
  }

  Performer performer(Appointment.PerformerKind kind, UUID id) {
    if (kind == null) {
      return null;
    }
    var name =
        kind == Appointment.PerformerKind.PROFESSIONAL
            ? name(id)
            : directory.findStructure(id).map(s -> s.name()).orElse("?");
    return new Performer(kind, id, name);
  }

  String patientName(UUID fileId) {
    return summary(fileId).map(FileSummary::patientName).orElse("?");
  }

  AppointmentView appointment(Appointment a, boolean mayEdit) {
    return new AppointmentView(
        a.id(),
        a.fileId(),
        patientName(a.fileId()),
        a.kind(),
        a.title(),
        a.location(),
        performer(a.performerKind(), a.performerId()),
        a.startLocal(),
        a.durationMinutes(),
        Appointment.PARIS.getId(),
        a.rrule(),
        a.exceptions().stream()
            .map(
                e ->
                    new ExceptionView(
                        e.occurrence(), e.cancelled(), e.start(), e.durationMinutes()))
            .toList(),
        a.reminderMinutes(),
        person(a.createdBy()),
        a.createdAt(),
        a.isCancelled(),
        a.revision(),
        mayEdit);
  }

  /**
   * The occurrence as {@code me} sees it: the patient's name when {@code seesPatient} says so, the
   * meeting's patients filtered the same way.
   */
  OccurrenceView occurrence(
      Appointment a, Appointment.Occurrence o, UUID me, Predicate<UUID> seesPatient) {
    var meeting = a.kind() == Appointment.Kind.MEETING;
    return new OccurrenceView(
        a.id(),
        a.kind(),
        a.title(),
        a.location(),
        a.fileId(),
        !meeting && seesPatient.test(a.fileId()) ? patientName(a.fileId()) : null,
        meeting ? patients(a, seesPatient) : List.of(),
        performer(a.performerKind(), a.performerId()),
        o.occurrence(),
        o.start(),
        Appointment.paris(o.endsAt()),
        offset(o.startsAt()),
        offset(o.endsAt()),
        o.recurring(),
        o.moved(),
        meeting ? answerOf(a, me) : null);
  }

  MeetingView meeting(Appointment m, UUID me, Predicate<UUID> seesPatient) {
    var start = m.startLocal();
    var startsAt = Appointment.instant(start);
    var endsAt = startsAt.plusSeconds(60L * m.durationMinutes());
    return new MeetingView(
        m.id(),
        m.title(),
        start,
        Appointment.paris(endsAt),
        offset(startsAt),
        offset(endsAt),
        m.durationMinutes(),
        m.location(),
        m.agenda(),
        person(m.createdBy()),
        patients(m, seesPatient),
        m.participants().stream()
            .map(
                p ->
                    new ParticipantView(
                        p.professionalId(),
                        name(p.professionalId()),
                        professional(p.professionalId())
                            .map(x -> x.profession() == null ? null : x.profession().name())
                            .orElse(null),
                        p.answer(),
                        p.answeredAt(),
                        p.comment()))
            .toList(),
        m.reminderMinutes(),
        m.patients().stream()
            .filter(p -> p.decision() != null && seesPatient.test(p.fileId()))
            .map(
                p ->
                    new DecisionView(
                        p.fileId(), patientName(p.fileId()), p.decision(), p.logbookEntryId()))
            .toList(),
        m.decidedAt(),
        person(m.decidedBy()),
        m.isCancelled(),
        answerOf(m, me),
        m.createdBy().equals(me) && m.decidedAt() == null && !m.isCancelled(),
        !startsAt.isAfter(Instant.now()));
  }

  SlotView slot(AvailabilitySlot s) {
    return new SlotView(
        s.id(),
        performer(s.ownerKind(), s.ownerId()),
        s.startLocal(),
        Appointment.paris(s.endsAt()),
        offset(s.startsAt()),
        offset(s.endsAt()),
        s.isBooked());
  }

  private List<PatientRef> patients(Appointment m, Predicate<UUID> seesPatient) {
    return m.patients().stream()
        .map(MeetingPatient::fileId)
        .filter(seesPatient)
        .map(f -> new PatientRef(f, patientName(f)))
        .toList();
  }

  static String answerOf(Appointment meeting, UUID me) {
    if (meeting.createdBy().equals(me)) {
      return "ORGANIZER";
    }
    var p = meeting.participant(me);
    return p == null ? null : p.answer().name();
  }

  static OffsetDateTime offset(Instant instant) {
    return instant.atZone(Appointment.PARIS).toOffsetDateTime();
  }
}
