package org.liaison.web.messaging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.liaison.kernel.Caller;
import org.liaison.messaging.MessagingService;
import org.liaison.web.RequestParams;
import org.liaison.web.Uploads;

/** Photos and PDF joined to messages: uploaded raw, named by the message, read by the members. */
@Path("conversations/{id}/attachments")
@RequestScoped
public class ConversationAttachmentResource {

  @Inject private MessagingService messaging;
  @Inject private Caller caller;

  @PathParam("id")
  private String id;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(@QueryParam("name") String name, InputStream body) throws IOException {
    var view = messaging.upload(caller, RequestParams.id("id", id), name, Uploads.read(body));
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @GET
  @Path("{attachmentId}")
  public Response download(@PathParam("attachmentId") String attachmentId) {
    var file =
        messaging.attachment(
            caller, RequestParams.id("id", id), RequestParams.id("attachmentId", attachmentId));
    return Uploads.download(file.name(), file.mediaType(), file.content());
  }
}
