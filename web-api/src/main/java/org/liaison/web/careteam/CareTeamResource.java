package org.liaison.web.careteam;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.liaison.careteam.AddCareTeamMember;
import org.liaison.careteam.CarePlanDelegationView;
import org.liaison.careteam.CareTeamMemberView;
import org.liaison.careteam.CareTeamService;
import org.liaison.careteam.ChangeMembershipPeriod;
import org.liaison.careteam.EndMembership;
import org.liaison.careteam.InvitationView;
import org.liaison.careteam.InviteToCareTeam;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;
import org.liaison.web.coordinationfile.Versions;

/** The care team of one patient: members, invitations, delegation of the care plan. */
@Path("patients/{fileId}/care-team")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CareTeamResource {

  @Inject private CareTeamService careTeam;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @GET
  @Path("members")
  public List<CareTeamMemberView> members() {
    return careTeam.members(caller, file());
  }

  @POST
  @Path("members")
  public Response add(@Valid @NotNull AddCareTeamMember command) {
    var member = careTeam.addMember(caller, file(), command);
    return Response.status(Response.Status.CREATED)
        .tag(Versions.etag(member.version()))
        .entity(member)
        .build();
  }

  @PUT
  @Path("members/{memberId}")
  public Response changePeriod(
      @PathParam("memberId") String memberId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ChangeMembershipPeriod command) {
    var member =
        careTeam.changePeriod(
            caller,
            file(),
            RequestParams.id("memberId", memberId),
            Versions.fromIfMatch(ifMatch),
            command);
    return Response.ok(member).tag(Versions.etag(member.version())).build();
  }

  /** Removal by the case manager; the body (a reason) is optional. */
  @POST
  @Path("members/{memberId}/removal")
  public CareTeamMemberView remove(
      @PathParam("memberId") String memberId, @Valid EndMembership command) {
    return careTeam.removeMember(
        caller, file(), RequestParams.id("memberId", memberId), orNone(command));
  }

  @POST
  @Path("leave")
  public Response leave(@Valid EndMembership command) {
    careTeam.leave(caller, file(), orNone(command));
    return Response.noContent().build();
  }

  @GET
  @Path("invitations")
  public List<InvitationView> invitations() {
    return careTeam.invitations(caller, file());
  }

  @POST
  @Path("invitations")
  public Response invite(@Valid @NotNull InviteToCareTeam command) {
    var invitation = careTeam.invite(caller, file(), command);
    return Response.status(Response.Status.CREATED).entity(invitation).build();
  }

  @DELETE
  @Path("invitations/{invitationId}")
  public InvitationView cancelInvitation(@PathParam("invitationId") String invitationId) {
    return careTeam.cancelInvitation(
        caller, file(), RequestParams.id("invitationId", invitationId));
  }

  /** The open delegation of care-plan authoring, or 204 when there is none. */
  @GET
  @Path("delegation")
  public Response delegation() {
    CarePlanDelegationView delegation = careTeam.delegation(caller, file());
    return delegation == null ? Response.noContent().build() : Response.ok(delegation).build();
  }

  @POST
  @Path("delegation")
  public Response delegate() {
    var delegation = careTeam.delegateCarePlan(caller, file());
    return Response.status(Response.Status.CREATED).entity(delegation).build();
  }

  @DELETE
  @Path("delegation")
  public Response revokeDelegation() {
    careTeam.revokeCarePlanDelegation(caller, file());
    return Response.noContent().build();
  }

  private UUID file() {
    return RequestParams.id("fileId", fileId);
  }

  private static EndMembership orNone(EndMembership command) {
    return command == null ? new EndMembership(null) : command;
  }
}
