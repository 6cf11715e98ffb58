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
