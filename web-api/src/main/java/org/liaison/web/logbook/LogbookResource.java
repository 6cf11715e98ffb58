package org.liaison.web.logbook;

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
import org.liaison.kernel.Caller;
import org.liaison.kernel.Page;
import org.liaison.logbook.LogbookEntryView;
import org.liaison.logbook.LogbookService;
import org.liaison.logbook.WriteLogbookEntry;
import org.liaison.web.RequestParams;

/**
 * The logbook of one patient: newest first, paginated; append-only (a correction is a new entry);
 * read receipts and the caller's unread count.
 */
@Path("patients/{fileId}/logbook")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LogbookResource {

  @Inject private LogbookService logbook;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @GET
  @Path("entries")
  public Page<LogbookEntryView> entries(
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    return logbook.entries(
        caller, RequestParams.id("fileId", fileId), RequestParams.page(page, size));
  }

  /** The categories offered in this patient's logbook (chosen by the file's structure). */
  @GET
  @Path("categories")
  public java.util.List<org.liaison.logbook.LogbookCategory> categories() {
    return logbook.categories(caller, RequestParams.id("fileId", fileId));
  }

  /** How many entries written by others the caller has not read yet. */
  @GET
  @Path("unread")
  public java.util.Map<String, Long> unread() {
    return java.util.Map.of("count", logbook.unread(caller, RequestParams.id("fileId", fileId)));
  }

  /** Writes an entry; with a client key already used, returns the entry written the first time. */
  @POST
  @Path("entries")
  public Response write(@Valid @NotNull WriteLogbookEntry command) {
    var entry = logbook.write(caller, RequestParams.id("fileId", fileId), command);
    return Response.status(Response.Status.CREATED).entity(entry).build();
  }
}
