package org.liaison.web.forms;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.liaison.forms.FillForm;
import org.liaison.forms.FormService;
import org.liaison.forms.StartSubmission;
import org.liaison.forms.SubmissionView;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;
import org.liaison.web.coordinationfile.Versions;

/** The forms filled in one patient's file. The ETag of a submission is its version. */
@Path("patients/{fileId}/form-submissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubmissionResource {

  @Inject private FormService forms;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @GET
  public List<SubmissionView> submissions() {
    return forms.submissions(caller, file());
  }

  @POST
  public Response start(@Valid @NotNull StartSubmission command) {
    var submission = forms.start(caller, file(), command);
    return Response.status(Response.Status.CREATED)
        .tag(Versions.etag(submission.version()))
        .entity(submission)
        .build();
  }

  @GET
  @Path("{submissionId}")
  public Response submission(@PathParam("submissionId") String submissionId) {
    var submission = forms.submission(caller, file(), submissionId(submissionId));
    return Response.ok(submission).tag(Versions.etag(submission.version())).build();
  }

  @PUT
  @Path("{submissionId}")
  public Response fill(
      @PathParam("submissionId") String submissionId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull FillForm command) {
    var submission =
        forms.update(
            caller, file(), submissionId(submissionId), Versions.fromIfMatch(ifMatch), command);
    return Response.ok(submission).tag(Versions.etag(submission.version())).build();
  }

  /** A submission as a FHIR R4 QuestionnaireResponse. */
  @GET
  @Path("{submissionId}/fhir")
  @Produces({FormResource.FHIR_JSON, MediaType.APPLICATION_JSON})
  public Response questionnaireResponse(@PathParam("submissionId") String submissionId) {
    var json = forms.questionnaireResponse(caller, file(), submissionId(submissionId));
    return Response.ok(json, FormResource.FHIR_JSON + ";charset=UTF-8").build();
  }

  private UUID file() {
    return RequestParams.id("fileId", fileId);
  }

  private static UUID submissionId(String raw) {
    return RequestParams.id("submissionId", raw);
  }
}
