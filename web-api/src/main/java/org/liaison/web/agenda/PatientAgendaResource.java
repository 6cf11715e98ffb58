package org.liaison.web.agenda;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.liaison.agenda.AgendaService;
import org.liaison.agenda.AgendaViews.OccurrenceView;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;

/** A patient's agenda, for the care team (docs/api/agenda.md). */
@Path("patients/{fileId}/agenda")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PatientAgendaResource {

  @Inject private AgendaService agenda;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @GET
  public List<OccurrenceView> occurrences(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return agenda.patientAgenda(
        caller,
        RequestParams.id("fileId", fileId),
        RequestParams.optionalDate("from", from),
        RequestParams.optionalDate("to", to));
  }
}
