package org.liaison.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.UUID;
import org.liaison.careteam.CareTeamService;
import org.liaison.notification.LiveMessage;

/**
 * Tells the open screens of the people concerned, once the change commits, that an agenda changed:
 * the patient's team and the performer of an appointment; the organiser, participants and patients'
 * teams of a meeting. Ids only, never content.
 */
@ApplicationScoped
class AgendaLive {

  @Inject private CareTeamService careTeam;
  @Inject private Event<LiveMessage> live;

  void changed(Appointment appointment) {
    var recipients = new HashSet<UUID>();
    if (appointment.kind() == Appointment.Kind.MEETING) {
      recipients.add(appointment.createdBy());
      appointment.participants().forEach(p -> recipients.add(p.professionalId()));
      for (var patient : appointment.patients()) {
        teamOf(patient.fileId(), recipients);
      }
      live.fire(
          new LiveMessage(recipients, "agenda", "{\"meetingId\":\"" + appointment.id() + "\"}"));
      return;
    }
    teamOf(appointment.fileId(), recipients);
    if (appointment.performerKind() == Appointment.PerformerKind.PROFESSIONAL) {
      recipients.add(appointment.performerId());
    }
    live.fire(
        new LiveMessage(recipients, "agenda", "{\"fileId\":\"" + appointment.fileId() + "\"}"));
  }

  private void teamOf(UUID fileId, HashSet<UUID> recipients) {
    careTeam.activeMembers(fileId).forEach(m -> recipients.add(m.professional().id()));
  }
}
