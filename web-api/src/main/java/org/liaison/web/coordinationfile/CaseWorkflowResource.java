package org.liaison.web.coordinationfile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.liaison.coordinationfile.CaseStatusChangeView;
import org.liaison.coordinationfile.ChangeCaseStatus;
import org.liaison.coordinationfile.CoordinationFileService;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;

/**
 * The case workflow of one file: its history of status changes, and the next step. A step answers
 * with the file and its new ETag.
 */
@Path("patients/{fileId}/status-changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseWorkflowResource {

  @Inject private CoordinationFileService files;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @GET
  public List<CaseStatusChangeView> history() {
    return files.history(caller, RequestParams.id("fileId", fileId));
  }

  @POST
  public Response changeStatus(
      @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ChangeCaseStatus command) {
    return PatientResource.withEtag(
        files.changeStatus(
            caller, RequestParams.id("fileId", fileId), Versions.fromIfMatch(ifMatch), command));
  }
}
