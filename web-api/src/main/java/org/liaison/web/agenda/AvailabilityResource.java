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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.liaison.agenda.AgendaCommands.BookSlot;
import org.liaison.agenda.AgendaCommands.PublishSlots;
import org.liaison.agenda.AgendaViews.SlotView;
import org.liaison.agenda.AvailabilityService;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;

/** Availability slots and their booking, once (docs/api/agenda.md). */
@Path("availability")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

  @Inject private AvailabilityService availability;
  @Inject private Caller caller;

  @POST
  public Response publish(@Valid @NotNull PublishSlots command) {
    return Response.status(Response.Status.CREATED)
        .entity(availability.publish(caller, command))
        .build();
  }

  @GET
  public List<SlotView> slots(
      @QueryParam("professionalId") String professionalId,
      @QueryParam("structureId") String structureId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return availability.slots(
        caller,
        RequestParams.optionalId("professionalId", professionalId),
        RequestParams.optionalId("structureId", structureId),
        RequestParams.optionalDate("from", from),
        RequestParams.optionalDate("to", to));
  }

  @DELETE
  @Path("{id}")
  public Response withdraw(@PathParam("id") String id) {
    availability.withdraw(caller, RequestParams.id("id", id));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/booking")
  public Response book(@PathParam("id") String id, @Valid @NotNull BookSlot command) {
    return AppointmentResource.withEtag(
        Response.status(Response.Status.CREATED),
        availability.book(caller, RequestParams.id("id", id), command));
  }
}
