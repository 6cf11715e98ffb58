package org.liaison.web.agenda;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.liaison.agenda.AgendaCommands.AnswerInvitation;
import org.liaison.agenda.AgendaCommands.RecordDecisions;
import org.liaison.agenda.AgendaCommands.ScheduleMeeting;
import org.liaison.agenda.AgendaViews.InvitationView;
import org.liaison.agenda.AgendaViews.MeetingView;
import org.liaison.agenda.MeetingService;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;

/** Multidisciplinary meetings (RCP): invitations, answers, decisions (docs/api/agenda.md). */
@Path("meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

  @Inject private MeetingService meetings;
  @Inject private Caller caller;

  @POST
  public Response schedule(@Valid @NotNull ScheduleMeeting command) {
    return Response.status(Response.Status.CREATED)
        .entity(meetings.schedule(caller, command))
        .build();
  }

  /** The meetings not over yet I am invited to and have not answered, soonest first. */
  @GET
  @Path("invitations")
  public List<InvitationView> invitationsToAnswer() {
    return meetings.invitationsToAnswer(caller);
  }

  @GET
  @Path("{id}")
  public MeetingView meeting(@PathParam("id") String id) {
    return meetings.meeting(caller, RequestParams.id("id", id));
  }

  @POST
  @Path("{id}/answer")
  public MeetingView answer(@PathParam("id") String id, @Valid @NotNull AnswerInvitation command) {
    return meetings.answer(caller, RequestParams.id("id", id), command);
  }

  @POST
  @Path("{id}/decisions")
  public MeetingView decide(@PathParam("id") String id, @Valid @NotNull RecordDecisions command) {
    return meetings.recordDecisions(caller, RequestParams.id("id", id), command);
  }

  @DELETE
  @Path("{id}")
  public Response cancel(@PathParam("id") String id) {
    meetings.cancel(caller, RequestParams.id("id", id));
    return Response.noContent().build();
  }
}
