package org.liaison.web.agenda;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.liaison.agenda.AgendaCommands.ChangeOccurrence;
import org.liaison.agenda.AgendaCommands.ScheduleAppointment;
import org.liaison.agenda.AgendaService;
import org.liaison.agenda.AgendaViews.AppointmentView;
import org.liaison.agenda.CalendarFeed;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;
import org.liaison.web.Uploads;
import org.liaison.web.coordinationfile.Versions;

/**
 * One appointment: read, changed (If-Match), cancelled, one occurrence cancelled or moved, exported
 * as iCalendar (docs/api/agenda.md).
 */
@Path("appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentResource {

  static final String ICALENDAR = "text/calendar";

  @Inject private AgendaService agenda;
  @Inject private Caller caller;

  @GET
  @Path("{id}")
  public Response appointment(@PathParam("id") String id) {
    return withEtag(Response.ok(), agenda.appointment(caller, RequestParams.id("id", id)));
  }

  @PUT
  @Path("{id}")
  public Response change(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ScheduleAppointment command) {
    return withEtag(
        Response.ok(),
        agenda.change(caller, RequestParams.id("id", id), Versions.fromIfMatch(ifMatch), command));
  }

  @DELETE
  @Path("{id}")
  public Response cancel(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    agenda.cancel(caller, RequestParams.id("id", id), Versions.fromIfMatch(ifMatch));
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/occurrences/{occurrence}")
  public Response changeOccurrence(
      @PathParam("id") String id,
      @PathParam("occurrence") String occurrence,
      @Valid @NotNull ChangeOccurrence command) {
    return withEtag(
        Response.ok(),
        agenda.changeOccurrence(
            caller,
            RequestParams.id("id", id),
            RequestParams.localDateTime("occurrence", occurrence),
            command));
  }

  @DELETE
  @Path("{id}/occurrences/{occurrence}")
  public Response restoreOccurrence(
      @PathParam("id") String id, @PathParam("occurrence") String occurrence) {
    return withEtag(
        Response.ok(),
        agenda.restoreOccurrence(
            caller,
            RequestParams.id("id", id),
            RequestParams.localDateTime("occurrence", occurrence)));
  }

  @GET
  @Path("{id}/ics")
  @Produces(ICALENDAR)
  public Response ics(@PathParam("id") String id, @QueryParam("detail") String detail) {
    var level = RequestParams.optionalEnum("detail", detail, CalendarFeed.Detail.class);
    var calendar =
        agenda.ics(
            caller,
            RequestParams.id("id", id),
            level == null ? CalendarFeed.Detail.DISCREET : level);
    return Uploads.download(
        calendar.fileName(),
        ICALENDAR + "; charset=utf-8",
        calendar.text().getBytes(StandardCharsets.UTF_8));
  }

  static Response withEtag(Response.ResponseBuilder response, AppointmentView appointment) {
    return response.entity(appointment).tag(Versions.etag(appointment.revision())).build();
  }
}
