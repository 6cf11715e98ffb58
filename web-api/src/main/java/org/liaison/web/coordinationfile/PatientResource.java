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
import java.util.List;
import org.liaison.coordinationfile.BreakGlass;
import org.liaison.coordinationfile.CaseStatus;
import org.liaison.coordinationfile.CoordinationDetails;
import org.liaison.coordinationfile.CoordinationFileService;
import org.liaison.coordinationfile.CoordinationFileView;
import org.liaison.coordinationfile.FileSearch;
import org.liaison.coordinationfile.OpenCoordinationFile;
import org.liaison.coordinationfile.PatientIdentity;
import org.liaison.coordinationfile.PossibleDuplicate;
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
  public Page<CoordinationFileView> search(
      @QueryParam("q") String name,
      @QueryParam("birthDate") String birthDate,
      @QueryParam("ins") String ins,
      @QueryParam("status") String status,
      @QueryParam("caseManagerId") String caseManagerId,
      @QueryParam("area") String area,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    var search =
        new FileSearch(
            RequestParams.optionalText("q", name, 100),
            RequestParams.optionalDate("birthDate", birthDate),
            RequestParams.optionalText("ins", ins, 20),
            RequestParams.optionalEnum("status", status, CaseStatus.class),
            RequestParams.optionalId("caseManagerId", caseManagerId),
            RequestParams.optionalText("area", area, 100));
    return files.search(caller, search, RequestParams.page(page, size));
  }

  @POST
  public Response open(@Valid @NotNull OpenCoordinationFile command, @Context UriInfo uri) {
    var file = files.open(caller, command);
    var location = uri.getAbsolutePathBuilder().path(file.id().toString()).build();
    return Response.created(location).tag(etag(file)).entity(file).build();
  }

  @GET
  @Path("{fileId}")
  public Response get(@PathParam("fileId") String fileId) {
    return withEtag(files.get(caller, RequestParams.id("fileId", fileId)));
  }

  @PUT
  @Path("{fileId}")
  public Response correctIdentity(
      @PathParam("fileId") String fileId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull PatientIdentity identity) {
    return withEtag(
        files.correctIdentity(
            caller, RequestParams.id("fileId", fileId), Versions.fromIfMatch(ifMatch), identity));
  }

  @PUT
  @Path("{fileId}/coordination")
  public Response changeCoordination(
      @PathParam("fileId") String fileId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull CoordinationDetails details) {
    return withEtag(
        files.changeCoordination(
            caller, RequestParams.id("fileId", fileId), Versions.fromIfMatch(ifMatch), details));
  }

  /** Before opening a file: the files that may already be about the same person. */
  @GET
  @Path("duplicates")
  public List<PossibleDuplicate> possibleDuplicates(
      @QueryParam("lastName") String lastName,
      @QueryParam("firstName") String firstName,
      @QueryParam("birthDate") String birthDate,
      @QueryParam("ins") String ins) {
    return files.possibleDuplicates(
        caller,
        RequestParams.optionalText("lastName", lastName, 100),
        RequestParams.optionalText("firstName", firstName, 100),
        RequestParams.optionalDate("birthDate", birthDate),
        RequestParams.optionalText("ins", ins, 20));
  }

  /** Break-glass: open, in an emergency, a file of one's structure outside one's teams. */
  @POST
  @Path("emergency-access")
  public List<CoordinationFileView> breakGlass(@Valid @NotNull BreakGlass command) {
    return files.breakGlass(caller, command);
  }

  static Response withEtag(CoordinationFileView file) {
    return Response.ok(file).tag(etag(file)).build();
  }

  private static EntityTag etag(CoordinationFileView file) {
    return Versions.etag(file.version());
  }
}
