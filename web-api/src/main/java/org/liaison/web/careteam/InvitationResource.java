package org.liaison.web.careteam;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.liaison.careteam.CareTeamService;
import org.liaison.careteam.InvitationPreview;
import org.liaison.kernel.Caller;
import org.liaison.kernel.InvalidInputException;

/** An invitation link, as its (logged-in) holder follows it: see, accept or decline. */
@Path("invitations/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

  @Inject private CareTeamService careTeam;
  @Inject private Caller caller;

  @PathParam("token")
  private String token;

  @GET
  public InvitationPreview preview() {
    return careTeam.previewInvitation(caller, token());
  }

  @POST
  @Path("acceptance")
  public Map<String, Object> accept() {
    return Map.of("fileId", careTeam.acceptInvitation(caller, token()));
  }

  @POST
  @Path("refusal")
  public Response decline() {
    careTeam.declineInvitation(caller, token());
    return Response.noContent().build();
  }

  private String token() {
    if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
      throw new InvalidInputException("token", "not an invitation link");
    }
    return token;
  }
}
