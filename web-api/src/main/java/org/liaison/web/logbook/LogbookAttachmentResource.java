package org.liaison.web.logbook;

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
import org.liaison.logbook.AttachmentView;
import org.liaison.logbook.LogbookService;
import org.liaison.web.RequestParams;
import org.liaison.web.Uploads;

/**
 * Photos and PDF joined to logbook entries: uploaded as the raw body (any declared type: the server
 * finds the real one in the content), then named by the entry; read by the team only.
 */
@Path("patients/{fileId}/logbook/attachments")
@RequestScoped
public class LogbookAttachmentResource {

  @Inject private LogbookService logbook;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(@QueryParam("name") String name, InputStream body) throws IOException {
    AttachmentView view =
        logbook.upload(caller, RequestParams.id("fileId", fileId), name, Uploads.read(body));
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @GET
  @Path("{attachmentId}")
  public Response download(@PathParam("attachmentId") String attachmentId) {
    var attachment =
        logbook.attachment(
            caller,
            RequestParams.id("fileId", fileId),
            RequestParams.id("attachmentId", attachmentId));
    return Uploads.download(attachment.name(), attachment.mediaType(), attachment.content());
  }
}
