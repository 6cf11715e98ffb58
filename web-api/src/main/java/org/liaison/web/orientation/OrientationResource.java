package org.liaison.web.orientation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.liaison.coordinationfile.AnswerOrientationRequest;
import org.liaison.coordinationfile.OrientationRequestView;
import org.liaison.coordinationfile.OrientationService;
import org.liaison.kernel.Caller;
import org.liaison.kernel.Page;
import org.liaison.web.RequestParams;
import org.liaison.web.coordinationfile.Versions;

/**
 * Orientation and admission requests: sent from a patient's file, received by a structure. The ETag
 * of a request is its version.
 */
@Path("orientation-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrientationResource {

  @Inject private OrientationService orientation;
  @Inject private Caller caller;

  /** The requests the caller's structure received. */
  @GET
  @Path("incoming")
  public Page<OrientationRequestView> incoming(
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    return orientation.incoming(caller, RequestParams.page(page, size));
  }

  @GET
  @Path("{requestId}")
  public Response get(@PathParam("requestId") String requestId) {
    var request = orientation.get(caller, RequestParams.id("requestId", requestId));
    return Response.ok(request).tag(Versions.etag(request.version())).build();
  }

  @POST
  @Path("{requestId}/answer")
  public Response answer(
      @PathParam("requestId") String requestId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull AnswerOrientationRequest command) {
    var request =
        orientation.answer(
            caller,
            RequestParams.id("requestId", requestId),
            Versions.fromIfMatch(ifMatch),
            command);
    return Response.ok(request).tag(Versions.etag(request.version())).build();
  }
}
