package org.liaison.web.coordinationfile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.coordinationfile.CoordinationFileService;
import org.liaison.coordinationfile.CoordinationFileView;
import org.liaison.coordinationfile.PatientIdentity;
import org.liaison.kernel.Caller;
import org.liaison.kernel.Page;
import org.liaison.web.RequestParams;

/** Coordination files, as "patients" of the caller. The ETag is the file's version. */
@Path("patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientResource {

  @Inject private CoordinationFileService files;
  @Inject private Caller caller;

  @GET
  public Page<CoordinationFileView> mine(
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    return files.mine(caller, RequestParams.page(page, size));
  }

  @POST
  public Response open(@Valid @NotNull PatientIdentity identity, @Context UriInfo uri) {
    var file = files.open(caller, identity);
    var location = uri.getAbsolutePathBuilder().path(file.id().toString()).build();
    return Response.created(location).tag(etag(file)).entity(file).build();
  }

  @GET
  @Path("{fileId}")
  public Response get(@PathParam("fileId") String fileId) {
    var file = files.get(caller, RequestParams.id("fileId", fileId));
    return Response.ok(file).tag(etag(file)).build();
  }

  @PUT
  @Path("{fileId}")
  public Response correctIdentity(
      @PathParam("fileId") String fileId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull PatientIdentity identity) {
    var file =
        files.correctIdentity(
            caller, RequestParams.id("fileId", fileId), Versions.fromIfMatch(ifMatch), identity);
    return Response.ok(file).tag(etag(file)).build();
  }

  private static EntityTag etag(CoordinationFileView file) {
    return Versions.etag(file.version());
  }
}
