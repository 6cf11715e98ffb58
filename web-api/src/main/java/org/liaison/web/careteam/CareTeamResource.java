package org.liaison.web.careteam;

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
import org.liaison.careteam.AddCareTeamMember;
import org.liaison.careteam.CareTeamMemberView;
import org.liaison.careteam.CareTeamService;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;

/** The care team of one patient. */
@Path("patients/{fileId}/care-team/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CareTeamResource {

  @Inject private CareTeamService careTeam;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @GET
  public List<CareTeamMemberView> members() {
    return careTeam.members(caller, RequestParams.id("fileId", fileId));
  }

  @POST
  public Response add(@Valid @NotNull AddCareTeamMember command) {
    var member = careTeam.addMember(caller, RequestParams.id("fileId", fileId), command);
    return Response.status(Response.Status.CREATED).entity(member).build();
  }
}
