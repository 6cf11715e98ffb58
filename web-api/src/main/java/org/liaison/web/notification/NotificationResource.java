package org.liaison.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.liaison.kernel.Caller;
import org.liaison.kernel.Page;
import org.liaison.notification.NotificationPreferences;
import org.liaison.notification.NotificationService;
import org.liaison.notification.NotificationView;
import org.liaison.web.RequestParams;

/** The caller's notifications, newest first, with the unread count. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  @Inject private NotificationService notifications;
  @Inject private Caller caller;

  @GET
  public Page<NotificationView> mine(
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    return notifications.mine(caller, RequestParams.page(page, size));
  }

  @GET
  @Path("unread")
  public Map<String, Long> unread() {
    return Map.of("count", notifications.unread(caller));
  }

  @POST
  @Path("{id}/read")
  public NotificationView read(@PathParam("id") String id) {
    return notifications.markRead(caller, RequestParams.id("id", id));
  }

  @GET
  @Path("preferences")
  public NotificationPreferences preferences() {
    return notifications.preferences(caller);
  }

  @PUT
  @Path("preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  public NotificationPreferences changePreferences(@Valid @NotNull NotificationPreferences prefs) {
    return notifications.changePreferences(caller, prefs);
  }

  @POST
  @Path("read")
  public Response readAll() {
    notifications.markAllRead(caller);
    return Response.noContent().build();
  }
}
