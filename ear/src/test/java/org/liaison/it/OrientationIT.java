package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.openFile;
import static org.liaison.it.support.Files.sendAdmissionRequest;

import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.Database;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.KeycloakAdmin;
import org.liaison.it.support.Mailbox;
import org.liaison.it.support.Stack;

/** Admission requests from a file to a nursing home, answered by the nursing home's staff. */
@ExtendWith(ArquillianExtension.class)
class OrientationIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  @Test
  void theNursingHomeSeesTheRequestAcceptsItAndRecordsTheAdmission() {
    var id = openFile();
    var sent = sendAdmissionRequest(id);
    assertThat(sent.status()).as(sent.raw().body()).isEqualTo(201);
    var requestId = sent.json().get("id").asText();
    assertThat(sent.json().get("status").asText()).isEqualTo("SENT");

    var home = Api.as(DemoData.NURSING_HOME_ADMIN);
    var incoming = home.get("/api/orientation-requests/incoming?size=100");
    assertThat(incoming.json().get("items").findValuesAsText("id")).contains(requestId);
    var request = home.get("/api/orientation-requests/" + requestId);
    assertThat(request.json().get("patientLastName").asText())
        .isEqualTo(
            Api.as(DemoData.CASE_MANAGER)
                .get("/api/patients/" + id)
                .json()
                .get("lastName")
                .asText());
    assertThat(home.get("/api/patients/" + id).status()).as("not the whole file").isEqualTo(404);

    var accepted =
        home.post(
            "/api/orientation-requests/" + requestId + "/answer",
            Map.of("status", "ACCEPTED", "comment", "Place disponible le 1er décembre"),
            request.header("ETag").orElseThrow());
    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    assertThat(accepted.json().get("answeredBy").get("lastName").asText()).isEqualTo("Roche");

    var noDate =
        home.post(
            "/api/orientation-requests/" + requestId + "/answer",
            Map.of("status", "ADMITTED"),
            accepted.header("ETag").orElseThrow());
    assertThat(noDate.status()).isEqualTo(400);
    assertThat(noDate.json().get("errors").get(0).get("field").asText()).isEqualTo("admittedOn");
    var admitted =
        home.post(
            "/api/orientation-requests/" + requestId + "/answer",
            Map.of("status", "ADMITTED", "admittedOn", "2026-12-01"),
            accepted.header("ETag").orElseThrow());
    assertThat(admitted.status()).isEqualTo(200);

    var seenBySender =
        Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id + "/orientation-requests");
    assertThat(seenBySender.json().get(0).get("status").asText()).isEqualTo("ADMITTED");
    assertThat(
            Database.count(
                "select count(*) from audit_record where file_id = ? and actor_username = ?",
                UUID.fromString(id),
                DemoData.NURSING_HOME_ADMIN))
        .as("the nursing home's reads are in the patient's access log")
        .isGreaterThanOrEqualTo(2);
  }

  private static final String HOME_ADMIN_MAIL = "nathalie.roche@ehpad-glycines.example";
  private static final String CASE_MANAGER_MAIL = "isabelle.martin@dac-coeur-de-loire.example";

  /** Issue 17, point 3: both directions are told, in the app and by e-mail. */
  @Test
  void aRequestIsAnnouncedToTheHomeAndItsAnswerToTheSender() {
    var home = Api.as(DemoData.NURSING_HOME_ADMIN);
    var sender = Api.as(DemoData.CASE_MANAGER);
    assertThat(
            home.put("/api/notifications/preferences", Map.of("email", "IMMEDIATE"), null).status())
        .isEqualTo(200);
    assertThat(
            sender
                .put("/api/notifications/preferences", Map.of("email", "IMMEDIATE"), null)
                .status())
        .isEqualTo(200);
    // a nurse of the home with a login: staff who do not answer requests are not told
    var suffix = Long.toString(System.nanoTime(), 36);
    var nurseLogin = "infirmier." + suffix;
    KeycloakAdmin.ensureUser(
        nurseLogin, nurseLogin + "@example.org", "Jean", "Infirmier-" + suffix);
    var nurseEntry = new java.util.HashMap<String, Object>();
    nurseEntry.put("firstName", "Jean");
    nurseEntry.put("lastName", "Infirmier-" + suffix);
    nurseEntry.put("profession", "NURSE");
    nurseEntry.put("email", nurseLogin + "@example.org");
    nurseEntry.put("username", nurseLogin);
    var created =
        home.post(
            "/api/directory/structures/" + DemoData.NURSING_HOME_ID + "/professionals", nurseEntry);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    var nurseId = created.json().get("id").asText();
    var nurse = Api.as(nurseLogin);
    assertThat(nurse.get("/api/me").status()).isEqualTo(200);
    assertThat(
            Database.text(
                "select roles from professional_login where professional_id = ?",
                UUID.fromString(nurseId)))
        .as("the login's roles, as its first call told them")
        .doesNotContain("structure_admin")
        .doesNotContain("case_manager");

    var id = openFile();
    var patient = sender.get("/api/patients/" + id).json().get("lastName").asText();
    var sent = sendAdmissionRequest(id);
    var requestId = sent.json().get("id").asText();

    var told = notificationAbout(home, id, "ADMISSION_REQUEST_RECEIVED");
    assertThat(told.get("link").asText()).isEqualTo("/orientation-requests");
    assertThat(told.get("actorName").asText()).isEqualTo("Isabelle Martin (DAC Cœur de Loire)");
    assertThat(home.get("/api/notifications/unread").json().get("count").asLong()).isPositive();
    var mail =
        Mailbox.awaitMail(
            HOME_ADMIN_MAIL,
            m ->
                m.subject().contains("Nouvelle demande d'admission")
                    && m.body().contains("Isabelle"));
    assertThat(mail.subject())
        .isEqualTo("Liaison : Nouvelle demande d'admission / New admission request");
    assertThat(mail.body()).contains("/orientation-requests").doesNotContain(patient);
    assertThat(
            nurse.get("/api/notifications?size=100").json().get("items").findValuesAsText("fileId"))
        .as("the home's nurse does not answer requests")
        .doesNotContain(id);

    var request = home.get("/api/orientation-requests/" + requestId);
    var accepted =
        home.post(
            "/api/orientation-requests/" + requestId + "/answer",
            Map.of("status", "ACCEPTED"),
            request.header("ETag").orElseThrow());
    assertThat(accepted.status()).isEqualTo(200);
    var answer = notificationAbout(sender, id, "REQUEST_ACCEPTED");
    assertThat(answer.get("link").asText()).isEqualTo("/patients/" + id);
    assertThat(answer.get("actorName").asText()).isEqualTo("Nathalie Roche (EHPAD Les Glycines)");
    assertThat(answer.get("patientName").asText())
        .as("in the app, to the team")
        .contains(patient.toUpperCase());
    var answerMail =
        Mailbox.awaitMail(
            CASE_MANAGER_MAIL,
            m ->
                m.subject().contains("Votre demande a été acceptée")
                    && m.body().contains("/patients/" + id));
    assertThat(answerMail.body()).doesNotContain(patient);

    // withdrawing an accepted request: say why, and the home is told
    var path = "/api/orientation-requests/" + requestId + "/answer";
    var silent =
        sender.post(path, Map.of("status", "CANCELLED"), accepted.header("ETag").orElseThrow());
    assertThat(silent.status()).isEqualTo(400);
    assertThat(silent.json().get("errors").get(0).get("field").asText()).isEqualTo("comment");
    var withdrawn =
        sender.post(
            path,
            Map.of("status", "CANCELLED", "comment", "La famille a trouvé une place plus proche."),
            accepted.header("ETag").orElseThrow());
    assertThat(withdrawn.status()).as(withdrawn.raw().body()).isEqualTo(200);
    assertThat(notificationAbout(home, id, "REQUEST_WITHDRAWN").get("link").asText())
        .isEqualTo("/orientation-requests");
    Mailbox.awaitMail(HOME_ADMIN_MAIL, m -> m.subject().contains("Demande retirée"));
  }

  /** Nobody who answers the structure's requests has logged in yet: its own address is told. */
  @Test
  void aStructureWithoutKnownReceiversIsToldAtItsOwnAddress() {
    var id = openFile();
    var sent =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/orientation-requests",
                Map.of(
                    "toStructureId",
                    DemoData.SOCIAL_SERVICE_ID,
                    "kind",
                    "ORIENTATION",
                    "summary",
                    "Aide au dossier APA."));
    assertThat(sent.status()).isEqualTo(201);
    var mail =
        Mailbox.awaitMail(
            "accueil@ccas-orleans.example",
            m -> m.subject().contains("Nouvelle demande d'orientation"));
    assertThat(mail.body()).startsWith("Bonjour,").contains("/orientation-requests");
  }

  private static com.fasterxml.jackson.databind.JsonNode notificationAbout(
      Api who, String fileId, String kind) {
    for (var n : who.get("/api/notifications?size=100").json().get("items")) {
      if (fileId.equals(n.path("fileId").asText()) && kind.equals(n.get("kind").asText())) {
        return n;
      }
    }
    throw new AssertionError("No " + kind + " notification about " + fileId);
  }

  @Test
  void wrongAnswersAndOutsidersAreRefused() {
    var id = openFile();
    addToTeam(id, DemoData.NURSE_ID, "NURSE");
    var sent = sendAdmissionRequest(id);
    var requestId = sent.json().get("id").asText();
    var etag = sent.header("ETag").orElseThrow();
    var path = "/api/orientation-requests/" + requestId + "/answer";

    var admittedTooEarly =
        Api.as(DemoData.NURSING_HOME_ADMIN)
            .post(path, Map.of("status", "ADMITTED", "admittedOn", "2026-12-01"), etag);
    assertThat(admittedTooEarly.status()).isEqualTo(409);
    assertThat(admittedTooEarly.json().get("allowed").toString())
        .isEqualTo("[\"ACCEPTED\",\"REFUSED\"]");
    var senderAccepts =
        Api.as(DemoData.CASE_MANAGER).post(path, Map.of("status", "ACCEPTED"), etag);
    assertThat(senderAccepts.status()).isEqualTo(409);
    assertThat(Api.as(DemoData.NURSE).post(path, Map.of("status", "CANCELLED"), etag).status())
        .as("a member who is not the case manager")
        .isEqualTo(403);
    assertThat(
            Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER)
                .get("/api/orientation-requests/" + requestId)
                .status())
        .isEqualTo(404);
    assertThat(Api.as(DemoData.HOME_AIDE).post(path, Map.of("status", "ACCEPTED"), etag).status())
        .isEqualTo(404);
    var cancelled = Api.as(DemoData.CASE_MANAGER).post(path, Map.of("status", "CANCELLED"), etag);
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(
            Api.as(DemoData.NURSING_HOME_ADMIN)
                .post(path, Map.of("status", "ACCEPTED"), cancelled.header("ETag").orElseThrow())
                .status())
        .isEqualTo(409);

    var toOwnStructure =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/orientation-requests",
                Map.of("toStructureId", DemoData.DAC_ID, "kind", "ORIENTATION", "summary", "x"));
    assertThat(toOwnStructure.status()).isEqualTo(400);
    assertThat(toOwnStructure.json().get("errors").get(0).get("field").asText())
        .isEqualTo("toStructureId");
  }
}
