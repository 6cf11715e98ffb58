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

  public static Api.Reply addToTeam(String fileId, String professionalId, String role) {
    var reply =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + fileId + "/care-team/members",
                Map.of("professionalId", professionalId, "role", role));
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
    return reply;
  }

  /** The current ETag of a file, as its case manager reads it. */
  public static String etag(String fileId) {
    return Api.as(DemoData.CASE_MANAGER)
        .get("/api/patients/" + fileId)
        .header("ETag")
        .orElseThrow();
  }
}
