package org.liaison.web.messaging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.liaison.kernel.Caller;
import org.liaison.messaging.ConversationViews.Summary;
import org.liaison.messaging.MessagingService;
import org.liaison.web.RequestParams;

/** The conversations about one patient, for its care team. */
@Path("patients/{fileId}/conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PatientConversationResource {

  @Inject private MessagingService messaging;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @GET
  public List<Summary> conversations() {
    return messaging.conversationsOfFile(caller, RequestParams.id("fileId", fileId));
  }
}
