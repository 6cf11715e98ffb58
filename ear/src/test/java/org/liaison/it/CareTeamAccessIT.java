package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.liaison.it.support.Stack;

/** Membership of the care team is what grants access; everything is audited. */
@ExtendWith(ArquillianExtension.class)
class CareTeamAccessIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  private static String openFile() {
    var reply =
        Api.as(DemoData.CASE_MANAGER).post("/api/patients", aPatient().withValidIns().build());
    assertThat(reply.status()).isEqualTo(201);
    return reply.json().get("id").asText();
  }

  private static void addToTeam(String fileId, String professionalId, String role) {
    var reply =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + fileId + "/care-team/members",
                Map.of("professionalId", professionalId, "role", role));
    assertThat(reply.status()).isEqualTo(201);
  }

  @Test
  void theCaseManagerWhoOpensAFileIsItsFirstTeamMemberAndSeesItInHerPatients() {
    var reply = Api.as(DemoData.CASE_MANAGER).post("/api/patients", aPatient().build());
    assertThat(reply.status()).isEqualTo(201);
    var id = reply.json().get("id").asText();
    assertThat(reply.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/patients/" + id));
    assertThat(reply.json().get("myRole").asText()).isEqualTo("CASE_MANAGER");

    var team = Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id + "/care-team/members");
    assertThat(team.json()).hasSize(1);
    assertThat(team.json().get(0).at("/professional/lastName").asText()).isEqualTo("Martin");
    assertThat(team.json().get(0).get("role").asText()).isEqualTo("CASE_MANAGER");

    var mine = Api.as(DemoData.CASE_MANAGER).get("/api/patients?size=100&page=0");
    assertThat(mine.json().get("total").asLong()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aProfessionalWhoIsNotCaseManagerCannotOpenAFile() {
    var reply = Api.as(DemoData.NURSE).post("/api/patients", aPatient().build());
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void outsiderCannotFindReadOrWriteAPatientOutsideHisTeams() {
    var id = openFile();
    var outsider = Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER);
    var entriesBefore =
        Database.count("select count(*) from logbook_entry where file_id = ?", UUID.fromString(id));

    assertThat(outsider.get("/api/patients/" + id).status()).isEqualTo(404);
    assertThat(outsider.get("/api/patients/" + id + "/care-team/members").status()).isEqualTo(404);
    assertThat(outsider.get("/api/patients/" + id + "/logbook/entries").status()).isEqualTo(404);
    assertThat(
            outsider
                .post(
                    "/api/patients/" + id + "/logbook/entries",
                    Map.of("category", "CARE", "text", "intrusion"))
                .status())
        .isEqualTo(404);
    assertThat(
            outsider
                .post(
                    "/api/patients/" + id + "/care-team/members",
                    Map.of("professionalId", DemoData.NURSE_ID, "role", "NURSE"))
                .status())
        .isEqualTo(404);
    assertThat(outsider.put("/api/patients/" + id, aPatient().build(), "\"0\"").status())
        .isEqualTo(404);

    var unknown = outsider.get("/api/patients/" + UUID.randomUUID());
    var denied = outsider.get("/api/patients/" + id);
    assertThat(denied.json().get("type")).isEqualTo(unknown.json().get("type"));
    assertThat(denied.json().get("title")).isEqualTo(unknown.json().get("title"));

    var list = outsider.get("/api/patients?size=100");
    assertThat(list.json().get("items").findValuesAsText("id")).doesNotContain(id);
    assertThat(
            Database.count(
                "select count(*) from logbook_entry where file_id = ?", UUID.fromString(id)))
        .isEqualTo(entriesBefore);
    assertThat(
            Database.count(
                "select count(*) from care_team_member where file_id = ?", UUID.fromString(id)))
        .isEqualTo(1);
  }

  @Test
  void homeAideAddedToTheTeamWritesAndCaseManagerReadsNewestFirstPageByPage() {
    var id = openFile();
    var homeAide = Api.as(DemoData.HOME_AIDE);
    assertThat(homeAide.get("/api/patients/" + id).status()).as("before joining").isEqualTo(404);

    addToTeam(id, DemoData.HOME_AIDE_ID, "HOME_AIDE");
    assertThat(homeAide.get("/api/patients/" + id).json().get("myRole").asText())
        .isEqualTo("HOME_AIDE");
    for (int i = 1; i <= 3; i++) {
      var written =
          homeAide.post(
              "/api/patients/" + id + "/logbook/entries",
              Map.of("category", "MEALS", "text", "Passage " + i, "important", i == 3));
      assertThat(written.status()).isEqualTo(201);
      assertThat(written.json().get("authorRole").asText()).isEqualTo("HOME_AIDE");
    }

    var caseManager = Api.as(DemoData.CASE_MANAGER);
    var first = caseManager.get("/api/patients/" + id + "/logbook/entries?page=0&size=2");
    assertThat(first.json().get("total").asInt()).isEqualTo(3);
    assertThat(first.json().get("items").findValuesAsText("text"))
        .containsExactly("Passage 3", "Passage 2");
    assertThat(first.json().at("/items/0/important").asBoolean()).isTrue();
    assertThat(first.json().at("/items/0/authorName").asText()).isEqualTo("Lucie Petit");
    var second = caseManager.get("/api/patients/" + id + "/logbook/entries?page=1&size=2");
    assertThat(second.json().get("items").findValuesAsText("text")).containsExactly("Passage 1");
  }

  @Test
  void onlyTheCaseManagerOfThePatientAddsTeamMembers() {
    var id = openFile();
    addToTeam(id, DemoData.NURSE_ID, "NURSE");
    var reply =
        Api.as(DemoData.NURSE)
            .post(
                "/api/patients/" + id + "/care-team/members",
                Map.of(
                    "professionalId", DemoData.PHARMACIST_WITHOUT_LOGIN_ID, "role", "PHARMACIST"));
    assertThat(reply.status()).isEqualTo(403);
    assertThat(
            Database.count(
                "select count(*) from care_team_member where file_id = ?", UUID.fromString(id)))
        .isEqualTo(2);
  }

  @Test
  void addingTheSameProfessionalTwiceIsAConflict() {
    var id = openFile();
    addToTeam(id, DemoData.NURSE_ID, "NURSE");
    var again =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/care-team/members",
                Map.of("professionalId", DemoData.NURSE_ID, "role", "NURSE"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asText()).isEqualTo("already-in-team");
  }

  @Test
  void everyReadAndWriteOfPatientDataIsAudited() {
    var id = openFile();
    var file = UUID.fromString(id);
    assertThat(audits(file, "CREATE", "coordination-file")).isEqualTo(1);

    Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id);
    Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id);
    assertThat(audits(file, "READ", "coordination-file")).isEqualTo(2);

    addToTeam(id, DemoData.NURSE_ID, "NURSE");
    assertThat(audits(file, "UPDATE", "care-team")).isEqualTo(1);

    Api.as(DemoData.NURSE)
        .post(
            "/api/patients/" + id + "/logbook/entries",
            Map.of("category", "CARE", "text", "Pansement"));
    Api.as(DemoData.NURSE).get("/api/patients/" + id + "/logbook/entries");
    assertThat(
            Database.count(
                "select count(*) from audit_record where file_id = ? and actor_username = ? and resource = 'logbook'",
                file,
                DemoData.NURSE))
        .isEqualTo(2);

    // A refused access leaves no trace of patient data being read.
    Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER).get("/api/patients/" + id);
    assertThat(
            Database.count(
                "select count(*) from audit_record where file_id = ? and actor_username = ?",
                file,
                DemoData.OTHER_STRUCTURE_CASE_MANAGER))
        .isZero();
  }

  @Test
  void aStaleIfMatchIs412AndNothingIsOverwritten() {
    var created = Api.as(DemoData.CASE_MANAGER).post("/api/patients", aPatient().build());
    var id = created.json().get("id").asText();
    var etag = created.header("ETag").orElseThrow();

    var first =
        Api.as(DemoData.CASE_MANAGER)
            .put("/api/patients/" + id, aPatient().with("firstName", "Jeannette").build(), etag);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("ETag")).isPresent().get().isNotEqualTo(etag);

    var stale =
        Api.as(DemoData.CASE_MANAGER)
            .put("/api/patients/" + id, aPatient().with("firstName", "Jeanine").build(), etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(
            Api.as(DemoData.CASE_MANAGER)
                .get("/api/patients/" + id)
                .json()
                .get("firstName")
                .asText())
        .isEqualTo("Jeannette");

    var blind = Api.as(DemoData.CASE_MANAGER).put("/api/patients/" + id, aPatient().build(), null);
    assertThat(blind.status()).isEqualTo(428);
  }

  @Test
  void aSecondFileForTheSameInsInTheSameStructureIsAConflict() {
    var patient = aPatient().withValidIns().build();
    assertThat(Api.as(DemoData.CASE_MANAGER).post("/api/patients", patient).status())
        .isEqualTo(201);
    var again = Api.as(DemoData.CASE_MANAGER).post("/api/patients", patient);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    // Another structure follows its own patients: the same person may have a file there too.
    assertThat(
            Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER).post("/api/patients", patient).status())
        .isEqualTo(201);
  }

  @Test
  void theDirectoryIsSearchableByNameAndProfession() {
    var byName = Api.as(DemoData.CASE_MANAGER).get("/api/directory/professionals?q=petit");
    assertThat(byName.json().get("items").findValuesAsText("lastName")).contains("Petit");
    var byProfession =
        Api.as(DemoData.CASE_MANAGER).get("/api/directory/professionals?q=pharmacist");
    assertThat(byProfession.json().get("items").findValuesAsText("lastName")).contains("Girard");
  }

  private static long audits(UUID file, String action, String resource) {
    return Database.count(
        "select count(*) from audit_record where file_id = ? and action = ? and resource = ?",
        file,
        action,
        resource);
  }
}
