package org.liaison.web.orientation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.liaison.coordinationfile.OrientationRequestView;
import org.liaison.coordinationfile.OrientationService;
import org.liaison.coordinationfile.SendOrientationRequest;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;
import org.liaison.web.coordinationfile.Versions;

/** The orientation and admission requests sent from one patient's file. */
@Path("patients/{fileId}/orientation-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FileOrientationResource {

  @Inject private OrientationService orientation;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @GET
  public List<OrientationRequestView> ofFile() {
    return orientation.ofFile(caller, RequestParams.id("fileId", fileId));
  }

  @POST
  public Response send(@Valid @NotNull SendOrientationRequest command) {
    var request = orientation.send(caller, RequestParams.id("fileId", fileId), command);
    return Response.status(Response.Status.CREATED)
        .tag(Versions.etag(request.version()))
        .entity(request)
        .build();
  }
}
