package org.liaison.web.messaging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.kernel.Caller;
import org.liaison.kernel.Page;
import org.liaison.messaging.ConversationViews.Detail;
import org.liaison.messaging.ConversationViews.MessageView;
import org.liaison.messaging.ConversationViews.Summary;
import org.liaison.messaging.MessagingCommands.AddMembers;
import org.liaison.messaging.MessagingCommands.CallResourceTeam;
import org.liaison.messaging.MessagingCommands.CopyToLogbook;
import org.liaison.messaging.MessagingCommands.HandOver;
import org.liaison.messaging.MessagingService;
import org.liaison.messaging.PostMessage;
import org.liaison.messaging.StartConversation;
import org.liaison.web.RequestParams;

/** The caller's conversations (docs/api/messaging.md). */
@Path("conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConversationResource {

  @Inject private MessagingService messaging;
  @Inject private Caller caller;

  @GET
  public List<Summary> conversations() {
    return messaging.conversations(caller);
  }

  @GET
  @Path("unread")
  public Map<String, Long> unread() {
    return Map.of("count", messaging.unread(caller));
  }

  @POST
  public Response start(@Valid @NotNull StartConversation command) {
    return Response.status(Response.Status.CREATED)
        .entity(messaging.start(caller, command))
        .build();
  }

  @GET
  @Path("{id}")
  public Detail conversation(@PathParam("id") String id) {
    return messaging.conversation(caller, id(id));
  }

  @GET
  @Path("{id}/messages")
  public Page<MessageView> messages(
      @PathParam("id") String id,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("30") String size) {
    return messaging.messages(caller, id(id), RequestParams.page(page, size));
  }

  @POST
  @Path("{id}/messages")
  public Response post(@PathParam("id") String id, @Valid @NotNull PostMessage command) {
    return Response.status(Response.Status.CREATED)
        .entity(messaging.post(caller, id(id), command))
        .build();
  }

  @POST
  @Path("{id}/members")
  public Detail addMembers(@PathParam("id") String id, @Valid @NotNull AddMembers command) {
    return messaging.addMembers(caller, id(id), command);
  }

  @POST
  @Path("{id}/resource-teams")
  public Detail callResourceTeam(
      @PathParam("id") String id, @Valid @NotNull CallResourceTeam command) {
    return messaging.callResourceTeam(caller, id(id), command);
  }

  @POST
  @Path("{id}/delegation")
  public Detail handOver(@PathParam("id") String id, @Valid @NotNull HandOver command) {
    return messaging.handOver(caller, id(id), command);
  }

  @POST
  @Path("{id}/messages/{messageId}/logbook-entry")
  public Response copyToLogbook(
      @PathParam("id") String id,
      @PathParam("messageId") String messageId,
      @Valid @NotNull CopyToLogbook command) {
    return Response.status(Response.Status.CREATED)
        .entity(
            messaging.copyToLogbook(
                caller, id(id), RequestParams.id("messageId", messageId), command))
        .build();
  }

  private static UUID id(String raw) {
    return RequestParams.id("id", raw);
  }
}
