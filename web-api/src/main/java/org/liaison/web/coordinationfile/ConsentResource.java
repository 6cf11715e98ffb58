package org.liaison.web.coordinationfile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.liaison.coordinationfile.CoordinationFileService;
import org.liaison.coordinationfile.GiveConsent;
import org.liaison.coordinationfile.WithdrawConsent;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;

/** Consent to share the patient's data: given, withdrawn. Answers with the file and its ETag. */
@Path("patients/{fileId}/consent")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {

  @Inject private CoordinationFileService files;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @POST
  public Response give(@Valid @NotNull GiveConsent command) {
    return PatientResource.withEtag(
        files.giveConsent(caller, RequestParams.id("fileId", fileId), command));
  }

  @POST
  @Path("withdrawal")
  public Response withdraw(@Valid @NotNull WithdrawConsent command) {
    return PatientResource.withEtag(
        files.withdrawConsent(caller, RequestParams.id("fileId", fileId), command));
  }
}
