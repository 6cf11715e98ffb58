package org.liaison.web.agenda;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.liaison.agenda.CalendarFeedService;

/**
 * The private iCalendar feeds, fetched by calendar applications without a login: the secret in the
 * URL is the credential (web.xml leaves this path open). Unknown or revoked: 404.
 */
@Path("ical")
@RequestScoped
public class CalendarFeedResource {

  @Inject private CalendarFeedService feeds;

  @GET
  @Path("{token}.ics")
  @Produces(AppointmentResource.ICALENDAR)
  public Response calendar(@PathParam("token") String token) {
    return Response.ok(feeds.calendar(token), AppointmentResource.ICALENDAR + "; charset=utf-8")
        .header("Cache-Control", "private, no-cache")
        .build();
  }
}
