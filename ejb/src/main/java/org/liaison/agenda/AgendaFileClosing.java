package org.liaison.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.coordinationfile.CoordinationFileClosed;

/**
 * A patient's file was closed: in the same transaction, what was to come for him goes. His
 * appointments still to come are cancelled, a series under way ends with its last occurrence, and
 * he leaves the meetings to come; a meeting about nobody else is cancelled and its participants are
 * told. The confirmation screen listed them first (docs/workflows.md).
 */
@ApplicationScoped
class AgendaFileClosing {

  @Inject private AgendaRepository repository;
  @Inject private AgendaLive live;
  @Inject private MeetingCancellations cancellations;
  @Inject private AuditTrail audit;

  void fileClosed(@Observes CoordinationFileClosed closed) {
    for (var a : repository.notOverOfFile(closed.fileId(), closed.at())) {
      var meeting = a.kind() == Appointment.Kind.MEETING;
      var changed =
          meeting ? a.withoutPatient(closed.fileId(), closed.at()) : a.endBefore(closed.at());
      if (!changed) {
        continue;
      }
      audit.record(
          closed.by(),
          closed.fileId(),
          AuditAction.UPDATE,
          AgendaService.RESOURCE,
          (meeting ? "meeting " : "appointment ")
              + a.id()
              + (a.isCancelled() ? " cancelled" : meeting ? " without the patient" : " ended")
              + ": file closed");
      if (meeting && a.isCancelled()) {
        cancellations.told(a, closed.byName());
      } else {
        live.changed(a);
      }
    }
  }
}
