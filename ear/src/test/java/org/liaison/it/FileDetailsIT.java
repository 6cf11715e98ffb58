package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.etag;
import static org.liaison.it.support.Files.openFile;
import static org.liaison.it.support.PatientBuilder.aPatient;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.Stack;

/** Referral, catchment area, case manager, consent, contacts and the search of files. */
@ExtendWith(ArquillianExtension.class)
class FileDetailsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  @Test
  void aFileIsOpenedWithItsReferralAndFoundBySearch() {
    var patient =
        aPatient()
            .withValidIns()
            .with("insStatus", "QUALIFIED")
            .with("referralOrigin", "HOME_CARE_SERVICE")
            .with("referralDetail", "Aide et Vie à Domicile")
            .with("catchmentArea", "Bassin Loire-Est")
            .build();
    var reply = Api.as(DemoData.CASE_MANAGER).post("/api/patients", patient);
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
    var id = reply.json().get("id").asText();
    assertThat(reply.json().get("referralOrigin").asText()).isEqualTo("HOME_CARE_SERVICE");
    assertThat(reply.json().get("insStatus").asText()).isEqualTo("QUALIFIED");
    assertThat(reply.json().at("/caseManager/lastName").asText()).isEqualTo("Martin");

    var api = Api.as(DemoData.CASE_MANAGER);
    assertThat(ids(api.get("/api/patients?q=" + patient.get("lastName")))).containsExactly(id);
    assertThat(ids(api.get("/api/patients?ins=" + patient.get("ins")))).containsExactly(id);
    assertThat(ids(api.get("/api/patients?area=loire-est&size=100"))).contains(id);
    assertThat(ids(api.get("/api/patients?status=REQUEST_ANALYSIS&size=100"))).contains(id);
    assertThat(ids(api.get("/api/patients?status=DISCHARGED&size=100"))).doesNotContain(id);
    // By the name as well: the suite opens many files born that day, and a page holds 100.
    var byName = "/api/patients?q=" + patient.get("lastName");
    assertThat(
            ids(
                api.get(
                    byName + "&birthDate=1938-05-02&caseManagerId=" + DemoData.CASE_MANAGER_ID)))
        .containsExactly(id);
    assertThat(ids(api.get(byName + "&birthDate=1938-05-03"))).isEmpty();
    assertThat(ids(api.get(byName + "&caseManagerId=" + DemoData.HOME_AIDE_ID))).isEmpty();
    assertThat(api.get("/api/patients?birthDate=02/05/1938").status()).isEqualTo(400);
    assertThat(api.get("/api/patients?status=OPEN").status()).isEqualTo(400);
    assertThat(
            ids(
                Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER)
                    .get("/api/patients?q=" + patient.get("lastName"))))
        .isEmpty();
  }

  @Test
  void theCaseManagerSetsTheCoordinationDetailsAgainstTheVersionSheRead() {
    var id = openFile();
    var path = "/api/patients/" + id + "/coordination";
    var details =
        Map.of("referralOrigin", "GP", "referralDetail", "Dr Moreau", "catchmentArea", "Olivet");
    var etag = etag(id);
    var reply = Api.as(DemoData.CASE_MANAGER).put(path, details, etag);
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
    assertThat(reply.json().get("catchmentArea").asText()).isEqualTo("Olivet");
    assertThat(Api.as(DemoData.CASE_MANAGER).put(path, details, etag).status()).isEqualTo(412);
    assertThat(Api.as(DemoData.CASE_MANAGER).put(path, details, null).status()).isEqualTo(428);
    var notInTeam =
        Api.as(DemoData.CASE_MANAGER)
            .put(path, Map.of("caseManagerId", DemoData.NURSE_ID), etag(id));
    assertThat(notInTeam.status()).isEqualTo(400);
    assertThat(notInTeam.json().get("errors").get(0).get("field").asText())
        .isEqualTo("caseManagerId");
  }

  @Test
  void consentIsGivenThenWithdrawnAndKept() {
    var id = openFile();
    var given =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/consent",
                Map.of(
                    "givenBy", "Jeanne Test",
                    "relationship", "PATIENT",
                    "givenOn", "2026-11-02",
                    "scope", "WHOLE_TEAM"));
    assertThat(given.status()).as(given.raw().body()).isEqualTo(200);
    assertThat(given.json().at("/consent/scope").asText()).isEqualTo("WHOLE_TEAM");
    var early =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/consent/withdrawal", Map.of("withdrawnOn", "2026-10-01"));
    assertThat(early.status()).isEqualTo(400);
    var withdrawn =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/consent/withdrawal",
                Map.of("withdrawnOn", "2026-11-10", "reason", "Ne souhaite plus le partage"));
    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.json().at("/consent/givenBy").asText()).isEqualTo("Jeanne Test");
    assertThat(withdrawn.json().at("/consent/withdrawnOn").asText()).isEqualTo("2026-11-10");
    assertThat(
            Api.as(DemoData.CASE_MANAGER)
                .post(
                    "/api/patients/" + id + "/consent/withdrawal",
                    Map.of("withdrawnOn", "2026-11-11"))
                .status())
        .isEqualTo(409);
  }

  @Test
  void teamMembersKeepTheContactsAndCaregiversOfThePatient() {
    var id = openFile();
    addToTeam(id, DemoData.HOME_AIDE_ID, "HOME_AIDE");
    var path = "/api/patients/" + id + "/contacts";
    var added =
        Api.as(DemoData.HOME_AIDE)
            .post(
                path,
                Map.of(
                    "kind", "FAMILY_CAREGIVER",
                    "name", "Sylvie Test",
                    "relationship", "Fille",
                    "phone", "06 12 34 56 78"));
    assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
    var unreachable =
        Api.as(DemoData.HOME_AIDE)
            .post(path, Map.of("kind", "OTHER", "name", "Sans moyen de contact"));
    assertThat(unreachable.status()).isEqualTo(400);
    assertThat(Api.as(DemoData.CASE_MANAGER).get(path).json().findValuesAsText("name"))
        .containsExactly("Sylvie Test");
    assertThat(
            Api.as(DemoData.CASE_MANAGER)
                .delete(path + "/" + added.json().get("id").asText())
                .status())
        .isEqualTo(204);
    assertThat(Api.as(DemoData.CASE_MANAGER).get(path).json()).isEmpty();
    assertThat(Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER).get(path).status()).isEqualTo(404);
  }

  private static java.util.List<String> ids(Api.Reply reply) {
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
    var ids = new java.util.ArrayList<String>();
    reply.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  @Test
  void aPossibleDuplicateIsNamedToWhoMayOpenItAndOnlyItsStructureToOthers() {
    var patient = aPatient().withValidIns().build();
    var created = Api.as(DemoData.CASE_MANAGER).post("/api/patients", patient);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    var id = created.json().get("id").asText();
    var last = (String) patient.get("lastName");
    var byName =
        "/api/patients/duplicates?lastName="
            + last.toUpperCase()
            + "&firstName=jeanne&birthDate="
            + patient.get("birthDate");

    var mine = Api.as(DemoData.CASE_MANAGER).get(byName);
    assertThat(mine.status()).as(mine.raw().body()).isEqualTo(200);
    assertThat(mine.json()).hasSize(1);
    assertThat(mine.json().get(0).get("fileId").asText()).isEqualTo(id);
    assertThat(mine.json().get(0).get("patientName").asText())
        .isEqualTo(last.toUpperCase() + " Jeanne");
    assertThat(mine.json().get(0).get("matchedBy").asText()).isEqualTo("IDENTITY");

    // another DAC's case manager learns only which structure to ask, by INS too
    var theirs =
        Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER)
            .get("/api/patients/duplicates?ins=" + patient.get("ins"));
    assertThat(theirs.status()).as(theirs.raw().body()).isEqualTo(200);
    assertThat(theirs.json()).hasSize(1);
    assertThat(theirs.json().get(0).has("fileId")).isFalse();
    assertThat(theirs.json().get(0).has("patientName")).isFalse();
    assertThat(theirs.json().get(0).get("structureName").asText()).isEqualTo("DAC Cœur de Loire");
    assertThat(theirs.json().get(0).get("matchedBy").asText()).isEqualTo("INS");
    assertThat(theirs.raw().body()).doesNotContain(last).doesNotContain(id);

    assertThat(Api.as(DemoData.CASE_MANAGER).get("/api/patients/duplicates?lastName=x").status())
        .isEqualTo(400);
    assertThat(Api.as(DemoData.CASE_MANAGER).get("/api/patients/duplicates?ins=123").status())
        .isEqualTo(400);
    assertThat(Api.as(DemoData.NURSE).get(byName).status()).isEqualTo(403);
  }
}
