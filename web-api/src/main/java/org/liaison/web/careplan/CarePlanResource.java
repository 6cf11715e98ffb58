package org.liaison.web.careplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.liaison.careplan.ActionProgress;
import org.liaison.careplan.CarePlanService;
import org.liaison.careplan.CarePlanView;
import org.liaison.careplan.ComparisonView;
import org.liaison.careplan.EditCarePlanDraft;
import org.liaison.careplan.RecordReviewOutcome;
import org.liaison.careplan.ScheduleReview;
import org.liaison.careplan.VersionView;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;
import org.liaison.web.coordinationfile.Versions;

/**
 * The care plan (PPS) of one patient: versions, the draft, action progress, validation by the GP,
 * reviews, comparison and the printable synthesis. The ETag is the plan's revision; every change
 * sends it back in If-Match (412 when someone changed the plan meanwhile).
 */
@Path("patients/{fileId}/care-plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CarePlanResource {

  private static final String PDF = "application/pdf";

  @Inject private CarePlanService plans;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @GET
  public Response plan() {
    return withEtag(plans.plan(caller, file()));
  }

  @POST
  public Response start() {
    var plan = plans.start(caller, file());
    return Response.status(Response.Status.CREATED)
        .tag(Versions.etag(plan.revision()))
        .entity(plan)
        .build();
  }

  @PUT
  @Path("draft")
  public Response editDraft(
      @HeaderParam("If-Match") String ifMatch, @Valid @NotNull EditCarePlanDraft command) {
    return withEtag(plans.editDraft(caller, file(), Versions.fromIfMatch(ifMatch), command));
  }

  @POST
  @Path("actions/{actionId}/progress")
  public Response progress(
      @PathParam("actionId") String actionId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ActionProgress command) {
    return withEtag(
        plans.progress(
            caller,
            file(),
            RequestParams.id("actionId", actionId),
            Versions.fromIfMatch(ifMatch),
            command));
  }

  @POST
  @Path("validation")
  public Response validate(@HeaderParam("If-Match") String ifMatch) {
    return withEtag(plans.validate(caller, file(), Versions.fromIfMatch(ifMatch)));
  }

  /** The delegated structure asks the GP to validate its draft (the GP is notified). */
  @POST
  @Path("validation-request")
  public Response requestValidation() {
    return withEtag(plans.requestValidation(caller, file()));
  }

  @POST
  @Path("reviews")
  public Response scheduleReview(
      @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ScheduleReview command) {
    return withEtag(plans.scheduleReview(caller, file(), Versions.fromIfMatch(ifMatch), command));
  }

  @POST
  @Path("reviews/{reviewId}/outcome")
  public Response recordReview(
      @PathParam("reviewId") String reviewId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull RecordReviewOutcome command) {
    return withEtag(
        plans.recordReview(
            caller,
            file(),
            RequestParams.id("reviewId", reviewId),
            Versions.fromIfMatch(ifMatch),
            command));
  }

  @GET
  @Path("versions/{number}")
  public VersionView version(@PathParam("number") String number) {
    return plans.version(caller, file(), RequestParams.integer("number", number));
  }

  @GET
  @Path("comparison")
  public ComparisonView compare(@QueryParam("from") String from, @QueryParam("to") String to) {
    return plans.compare(
        caller, file(), RequestParams.integer("from", from), RequestParams.integer("to", to));
  }

  /** The one-page synthesis: HTML by default, PDF when asked by Accept or {@code ?format=pdf}. */
  @GET
  @Path("versions/{number}/synthesis")
  @Produces({MediaType.TEXT_HTML, PDF})
  public Response synthesis(
      @PathParam("number") String number,
      @QueryParam("format") String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    var n = RequestParams.integer("number", number);
    var wantsPdf =
        "pdf".equalsIgnoreCase(format)
            || (format == null && accept != null && accept.contains(PDF));
    if (wantsPdf) {
      return Response.ok(plans.synthesisPdf(caller, file(), n), PDF)
          .header("Content-Disposition", "attachment; filename=\"synthese-pps-v" + n + ".pdf\"")
          .build();
    }
    return Response.ok(plans.synthesis(caller, file(), n), MediaType.TEXT_HTML + ";charset=UTF-8")
        .build();
  }

  private UUID file() {
    return RequestParams.id("fileId", fileId);
  }

  private static Response withEtag(CarePlanView plan) {
    return Response.ok(plan).tag(Versions.etag(plan.revision())).build();
  }
}
