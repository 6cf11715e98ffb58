package org.liaison.web.agenda;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.liaison.agenda.AgendaCommands.FeedSettings;
import org.liaison.agenda.AgendaService;
import org.liaison.agenda.AgendaViews.FeedView;
import org.liaison.agenda.AgendaViews.OccurrenceView;
import org.liaison.agenda.CalendarFeedService;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;

/** The caller's own agenda and its private iCalendar subscription (docs/api/agenda.md). */
@Path("agenda")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgendaResource {

  @Inject private AgendaService agenda;
  @Inject private CalendarFeedService feeds;
  @Inject private Caller caller;

  @GET
  public List<OccurrenceView> mine(@QueryParam("from") String from, @QueryParam("to") String to) {
    return agenda.myAgenda(
        caller, RequestParams.optionalDate("from", from), RequestParams.optionalDate("to", to));
  }

  @GET
  @Path("feed")
  public FeedView feed() {
    return feeds.feed(caller);
  }

  @POST
  @Path("feed")
  public Response createFeed(FeedSettings settings) {
    return Response.status(Response.Status.CREATED).entity(feeds.create(caller, settings)).build();
  }

  @PUT
  @Path("feed")
  public FeedView changeFeed(FeedSettings settings) {
    return feeds.change(caller, settings);
  }

  @DELETE
  @Path("feed")
  public Response revokeFeed() {
    feeds.revoke(caller);
    return Response.noContent().build();
  }
}
