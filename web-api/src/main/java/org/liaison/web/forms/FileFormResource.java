package org.liaison.web.forms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.liaison.forms.FormService;
import org.liaison.forms.FormSummaryView;
import org.liaison.forms.FormVersionView;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;

/** The published forms that may be filled in one patient's file. */
@Path("patients/{fileId}/forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FileFormResource {

  @Inject private FormService forms;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  /** The published forms of the file's structure, to fill. */
  @GET
  public List<FormSummaryView> fillable() {
    return forms.formsForFile(caller, RequestParams.id("fileId", fileId));
  }

  @GET
  @Path("{formId}")
  public FormVersionView toFill(@PathParam("formId") String formId) {
    return forms.versionToFill(
        caller, RequestParams.id("fileId", fileId), RequestParams.id("formId", formId));
  }
}
