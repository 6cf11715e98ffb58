package org.liaison.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.liaison.directory.CurrentUserView;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.Page;
import org.liaison.web.RequestParams;

/** The directory, and who the caller is in it. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

  @Inject private DirectoryService directory;
  @Inject private Caller caller;

  @GET
  @Path("me")
  public CurrentUserView me() {
    return directory.currentUser(caller);
  }

  @GET
  @Path("directory/professionals")
  public Page<ProfessionalView> professionals(
      @QueryParam("q") @DefaultValue("") String text,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    if (text.length() > 100) {
      throw new InvalidInputException("q", "at most 100 characters");
    }
    return directory.searchProfessionals(caller, text, RequestParams.page(page, size));
  }
}
