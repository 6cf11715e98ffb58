package org.liaison.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.PatientBuilder.aPatient;

import java.util.Map;

/** Steps many tests share: open a file, add a member, read an ETag. */
public final class Files {

  private Files() {}

  /** A new file opened by the demo case manager; its id. */
  public static String openFile() {
    var reply = Api.as(DemoData.CASE_MANAGER).post("/api/patients", aPatient().build());
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
    return reply.json().get("id").asText();
  }

  /** The patient of the file consents today to share his data with the whole team. */
  public static void recordConsent(String fileId) {
    var reply =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + fileId + "/consent",
                Map.of(
                    "givenBy",
                    "le patient",
                    "relationship",
                    "PATIENT",
                    "givenOn",
                    java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString(),
                    "scope",
                    "WHOLE_TEAM"));
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
  }

  public static Api.Reply addToTeam(String fileId, String professionalId, String role) {
    var reply =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + fileId + "/care-team/members",
                Map.of("professionalId", professionalId, "role", role));
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
    return reply;
  }

  /** The demo case manager asks the demo nursing home to admit the patient; the reply as is. */
  public static Api.Reply sendAdmissionRequest(String fileId) {
    return Api.as(DemoData.CASE_MANAGER)
        .post(
            "/api/patients/" + fileId + "/orientation-requests",
            Map.of(
                "toStructureId",
                DemoData.NURSING_HOME_ID,
                "kind",
                "ADMISSION",
                "summary",
                "GIR 3, chutes répétées, aidante épuisée. RCP du 12/11 : entrée en EHPAD."));
  }

  /** The current ETag of a file, as its case manager reads it. */
  public static String etag(String fileId) {
    return Api.as(DemoData.CASE_MANAGER)
        .get("/api/patients/" + fileId)
        .header("ETag")
        .orElseThrow();
  }
}
