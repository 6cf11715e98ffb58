package org.liaison.web.logbook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.liaison.kernel.Caller;
import org.liaison.logbook.LogbookCategory;
import org.liaison.logbook.LogbookService;
import org.liaison.web.RequestParams;

/** The logbook categories a structure offers in its patients' logbooks; its admins choose them. */
@Path("directory/structures/{structureId}/logbook-categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LogbookCategoryResource {

  /** Command: the categories, in the order the logbook form shows them. */
  public record CategoryChoice(@NotNull List<@NotNull LogbookCategory> categories) {}

  @Inject private LogbookService logbook;
  @Inject private Caller caller;

  @PathParam("structureId")
  private String structureId;

  @GET
  public CategoryChoice categories() {
    return new CategoryChoice(
        logbook.structureCategories(caller, RequestParams.id("structureId", structureId)));
  }

  @PUT
  public CategoryChoice choose(@Valid @NotNull CategoryChoice choice) {
    return new CategoryChoice(
        logbook.chooseCategories(
            caller, RequestParams.id("structureId", structureId), choice.categories()));
  }
}
