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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.liaison.kernel.BusinessException;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ProblemKind;
import org.liaison.logbook.AttachmentView;
import org.liaison.logbook.LogbookService;
import org.liaison.web.RequestParams;

/**
 * Photos and PDF joined to logbook entries: uploaded as the raw body (any declared type: the server
 * finds the real one in the content), then named by the entry; read by the team only.
 */
@Path("patients/{fileId}/logbook/attachments")
@RequestScoped
public class LogbookAttachmentResource {

  /** Read at most this much: one byte more than the domain accepts is enough to refuse. */
  private static final int READ_LIMIT = 10 * 1024 * 1024 + 1;

  @Inject private LogbookService logbook;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(@QueryParam("name") String name, InputStream body) throws IOException {
    var content = body.readNBytes(READ_LIMIT);
    if (content.length == READ_LIMIT) {
      throw new BusinessException(
          ProblemKind.TOO_LARGE,
          "attachment-too-large",
          "A file joined to the logbook is at most 10 MB.",
          List.of());
    }
    AttachmentView view = logbook.upload(caller, RequestParams.id("fileId", fileId), name, content);
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
    var encoded = URLEncoder.encode(attachment.name(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(attachment.content(), attachment.mediaType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
