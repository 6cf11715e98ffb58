package org.liaison.web.forms;

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
import org.liaison.forms.FormCommand;
import org.liaison.forms.FormService;
import org.liaison.forms.FormSummaryView;
import org.liaison.forms.FormView;
import org.liaison.forms.TemplateView;
import org.liaison.kernel.Caller;
import org.liaison.web.RequestParams;
import org.liaison.web.coordinationfile.Versions;

/**
 * The forms of the caller's structure, as its admins design them. The ETag of a form is the version
 * of its latest version (the draft being edited, or the last published one).
 */
@Path("forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FormResource {

  static final String FHIR_JSON = "application/fhir+json";

  @Inject private FormService forms;
  @Inject private Caller caller;

  @GET
  public List<FormSummaryView> forms() {
    return forms.forms(caller);
  }

  @GET
  @Path("templates")
  public List<TemplateView> templates() {
    return forms.templates(caller);
  }

  @POST
  @Path("templates/{key}/copies")
  public Response copyTemplate(@PathParam("key") String key) {
    return created(forms.copyTemplate(caller, key));
  }

  @POST
  public Response create(@Valid @NotNull FormCommand command) {
    return created(forms.create(caller, command));
  }

  @GET
  @Path("{formId}")
  public Response form(@PathParam("formId") String formId) {
    return withEtag(forms.form(caller, id(formId)));
  }

  @PUT
  @Path("{formId}/draft")
  public Response saveDraft(
      @PathParam("formId") String formId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull FormCommand command) {
    return withEtag(forms.saveDraft(caller, id(formId), Versions.fromIfMatch(ifMatch), command));
  }

  @POST
  @Path("{formId}/publication")
  public Response publish(
      @PathParam("formId") String formId, @HeaderParam("If-Match") String ifMatch) {
    return withEtag(forms.publish(caller, id(formId), Versions.fromIfMatch(ifMatch)));
  }

  @POST
  @Path("{formId}/archival")
  public Response archive(@PathParam("formId") String formId) {
    return withEtag(forms.archive(caller, id(formId), true));
  }

  @DELETE
  @Path("{formId}/archival")
  public Response restore(@PathParam("formId") String formId) {
    return withEtag(forms.archive(caller, id(formId), false));
  }

  @DELETE
  @Path("{formId}")
  public Response delete(@PathParam("formId") String formId) {
    forms.delete(caller, id(formId));
    return Response.noContent().build();
  }

  /** A version as a FHIR R4 Questionnaire. */
  @GET
  @Path("{formId}/versions/{number}/fhir")
  @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
  public Response questionnaire(
      @PathParam("formId") String formId, @PathParam("number") String number) {
    var json = forms.questionnaire(caller, id(formId), RequestParams.integer("number", number));
    return Response.ok(json, FHIR_JSON + ";charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"questionnaire-" + formId + "-v" + number + ".json\"")
        .build();
  }

  /** A FHIR R4 Questionnaire imported as a new form (a draft). */
  @POST
  @Path("fhir")
  @Consumes({FHIR_JSON, MediaType.APPLICATION_JSON})
  public Response importQuestionnaire(String questionnaire) {
    return created(forms.importQuestionnaire(caller, questionnaire));
  }

  private static UUID id(String formId) {
    return RequestParams.id("formId", formId);
  }

  static Response withEtag(FormView form) {
    return Response.ok(form).tag(Versions.etag(form.versions().get(0).version())).build();
  }

  private static Response created(FormView form) {
    return Response.status(Response.Status.CREATED)
        .tag(Versions.etag(form.versions().get(0).version()))
        .entity(form)
        .build();
  }
}
