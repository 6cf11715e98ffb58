package org.liaison.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.liaison.directory.DirectoryService;
import org.liaison.notification.NotificationKind;
import org.liaison.notification.NotificationService;

/** A meeting was cancelled (by its organiser, or as its last patient's file closed): say so. */
@ApplicationScoped
class MeetingCancellations {

  @Inject private DirectoryService directory;
  @Inject private NotificationService notifications;
  @Inject private AgendaLive live;

  /** Its participants are told, and every open screen of the meeting follows. */
  void told(Appointment meeting, String byName) {
    for (var participant : meeting.participants()) {
      directory
          .findProfessional(participant.professionalId())
          .ifPresent(
              p ->
                  notifications.notify(
                      p,
                      NotificationKind.MEETING_CANCELLED,
                      null,
                      byName,
                      MeetingService.path(meeting)));
    }
    live.changed(meeting);
  }
}
