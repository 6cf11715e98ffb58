package org.liaison.agenda;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalView;
import org.liaison.mail.Mail;
import org.liaison.mail.MailOutbox;
import org.liaison.notification.NotificationKind;
import org.liaison.notification.NotificationService;

/**
 * Sends the reminders that fall due: at {@code reminderMinutes} before each occurrence, to the
 * performer of an appointment, or to the organiser and the participants of a meeting who have not
 * declined. Each reminder is claimed in the database first (one row per occurrence and person), so
 * it goes out once however many nodes run the timer.
 */
@Stateless
public class AgendaReminderService {

  @Inject private AgendaRepository repository;
  @Inject private DirectoryService directory;
  @Inject private NotificationService notifications;

  private final Clock clock = Appointment.CLOCK;

  public void sendDueReminders() {
    var now = clock.instant();
    var horizon = now.plus(AgendaCommands.MAX_REMINDER, ChronoUnit.MINUTES);
    for (var appointment : repository.withReminders(now, horizon)) {
      var lead = appointment.reminderMinutes();
      var until = now.plus(lead, ChronoUnit.MINUTES);
      var due =
          appointment.occurrences(
              Appointment.paris(now).minusMinutes(1), Appointment.paris(until).plusMinutes(1));
      for (var occurrence : due) {
        var startsAt = occurrence.startsAt();
        if (!startsAt.isAfter(now) || startsAt.isAfter(until)) {
          continue;
        }
        for (var recipient : recipients(appointment)) {
          if (repository.claimReminder(appointment.id(), occurrence.occurrence(), recipient)) {
            remind(appointment, occurrence, recipient);
          }
        }
      }
    }
  }

  private java.util.List<UUID> recipients(Appointment appointment) {
    var recipients = new ArrayList<UUID>();
    if (appointment.kind() == Appointment.Kind.MEETING) {
      recipients.add(appointment.createdBy());
      appointment.participants().stream()
          .filter(p -> p.answer() != MeetingParticipant.Answer.DECLINED)
          .forEach(p -> recipients.add(p.professionalId()));
    } else if (appointment.performerKind() == Appointment.PerformerKind.PROFESSIONAL) {
      recipients.add(appointment.performerId());
    }
    return recipients;
  }

  private void remind(Appointment appointment, Appointment.Occurrence occurrence, UUID to) {
    var meeting = appointment.kind() == Appointment.Kind.MEETING;
    var path =
        meeting
            ? MeetingService.path(appointment)
            : "/agenda?date=" + occurrence.start().toLocalDate();
    directory
        .findProfessional(to)
        .ifPresent(
            p ->
                notifications.notifyNow(
                    p,
                    meeting
                        ? NotificationKind.MEETING_REMINDER
                        : NotificationKind.APPOINTMENT_REMINDER,
                    appointment.fileId(),
                    null,
                    path,
                    reminderMail(p, meeting, occurrence.start(), path)));
  }

  /** When, and a link: no patient, no purpose (an e-mail is no place for health data). */
  static Mail reminderMail(
      ProfessionalView to, boolean meeting, java.time.LocalDateTime start, String path) {
    var link = MailOutbox.link(path);
    var french =
        start.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH));
    var english =
        start.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH));
    return new Mail(
        to.email(),
        "Liaison : rappel / reminder",
        "Bonjour "
            + to.displayName()
            + ",\n\nRappel : "
            + (meeting
                ? "une réunion de concertation à laquelle vous participez"
                : "un rendez-vous ou une visite de votre agenda")
            + " approche, le "
            + french
            + " (heure de Paris).\nPour le voir (connexion requise) : "
            + link
            + "\n\n---\n\nHello "
            + to.displayName()
            + ",\n\nReminder: "
            + (meeting
                ? "a multidisciplinary meeting you take part in"
                : "an appointment or visit in your agenda")
            + " is coming up on "
            + english
            + " (Paris time).\nTo see it (login required): "
            + link
            + "\n");
  }
}
