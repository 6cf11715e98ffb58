package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.PatientBuilder.aPatient;

import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.Database;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.Stack;

/** Bad input is a 400 problem naming the field, and nothing is stored. */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  private final Api caseManager = Api.as(DemoData.CASE_MANAGER);
  private long filesBefore;

  @BeforeEach
  void countFiles() {
    filesBefore = Database.count("select count(*) from coordination_file");
  }

  private void assertProblemNaming(Api.Reply reply, String field) {
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("type").asText()).isEqualTo("urn:liaison:problem:invalid-input");
    assertThat(reply.json().get("errors").findValuesAsText("field")).contains(field);
    assertThat(reply.raw().body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  private void assertNoFileStored() {
    assertThat(Database.count("select count(*) from coordination_file")).isEqualTo(filesBefore);
  }

  @Test
  void malformedJsonIsRefused() {
    var reply = caseManager.post("/api/patients", "{\"firstName\": \"Jeanne\", ");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertNoFileStored();
  }

  @Test
  void anUnknownFieldIsRefusedByName() {
    assertProblemNaming(
        caseManager.post("/api/patients", aPatient().with("nickname", "Jojo").build()), "nickname");
    assertNoFileStored();
  }

  @Test
  void aMissingRequiredFieldIsRefusedByName() {
    assertProblemNaming(
        caseManager.post("/api/patients", aPatient().without("lastName").build()), "lastName");
    assertProblemNaming(
        caseManager.post("/api/patients", aPatient().withPostalCode("4500").build()),
        "address.postalCode");
    assertNoFileStored();
  }

  @Test
  void anInvalidInsIsRefused() {
    assertProblemNaming(
        caseManager.post("/api/patients", aPatient().with("ins", "141034523407199").build()),
        "ins");
    assertProblemNaming(
        caseManager.post("/api/patients", aPatient().with("ins", "12345").build()), "ins");
    assertNoFileStored();
  }

  @Test
  void aWronglyTypedValueIsRefusedByName() {
    assertProblemNaming(
        caseManager.post("/api/patients", aPatient().with("birthDate", "14/03/1941").build()),
        "birthDate");
    assertProblemNaming(
        caseManager.post("/api/patients", aPatient().with("sex", "X").build()), "sex");
    assertProblemNaming(
        caseManager.post("/api/patients", aPatient().with("birthDate", "2999-01-01").build()),
        "birthDate");
    assertNoFileStored();
  }

  @Test
  void aWrongIdTypeIsRefusedByName() {
    assertProblemNaming(caseManager.get("/api/patients/42"), "fileId");
    assertProblemNaming(caseManager.get("/api/patients/42/logbook/entries"), "fileId");
    assertProblemNaming(caseManager.get("/api/patients?page=first"), "page");
    assertProblemNaming(caseManager.get("/api/patients?size=1000"), "size");
  }

  @Test
  void aTooLongLogbookTextIsRefusedAndNothingIsWritten() {
    var file = caseManager.post("/api/patients", aPatient().build()).json().get("id").asText();
    var path = "/api/patients/" + file + "/logbook/entries";
    assertProblemNaming(
        caseManager.post(path, Map.of("category", "CARE", "text", "x".repeat(4001))), "text");
    assertProblemNaming(caseManager.post(path, Map.of("category", "CARE", "text", "  ")), "text");
    assertProblemNaming(
        caseManager.post(path, Map.of("category", "DANCE", "text", "ok")), "category");
    assertProblemNaming(caseManager.post(path, Map.of("text", "ok")), "category");
    assertProblemNaming(
        caseManager.post(path, Map.of("category", "CARE", "text", "ok", "important", "maybe")),
        "important");
    assertThat(
            Database.count(
                "select count(*) from logbook_entry where file_id = ?", UUID.fromString(file)))
        .isZero();
  }

  @Test
  void anUnknownProfessionalIsRefusedByName() {
    var file = caseManager.post("/api/patients", aPatient().build()).json().get("id").asText();
    var reply =
        caseManager.post(
            "/api/patients/" + file + "/care-team/members",
            Map.of("professionalId", UUID.randomUUID().toString(), "role", "NURSE"));
    assertProblemNaming(reply, "professionalId");
  }
}
