package org.liaison.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.liaison.careteam.PatientFiles.FileSummary;
import org.liaison.mail.MailOutbox;

/**
 * Appointments and meetings as iCalendar events, saying no more than the detail level allows: a
 * calendar outside Liaison (a phone, Google, Outlook) is not a place for health data by default.
 */
@ApplicationScoped
class AgendaCalendars {

  @Inject private AgendaPresenter presenter;

  private final Clock clock = Appointment.CLOCK;

  String calendar(String name, List<Appointment> appointments, CalendarFeed.Detail detail) {
    var now = clock.instant();
    return ICalendar.calendar(
        name, Appointment.PARIS, appointments.stream().map(a -> event(a, detail, now)).toList());
  }

  private ICalendar.Event event(
      Appointment a, CalendarFeed.Detail detail, java.time.Instant stamp) {
    var detailed = detail == CalendarFeed.Detail.DETAILED;
    var meeting = a.kind() == Appointment.Kind.MEETING;
    var path = meeting ? "/agenda/meetings/" + a.id() : "/patients/" + a.fileId();
    return new ICalendar.Event(
        a.id() + "@liaison",
        stamp,
        a.startLocal(),
        a.durationMinutes(),
        summary(a, detailed),
        detailed ? a.location() : null,
        detailed ? "Liaison : " + MailOutbox.link(path) : null,
        detailed ? MailOutbox.link(path) : null,
        a.recurrence().orElse(null),
        a.exceptions().stream()
            .filter(OccurrenceChange::cancelled)
            .map(OccurrenceChange::occurrence)
            .toList(),
        a.exceptions().stream()
            .filter(e -> !e.cancelled())
            .map(e -> new ICalendar.MovedOccurrence(e.occurrence(), e.start(), e.durationMinutes()))
            .toList(),
        a.revision(),
        a.isCancelled());
  }

  /** "Visite — M. L." (discreet), "Visite — LEMOINE Bernard — Pansement" (detailed), "RCP". */
  private String summary(Appointment a, boolean detailed) {
    if (a.kind() == Appointment.Kind.MEETING) {
      return detailed ? "RCP — " + a.title() : "RCP";
    }
    var label = a.kind() == Appointment.Kind.VISIT ? "Visite" : "Rendez-vous";
    var summary = presenter.summary(a.fileId());
    if (detailed) {
      return label + " — " + summary.map(FileSummary::patientName).orElse("?") + " — " + a.title();
    }
    return label + " — " + summary.map(FileSummary::discreetName).orElse("?");
  }
}
