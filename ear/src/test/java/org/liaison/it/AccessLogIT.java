package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.openFile;
import static org.liaison.it.support.PatientBuilder.aPatient;

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
import org.liaison.it.support.Mailbox;
import org.liaison.it.support.Stack;

/** Break-glass, the patient's access log, its CSV export and the tamper-evident audit chain. */
@ExtendWith(ArquillianExtension.class)
class AccessLogIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  private static Map<String, Object> breakGlass(Map<String, Object> patient, String reason) {
    return Map.of(
        "lastName",
        patient.get("lastName"),
        "birthDate",
        patient.get("birthDate"),
        "reason",
        reason);
  }

  @Test
  void aColleagueOfTheStructureOpensAFileInAnEmergencyWithAReasonAndTheCaseManagerIsTold() {
    var patient = aPatient().build();
    var id = Api.as(DemoData.CASE_MANAGER).post("/api/patients", patient).json().get("id").asText();
    var colleague = Api.as(DemoData.STRUCTURE_ADMIN);
    assertThat(colleague.get("/api/patients/" + id).status()).isEqualTo(404);

    var noReason =
        colleague.post(
            "/api/patients/emergency-access",
            Map.of("lastName", patient.get("lastName"), "birthDate", patient.get("birthDate")));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");

    var opened =
        colleague.post(
            "/api/patients/emergency-access",
            breakGlass(patient, "Appel du SAMU, la gestionnaire de cas est absente"));
    assertThat(opened.status()).as(opened.raw().body()).isEqualTo(200);
    assertThat(opened.json().get(0).get("id").asText()).isEqualTo(id);
    assertThat(opened.json().get(0).get("emergency").asBoolean()).isTrue();

    var read = colleague.get("/api/patients/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("emergency").asBoolean()).isTrue();
    assertThat(colleague.get("/api/patients/" + id + "/logbook/entries").status()).isEqualTo(200);
    var write =
        colleague.post(
            "/api/patients/" + id + "/logbook/entries",
            Map.of("category", "OTHER", "text", "lecture seule"));
    assertThat(write.status()).isEqualTo(403);

    var mail =
        Mailbox.awaitMail(
            "isabelle.martin@dac-coeur-de-loire.example",
            m -> m.body().contains("/patients/" + id + "/access-log"));
    assertThat(mail.body())
        .contains("Sophie Garnier")
        .doesNotContain((String) patient.get("lastName"));

    var log =
        Api.as(DemoData.CASE_MANAGER)
            .get("/api/patients/" + id + "/access-log?actor=sophie.garnier&size=100");
    assertThat(log.status()).isEqualTo(200);
    assertThat(log.json().get("items")).isNotEmpty();
    assertThat(log.json().get("items").findValuesAsText("emergency")).containsOnly("true");
    assertThat(log.json().get("items").findValuesAsText("detail"))
        .contains("Appel du SAMU, la gestionnaire de cas est absente");
    var emergencies =
        Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id + "/access-log/emergency-accesses");
    assertThat(emergencies.json().get(0).at("/professional/lastName").asText())
        .isEqualTo("Garnier");
  }

  @Test
  void breakGlassDoesNotReachPatientsOfAnotherStructure() {
    var patient = aPatient().build();
    var id = Api.as(DemoData.CASE_MANAGER).post("/api/patients", patient).json().get("id").asText();
    var otherStructure =
        Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER)
            .post("/api/patients/emergency-access", breakGlass(patient, "Je veux voir ce dossier"));
    assertThat(otherStructure.status()).isEqualTo(404);
    assertThat(Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER).get("/api/patients/" + id).status())
        .isEqualTo(404);
    assertThat(
            Database.count(
                "select count(*) from emergency_access where file_id = ?", UUID.fromString(id)))
        .isZero();
  }

  /**
   * Issue 17, point 11: the same person reading the same part of the file within an hour is one
   * line, named as the directory knows her; the filters' choices name the people; the raw log is
   * unchanged.
   */
  @Test
  void theGroupedLogNamesPeopleAndTellsRepeatedReadsOnce() {
    var id = openFile();
    addToTeam(id, DemoData.NURSE_ID, "NURSE");
    for (int i = 0; i < 3; i++) {
      assertThat(Api.as(DemoData.NURSE).get("/api/patients/" + id).status()).isEqualTo(200);
    }
    var path = "/api/patients/" + id + "/access-log";
    var manager = Api.as(DemoData.CASE_MANAGER);
    var nurseReads = "person=" + DemoData.NURSE_ID + "&action=READ&resource=coordination-file";

    var raw = manager.get(path + "?actor=claire.dubois&action=READ&resource=coordination-file");
    assertThat(raw.json().get("total").asLong()).isEqualTo(3);
    var grouped = manager.get(path + "/grouped?" + nurseReads);
    assertThat(grouped.status()).as(grouped.raw().body()).isEqualTo(200);
    var lines = grouped.json().get("items");
    // three reads in a few seconds: one line, or two if the test straddles the hour
    assertThat(lines.size()).isBetween(1, 2);
    assertThat(lines.findValuesAsText("count").stream().mapToLong(Long::parseLong).sum())
        .isEqualTo(3);
    var line = lines.get(0);
    assertThat(line.at("/person/name").asText()).isEqualTo("Claire Dubois");
    assertThat(line.at("/person/profession").asText()).isEqualTo("NURSE");
    assertThat(line.at("/person/structure").asText()).isNotBlank();
    assertThat(line.get("action").asText()).isEqualTo("READ");
    assertThat(line.get("hour").asText()).endsWith(":00:00Z");
    assertThat(line.get("first").asText()).isLessThanOrEqualTo(line.get("last").asText());

    var everything = manager.get(path + "/grouped?size=100").json();
    assertThat(everything.get("items").findValuesAsText("resource"))
        .contains("coordination-file", "care-team");
    var byResource = manager.get(path + "/grouped?resource=care-team").json().get("items");
    assertThat(byResource.findValuesAsText("resource")).containsOnly("care-team");

    var facets = manager.get(path + "/facets");
    assertThat(facets.status()).isEqualTo(200);
    assertThat(facets.json().get("people").findValuesAsText("name"))
        .contains("Claire Dubois", "Isabelle Martin");
    assertThat(facets.json().get("resources").toString())
        .contains("coordination-file", "care-team");

    assertThat(manager.get(path + "/grouped?person=claire.dubois").status()).isEqualTo(400);
    assertThat(manager.get(path + "/grouped?person=claire.dubois").json().toString())
        .contains("person");
    assertThat(manager.get(path + "/grouped?resource=" + "x".repeat(101)).status()).isEqualTo(400);
    assertThat(manager.get(path + "/grouped?size=0").status()).isEqualTo(400);
    assertThat(Api.as(DemoData.NURSE).get(path + "/grouped").status()).isEqualTo(403);
    assertThat(Api.as(DemoData.NURSE).get(path + "/facets").status()).isEqualTo(403);
    assertThat(Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER).get(path + "/facets").status())
        .isEqualTo(404);
  }

  @Test
  void theAccessLogIsFilteredAndOnlyTheDataOfficerExportsIt() {
    var id = openFile();
    addToTeam(id, DemoData.NURSE_ID, "NURSE");
    Api.as(DemoData.NURSE).get("/api/patients/" + id);
    var path = "/api/patients/" + id + "/access-log";

    var reads = Api.as(DemoData.CASE_MANAGER).get(path + "?actor=claire.dubois&action=READ");
    assertThat(reads.json().get("total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(reads.json().get("items").findValuesAsText("actorUsername"))
        .containsOnly("claire.dubois");
    assertThat(reads.json().get("items").findValuesAsText("action")).containsOnly("READ");
    var creates = Api.as(DemoData.CASE_MANAGER).get(path + "?action=CREATE");
    assertThat(creates.json().get("total").asLong()).isEqualTo(1);
    assertThat(Api.as(DemoData.CASE_MANAGER).get(path + "?from=not-a-date").status())
        .isEqualTo(400);

    assertThat(Api.as(DemoData.NURSE).get(path).status())
        .as("a member, not case manager")
        .isEqualTo(403);
    assertThat(Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER).get(path).status()).isEqualTo(404);
    assertThat(Api.as(DemoData.CASE_MANAGER).get(path + "/export", "text/csv").status())
        .isEqualTo(403);

    var export = Api.as(DemoData.STRUCTURE_ADMIN).get(path + "/export", "text/csv");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.contentType()).startsWith("text/csv");
    assertThat(export.header("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains("attachment"));
    var lines = export.raw().body().split("\r\n");
    assertThat(lines[0])
        .endsWith("id,occurredAt,actorUsername,actorId,action,resource,detail,emergency");
    assertThat(export.raw().body()).contains(",claire.dubois,").contains(",isabelle.martin,");
    assertThat(
            Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER)
                .get(path + "/export", "text/csv")
                .status())
        .isEqualTo(404);
  }

  @Test
  void theAuditChainDetectsAnEditedRecordAndTheDatabaseRefusesPlainEdits() throws Exception {
    var id = openFile();
    Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id);
    var officer = Api.as(DemoData.STRUCTURE_ADMIN);
    var before = officer.get("/api/audit/verification");
    assertThat(before.status()).isEqualTo(200);
    assertThat(before.json().get("intact").asBoolean()).as(before.raw().body()).isTrue();
    assertThat(before.json().get("records").asLong()).isPositive();
    assertThat(Api.as(DemoData.CASE_MANAGER).get("/api/audit/verification").status())
        .isEqualTo(403);

    var file = "'" + id + "'";
    var record = Database.count("select max(id) from audit_record where file_id = " + file + "");
    assertThatThrownBy(
            () ->
                Database.execute(
                    "update audit_record set actor_username = 'nobody' where id = " + record))
        .hasMessageContaining("append-only");

    // somebody with the database owner's rights gets round the trigger...
    var original = Database.text("select action from audit_record where id = " + record);
    var forged = original.equals("UPDATE") ? "READ" : "UPDATE";
    Database.execute(
        "alter table audit_record disable trigger audit_record_append_only",
        "update audit_record set action = '" + forged + "' where id = " + record,
        "alter table audit_record enable trigger audit_record_append_only");
    try {
      var after = officer.get("/api/audit/verification");
      assertThat(after.json().get("intact").asBoolean()).isFalse();
      assertThat(after.json().get("breaks").findValuesAsText("recordId"))
          .contains(Long.toString(record));
      assertThat(after.json().get("breaks").get(0).get("fileId").asText()).isEqualTo(id);
    } finally {
      // ...and puts it back, so that the chain is whole again for the other tests
      Database.execute(
          "alter table audit_record disable trigger audit_record_append_only",
          "update audit_record set action = '" + original + "' where id = " + record,
          "alter table audit_record enable trigger audit_record_append_only");
    }
    assertThat(officer.get("/api/audit/verification").json().get("intact").asBoolean()).isTrue();
  }

  private static boolean auditIntact() {
    return Api.as(DemoData.STRUCTURE_ADMIN)
        .get("/api/audit/verification")
        .json()
        .get("intact")
        .asBoolean();
  }

  @Test
  void removingTheLastRecordsOfAFileIsDetectedToo() throws Exception {
    var id = openFile();
    Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id);
    // A verification seals every record written so far: the last one is in its chain now.
    assertThat(auditIntact()).isTrue();
    var file = "'" + id + "'";
    var last = Database.count("select max(id) from audit_record where file_id = " + file);
    var kept = "audit_it_removed_" + last;
    Database.execute(
        "create table " + kept + " as select * from audit_record where id = " + last,
        "alter table audit_record disable trigger user",
        "delete from audit_record where id = " + last,
        "alter table audit_record enable trigger user");
    try {
      var report = Api.as(DemoData.STRUCTURE_ADMIN).get("/api/audit/verification").json();
      assertThat(report.get("intact").asBoolean()).isFalse();
      assertThat(report.get("breaks").findValuesAsText("fileId")).contains(id);
    } finally {
      Database.execute(
          "alter table audit_record disable trigger user",
          "insert into audit_record select * from " + kept,
          "alter table audit_record enable trigger user",
          "drop table " + kept);
    }
    assertThat(auditIntact()).isTrue();
  }

  @Test
  void everyRecordIsSealedIntoItsChainWithinSecondsWithoutAVerification() throws Exception {
    var id = openFile();
    Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id);
    var unsealed =
        "select count(*) from audit_record where hash is null and file_id = '" + id + "'";
    var deadline = java.time.Instant.now().plusSeconds(20);
    while (Database.count(unsealed) > 0 && java.time.Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertThat(Database.count(unsealed)).isZero();
    assertThat(
            Database.count(
                "select count(*) from audit_record r join audit_chain_head h using (file_id)"
                    + " where r.file_id = '"
                    + id
                    + "' and r.chain_seq = h.last_seq and r.hash = h.last_hash"))
        .isOne();
  }
}
