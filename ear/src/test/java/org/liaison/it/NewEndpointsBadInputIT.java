package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.etag;
import static org.liaison.it.support.Files.openFile;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.Database;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.Stack;

/**
 * Every endpoint that takes a body answers malformed JSON, an unknown field, a wrongly typed value
 * or a bad path id with a 400 problem naming it, and stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewEndpointsBadInputIT {

  private String file;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  @BeforeAll
  void openAFile() {
    file = openFile();
  }

  /** POST endpoints with a body, as the case manager (or the data officer / admin) calls them. */
  private List<String> postEndpoints() {
    var p = "/api/patients/" + file;
    return List.of(
        p + "/status-changes",
        p + "/consent",
        p + "/consent/withdrawal",
        p + "/contacts",
        p + "/care-team/members",
        p + "/care-team/invitations",
        p + "/orientation-requests",
        "/api/patients/emergency-access");
  }

  private static void assertBadRequest(Api.Reply reply, String field) {
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.raw().body()).doesNotContain("Exception").doesNotContain("at org.");
    if (field != null) {
      assertThat(reply.json().get("errors").findValuesAsText("field")).contains(field);
    }
  }

  private long rows() {
    var id = UUID.fromString(file);
    return Database.count("select count(*) from case_status_change where file_id = ?", id)
        + Database.count("select count(*) from file_contact where file_id = ?", id)
        + Database.count("select count(*) from care_team_member where file_id = ?", id)
        + Database.count("select count(*) from care_team_invitation where file_id = ?", id)
        + Database.count("select count(*) from orientation_request where file_id = ?", id)
        + Database.count("select count(*) from emergency_access where file_id = ?", id);
  }

  @Test
  void malformedJsonAndUnknownFieldsAreRefusedEverywhereAndNothingIsStored() {
    var before = rows();
    var api = Api.as(DemoData.CASE_MANAGER);
    var ifMatch = etag(file);
    for (var endpoint : postEndpoints()) {
      assertBadRequest(api.post(endpoint, "{\"to\": ", ifMatch), "body");
      assertBadRequest(api.post(endpoint, Map.of("surprise", 1), ifMatch), "surprise");
    }
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void wronglyTypedValuesAreRefusedByName() {
    var api = Api.as(DemoData.CASE_MANAGER);
    var p = "/api/patients/" + file;
    assertBadRequest(
        api.post(
            p + "/status-changes",
            Map.of("to", "INCLUDED", "reason", "r", "effectiveOn", "demain"),
            etag(file)),
        "effectiveOn");
    assertBadRequest(
        api.post(p + "/care-team/members", Map.of("professionalId", "42", "role", "NURSE")),
        "professionalId");
    assertBadRequest(
        api.post(
            p + "/care-team/members",
            Map.of("professionalId", UUID.randomUUID().toString(), "role", "NURSE")),
        "professionalId");
    assertBadRequest(
        api.post(p + "/contacts", Map.of("kind", "NEIGHBOUR", "name", "X", "phone", "01")), "kind");
    assertBadRequest(
        api.post(
            p + "/orientation-requests",
            Map.of(
                "toStructureId",
                UUID.randomUUID().toString(),
                "kind",
                "ADMISSION",
                "summary",
                "s")),
        "toStructureId");
    assertBadRequest(
        api.post(
            p + "/orientation-requests",
            Map.of(
                "toStructureId",
                DemoData.NURSING_HOME_ID,
                "kind",
                "ADMISSION",
                "summary",
                "x".repeat(4001))),
        "summary");
    assertBadRequest(
        api.put(p + "/care-team/members/not-an-id", Map.of("since", "2026-01-01"), "\"0\""),
        "memberId");
    assertBadRequest(api.get("/api/orientation-requests/nope"), "requestId");
    assertBadRequest(api.get(p + "/access-log?action=DELETE"), "action");
    assertBadRequest(api.get("/api/directory/structures?type=CASTLE"), "type");
    assertBadRequest(api.get("/api/invitations/%20"), "token");
    assertBadRequest(api.get(p + "/access-log?page=21474837&size=100"), "page");
    var farAway =
        api.post(
            p + "/care-team/members",
            Map.of(
                "professionalId", DemoData.PHARMACIST_WITHOUT_LOGIN_ID,
                "role", "PHARMACIST",
                "since", "+999999999-12-31"));
    assertBadRequest(farAway, null);
    assertThat(
            Database.count(
                "select count(*) from care_team_member where file_id = ? and professional_id = ?",
                UUID.fromString(file),
                UUID.fromString(DemoData.PHARMACIST_WITHOUT_LOGIN_ID)))
        .isZero();
  }

  @Test
  void aDirectoryEntryWithABadEmailOrPhoneIsRefused() {
    var admin = Api.as(DemoData.STRUCTURE_ADMIN);
    var path = "/api/directory/structures/" + DemoData.DAC_ID + "/professionals";
    var before = Database.count("select count(*) from professional");
    assertBadRequest(
        admin.post(
            path,
            Map.of("firstName", "A", "lastName", "B", "profession", "NURSE", "email", "nope")),
        "email");
    assertBadRequest(
        admin.post(
            path,
            Map.of("firstName", "A", "lastName", "B", "profession", "NURSE", "phone", "call me")),
        "phone");
    assertBadRequest(
        admin.post(path, Map.of("firstName", "A", "lastName", "B", "profession", "WITCH")),
        "profession");
    assertThat(Database.count("select count(*) from professional")).isEqualTo(before);
  }
}
