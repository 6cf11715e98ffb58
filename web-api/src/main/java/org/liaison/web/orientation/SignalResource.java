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
import org.liaison.coordinationfile.AnswerSignal;
import org.liaison.coordinationfile.SendSignal;
import org.liaison.coordinationfile.SignalService;
import org.liaison.coordinationfile.SignalView;
import org.liaison.forms.SignalForm;
import org.liaison.kernel.Caller;
import org.liaison.kernel.Page;
import org.liaison.web.RequestParams;
import org.liaison.web.coordinationfile.Versions;

/**
 * Signals (signalements) of a person without a file to a coordination structure: sent by any
 * professional, answered by the structure. The ETag of a signal is its version.
 */
@Path("signals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignalResource {

  @Inject private SignalService signals;
  @Inject private Caller caller;

  /** The orientation form of the structure to signal to. */
  @GET
  @Path("form")
  public SignalForm form(@QueryParam("structure") String structure) {
    return signals.form(caller, RequestParams.id("structure", structure));
  }

  @POST
  public Response send(@Valid @NotNull SendSignal command) {
    var signal = signals.send(caller, command);
    return Response.status(Response.Status.CREATED)
        .tag(Versions.etag(signal.version()))
        .entity(signal)
        .build();
  }

  /** The signals the caller sent. */
  @GET
  @Path("sent")
  public Page<SignalView> sent(
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    return signals.sent(caller, RequestParams.page(page, size));
  }

  /** The signals the caller's structure received. */
  @GET
  @Path("incoming")
  public Page<SignalView> incoming(
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    return signals.incoming(caller, RequestParams.page(page, size));
  }

  @GET
  @Path("{signalId}")
  public Response get(@PathParam("signalId") String signalId) {
    var signal = signals.get(caller, RequestParams.id("signalId", signalId));
    return Response.ok(signal).tag(Versions.etag(signal.version())).build();
  }

  @POST
  @Path("{signalId}/answer")
  public Response answer(
      @PathParam("signalId") String signalId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull AnswerSignal command) {
    var signal =
        signals.answer(
            caller, RequestParams.id("signalId", signalId), Versions.fromIfMatch(ifMatch), command);
    return Response.ok(signal).tag(Versions.etag(signal.version())).build();
  }
}
