package org.liaison.web.agenda;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.liaison.agenda.AgendaCommands.ScheduleAppointment;
import org.liaison.agenda.AgendaService;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;

/** New appointments and visits of a patient (docs/api/agenda.md). */
@Path("patients/{fileId}/appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientAppointmentResource {

  @Inject private AgendaService agenda;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @POST
  public Response schedule(@Valid @NotNull ScheduleAppointment command) {
    return AppointmentResource.withEtag(
        Response.status(Response.Status.CREATED),
        agenda.schedule(caller, RequestParams.id("fileId", fileId), command));
  }
}
