package org.liaison.web.directory;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.liaison.directory.AddHealthcareService;
import org.liaison.directory.CurrentUserView;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.HealthcareServiceView;
import org.liaison.directory.ImportReport;
import org.liaison.directory.Profession;
import org.liaison.directory.ProfessionalDetails;
import org.liaison.directory.ProfessionalQuery;
import org.liaison.directory.ProfessionalView;
import org.liaison.directory.StructureDetailView;
import org.liaison.directory.StructureType;
import org.liaison.directory.StructureView;
import org.liaison.kernel.BusinessException.FieldError;
import org.liaison.kernel.Caller;
import org.liaison.kernel.Page;
import org.liaison.web.RequestParams;
import org.liaison.web.coordinationfile.Versions;
import org.liaison.web.problem.Problem;
import org.liaison.web.problem.ProblemResponses;

/** The directory (structures, their services and professionals), and who the caller is in it. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryResource {

  @Inject private DirectoryService directory;
  @Inject private Caller caller;

  @GET
  @Path("me")
  public CurrentUserView me() {
    return directory.currentUser(caller);
  }

  @GET
  @Path("directory/professionals")
  public Page<ProfessionalView> professionals(
      @QueryParam("q") String text,
      @QueryParam("profession") String profession,
      @QueryParam("commune") String commune,
      @QueryParam("structureId") String structureId,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    var query =
        new ProfessionalQuery(
            RequestParams.optionalText("q", text, 100),
            RequestParams.optionalEnum("profession", profession, Profession.class),
            RequestParams.optionalText("commune", commune, 100),
            RequestParams.optionalId("structureId", structureId));
    return directory.searchProfessionals(caller, query, RequestParams.page(page, size));
  }

  @GET
  @Path("directory/professionals/{id}")
  public Response professional(@PathParam("id") String id) {
    var professional = directory.professional(caller, RequestParams.id("id", id));
    return Response.ok(professional).tag(Versions.etag(professional.version())).build();
  }

  @PUT
  @Path("directory/professionals/{id}")
  public Response updateProfessional(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ProfessionalDetails details) {
    var professional =
        directory.updateProfessional(
            caller, RequestParams.id("id", id), Versions.fromIfMatch(ifMatch), details);
    return Response.ok(professional).tag(Versions.etag(professional.version())).build();
  }

  @GET
  @Path("directory/structures")
  public Page<StructureView> structures(
      @QueryParam("q") String text,
      @QueryParam("type") String type,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    return directory.searchStructures(
        caller,
        RequestParams.optionalText("q", text, 100),
        RequestParams.optionalEnum("type", type, StructureType.class),
        RequestParams.page(page, size));
  }

  @GET
  @Path("directory/structures/{id}")
  public StructureDetailView structure(@PathParam("id") String id) {
    return directory.structure(caller, RequestParams.id("id", id));
  }

  @POST
  @Path("directory/structures/{id}/services")
  public Response addService(
      @PathParam("id") String id, @Valid @NotNull AddHealthcareService command) {
    HealthcareServiceView service =
        directory.addService(caller, RequestParams.id("id", id), command);
    return Response.status(Response.Status.CREATED).entity(service).build();
  }

  @POST
  @Path("directory/structures/{id}/professionals")
  public Response createProfessional(
      @PathParam("id") String id, @Valid @NotNull ProfessionalDetails details) {
    var professional = directory.createProfessional(caller, RequestParams.id("id", id), details);
    return Response.status(Response.Status.CREATED)
        .tag(Versions.etag(professional.version()))
        .entity(professional)
        .build();
  }

  /**
   * CSV import of professionals into the structure: 200 with the report when every line was
   * imported, 400 with the same report (nothing imported) when a line is wrong.
   */
  @POST
  @Path("directory/structures/{id}/professionals/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public Response importProfessionals(@PathParam("id") String id, String csv) {
    ImportReport report = directory.importProfessionals(caller, RequestParams.id("id", id), csv);
    if (report.errors().isEmpty()) {
      return Response.ok(report).build();
    }
    var errors =
        report.errors().stream()
            .map(e -> new FieldError("line " + e.line() + ": " + e.field(), e.message()))
            .toList();
    return ProblemResponses.of(
        Problem.of(
                "invalid-input",
                "Invalid input",
                400,
                report.errors().size() + " wrong line(s): nothing was imported.",
                errors)
            .withExtensions(java.util.Map.of("lineErrors", report.errors())));
  }
}
