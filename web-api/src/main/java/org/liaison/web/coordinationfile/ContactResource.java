package org.liaison.web.coordinationfile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.liaison.coordinationfile.AddContact;
import org.liaison.coordinationfile.CoordinationFileService;
import org.liaison.coordinationfile.FileContactView;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;

/** Contacts and family caregivers of one patient. */
@Path("patients/{fileId}/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {

  @Inject private CoordinationFileService files;
  @Inject private Caller caller;

  @PathParam("fileId")
  private String fileId;

  @GET
  public List<FileContactView> contacts() {
    return files.contacts(caller, RequestParams.id("fileId", fileId));
  }

  @POST
  public Response add(@Valid @NotNull AddContact command) {
    var contact = files.addContact(caller, RequestParams.id("fileId", fileId), command);
    return Response.status(Response.Status.CREATED).entity(contact).build();
  }

  @DELETE
  @Path("{contactId}")
  public Response remove(@PathParam("contactId") String contactId) {
    files.removeContact(
        caller, RequestParams.id("fileId", fileId), RequestParams.id("contactId", contactId));
    return Response.noContent().build();
  }
}
