package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.openFile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
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

/** Membership in time, leaving and removal, invitations by e-mail, delegation of the plan. */
@ExtendWith(ArquillianExtension.class)
class CareTeamLifecycleIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  private static final Pattern LINK =
      Pattern.compile("http://127\\.0\\.0\\.1:8081/invitations/([A-Za-z0-9_-]+)");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  @Test
  void aMembershipWhoseEndDateHasPassedNoLongerGivesAccess() {
    var id = openFile();
    var member = addToTeam(id, DemoData.NURSE_ID, "NURSE");
    var nurse = Api.as(DemoData.NURSE);
    assertThat(nurse.get("/api/patients/" + id).status()).isEqualTo(200);

    var ended =
        Api.as(DemoData.CASE_MANAGER)
            .put(
                "/api/patients/" + id + "/care-team/members/" + member.json().get("id").asText(),
                Map.of(
                    "since",
                    TODAY.minusDays(30).toString(),
                    "until",
                    TODAY.minusDays(1).toString()),
                member.header("ETag").orElseThrow());
    assertThat(ended.status()).as(ended.raw().body()).isEqualTo(200);
    assertThat(ended.json().get("active").asBoolean()).isFalse();

    assertThat(nurse.get("/api/patients/" + id).status()).isEqualTo(404);
    assertThat(nurse.get("/api/patients/" + id + "/logbook/entries").status()).isEqualTo(404);
    assertThat(nurse.get("/api/patients?size=100").json().get("items").findValuesAsText("id"))
        .doesNotContain(id);
  }

  @Test
  void aMembershipStartingLaterGivesNoAccessYetAndAStaleEditGets412() {
    var id = openFile();
    var reply =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/care-team/members",
                Map.of(
                    "professionalId",
                    DemoData.HOME_AIDE_ID,
                    "role",
                    "HOME_AIDE",
                    "since",
                    TODAY.plusDays(3).toString()));
    assertThat(reply.status()).isEqualTo(201);
    assertThat(Api.as(DemoData.HOME_AIDE).get("/api/patients/" + id).status()).isEqualTo(404);

    var path = "/api/patients/" + id + "/care-team/members/" + reply.json().get("id").asText();
    var etag = reply.header("ETag").orElseThrow();
    assertThat(
            Api.as(DemoData.CASE_MANAGER)
                .put(path, Map.of("since", TODAY.toString()), etag)
                .status())
        .isEqualTo(200);
    assertThat(Api.as(DemoData.HOME_AIDE).get("/api/patients/" + id).status()).isEqualTo(200);
    assertThat(
            Api.as(DemoData.CASE_MANAGER)
                .put(path, Map.of("since", TODAY.minusDays(1).toString()), etag)
                .status())
        .isEqualTo(412);
    var backwards =
        Api.as(DemoData.CASE_MANAGER)
            .put(
                path,
                Map.of("since", TODAY.toString(), "until", TODAY.minusDays(2).toString()),
                "\"1\"");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.json().get("errors").get(0).get("field").asText()).isEqualTo("until");
  }

  @Test
  void aRemovedMemberLosesAccessAtOnceAndStaysInTheTeamHistory() {
    var id = openFile();
    var member = addToTeam(id, DemoData.HOME_AIDE_ID, "HOME_AIDE").json().get("id").asText();
    var removed =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/care-team/members/" + member + "/removal",
                Map.of("reason", "Fin de l'intervention du service"));
    assertThat(removed.status()).as(removed.raw().body()).isEqualTo(200);
    assertThat(removed.json().get("active").asBoolean()).isFalse();
    assertThat(Api.as(DemoData.HOME_AIDE).get("/api/patients/" + id).status()).isEqualTo(404);

    var team = Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id + "/care-team/members");
    assertThat(team.json()).hasSize(2);
    assertThat(team.json().get(1).get("endReason").asText())
        .isEqualTo("Fin de l'intervention du service");

    // she may come back later
    addToTeam(id, DemoData.HOME_AIDE_ID, "HOME_AIDE");
    assertThat(Api.as(DemoData.HOME_AIDE).get("/api/patients/" + id).status()).isEqualTo(200);
  }

  @Test
  void aMemberLeavesButTheLastCaseManagerCannot() {
    var id = openFile();
    addToTeam(id, DemoData.NURSE_ID, "NURSE");
    var leave = Api.as(DemoData.NURSE).post("/api/patients/" + id + "/care-team/leave", Map.of());
    assertThat(leave.status()).isEqualTo(204);
    assertThat(Api.as(DemoData.NURSE).get("/api/patients/" + id).status()).isEqualTo(404);

    var lastCaseManager =
        Api.as(DemoData.CASE_MANAGER).post("/api/patients/" + id + "/care-team/leave", Map.of());
    assertThat(lastCaseManager.status()).isEqualTo(409);
    assertThat(lastCaseManager.json().get("code").asText()).isEqualTo("last-case-manager");
    assertThat(Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id).status()).isEqualTo(200);
  }

  @Test
  void addingAProfessionalTellsHimByEMailWithoutHealthData() {
    var id = openFile();
    var patient = Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id).json();
    addToTeam(id, DemoData.PHARMACIST_WITHOUT_LOGIN_ID, "PHARMACIST");
    var mail =
        Mailbox.awaitMail(
            "marc.girard@pharmacie-marche.example", m -> m.body().contains("/patients/" + id));
    assertThat(mail.subject()).contains("équipe de prise en charge");
    assertThat(mail.body())
        .contains("Isabelle Martin")
        .contains("pharmacien")
        .doesNotContain(patient.get("lastName").asText());
  }

  @Test
  void somebodyNotYetInTheDirectoryIsInvitedByEMailAndJoinsAfterLoggingIn() {
    var id = openFile();
    var suffix = UUID.randomUUID().toString().substring(0, 8);
    var email = "kine-" + suffix + "@cabinet-kine.example";
    var invited =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/care-team/invitations",
                Map.of(
                    "role",
                    "PHYSIOTHERAPIST",
                    "email",
                    email,
                    "firstName",
                    "Paul",
                    "lastName",
                    "Kiné-" + suffix,
                    "profession",
                    "PHYSIOTHERAPIST",
                    "structureId",
                    DemoData.PHARMACY_ID));
    assertThat(invited.status()).as(invited.raw().body()).isEqualTo(201);
    assertThat(invited.json().get("status").asText()).isEqualTo("PENDING");

    var mail = Mailbox.awaitMail(email, m -> LINK.matcher(m.body()).find());
    var matcher = LINK.matcher(mail.body());
    assertThat(matcher.find()).isTrue();
    var token = matcher.group(1);
    assertThat(mail.body()).doesNotContain("Test-");

    // the invited person creates an account (self-registration), then follows the link
    var login = "kine." + suffix;
    KeycloakAdmin.ensureUser(login, email, "Paul", "Kiné-" + suffix);
    var invitee = Api.as(login);
    assertThat(invitee.get("/api/me").status()).as("no directory entry yet").isEqualTo(403);
    var preview = invitee.get("/api/invitations/" + token);
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.json().get("invitedBy").asText()).isEqualTo("Isabelle Martin");
    assertThat(preview.json().get("patientInitials").asText()).isEqualTo("J. T.");
    var before = invitee.get("/api/patients/" + id);
    assertThat(before.status()).as("no directory entry: no patient at all").isEqualTo(403);
    assertThat(before.json().get("code").asText()).isEqualTo("not-a-professional");

    // somebody else who got hold of the link cannot use it
    var other = "autre." + suffix;
    KeycloakAdmin.ensureUser(other, "autre-" + suffix + "@example.org", "Autre", "Personne");
    var stolen = Api.as(other).post("/api/invitations/" + token + "/acceptance", Map.of());
    assertThat(stolen.status()).isEqualTo(403);
    assertThat(stolen.json().get("code").asText()).isEqualTo("invitation-for-someone-else");

    var accepted = invitee.post("/api/invitations/" + token + "/acceptance", Map.of());
    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    assertThat(accepted.json().get("fileId").asText()).isEqualTo(id);
    assertThat(invitee.get("/api/patients/" + id).json().get("myRole").asText())
        .isEqualTo("PHYSIOTHERAPIST");
    assertThat(invitee.get("/api/me").json().at("/professional/structure/id").asText())
        .isEqualTo(DemoData.PHARMACY_ID);

    var twice = invitee.post("/api/invitations/" + token + "/acceptance", Map.of());
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("code").asText()).isEqualTo("invitation-accepted");
    assertThat(
            Api.as(DemoData.CASE_MANAGER)
                .get("/api/patients/" + id + "/care-team/invitations")
                .json()
                .get(0)
                .get("status")
                .asText())
        .isEqualTo("ACCEPTED");
  }

  @Test
  void anInvitationForADirectoryProfessionalIsHisAloneAndAnUnknownLinkIs404() {
    var id = openFile();
    var invited =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/care-team/invitations",
                Map.of(
                    "role", "NURSE",
                    "professionalId", DemoData.NURSE_ID,
                    "email", "claire.dubois@infirmiers-centre.example",
                    "firstName", "Claire",
                    "lastName", "Dubois",
                    "profession", "NURSE"));
    assertThat(invited.status()).isEqualTo(201);
    var address = "claire.dubois@infirmiers-centre.example";
    Mailbox.awaitMail(address, m -> LINK.matcher(m.body()).find());
    String token = null;
    for (var m : Mailbox.of(address)) {
      var found = LINK.matcher(m.body());
      if (found.find()) {
        token = found.group(1); // mail arrives in order: the last link is this test's
      }
    }
    assertThat(
            Api.as(DemoData.HOME_AIDE)
                .post("/api/invitations/" + token + "/acceptance", Map.of())
                .status())
        .isEqualTo(403);
    assertThat(
            Api.as(DemoData.NURSE)
                .post("/api/invitations/" + token + "/acceptance", Map.of())
                .status())
        .isEqualTo(200);
    assertThat(Api.as(DemoData.NURSE).get("/api/patients/" + id).status()).isEqualTo(200);
    assertThat(
            Api.as(DemoData.NURSE)
                .get("/api/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .status())
        .isEqualTo(404);
  }

  @Test
  void anInvitationByEMailNeedsAStructureAndAValidAddress() {
    var id = openFile();
    var before =
        Database.count(
            "select count(*) from care_team_invitation where file_id = ?", UUID.fromString(id));
    var noStructure =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/care-team/invitations",
                Map.of(
                    "role", "NURSE",
                    "email", "x@example.org",
                    "firstName", "X",
                    "lastName", "Y",
                    "profession", "NURSE"));
    assertThat(noStructure.status()).isEqualTo(400);
    assertThat(noStructure.json().get("errors").get(0).get("field").asText())
        .isEqualTo("structureId");
    var badEmail =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/care-team/invitations",
                Map.of(
                    "role", "NURSE",
                    "email", "not an address",
                    "firstName", "X",
                    "lastName", "Y",
                    "profession", "NURSE",
                    "structureId", DemoData.PHARMACY_ID));
    assertThat(badEmail.status()).isEqualTo(400);
    assertThat(badEmail.json().get("errors").get(0).get("field").asText()).isEqualTo("email");
    var intoACoordinationStructure =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/care-team/invitations",
                Map.of(
                    "role", "CASE_MANAGER",
                    "email", "x@example.org",
                    "firstName", "X",
                    "lastName", "Y",
                    "profession", "CASE_MANAGER",
                    "structureId", DemoData.DAC_ID));
    assertThat(intoACoordinationStructure.status()).isEqualTo(400);
    assertThat(intoACoordinationStructure.json().get("errors").get(0).get("field").asText())
        .isEqualTo("structureId");
    assertThat(
            Database.count(
                "select count(*) from care_team_invitation where file_id = ?", UUID.fromString(id)))
        .isEqualTo(before);
  }

  @Test
  void theGpDelegatesCarePlanAuthoringToTheStructureAndRevokesIt() {
    var id = openFile();
    addToTeam(id, DemoData.GP_ID, "GP");
    var path = "/api/patients/" + id + "/care-team/delegation";
    assertThat(Api.as(DemoData.CASE_MANAGER).post(path, Map.of()).status()).isEqualTo(403);
    var delegated = Api.as(DemoData.GP).post(path, Map.of());
    assertThat(delegated.status()).as(delegated.raw().body()).isEqualTo(201);
    assertThat(delegated.json().at("/structure/id").asText()).isEqualTo(DemoData.DAC_ID);
    assertThat(Api.as(DemoData.GP).post(path, Map.of()).status()).isEqualTo(409);
    assertThat(Api.as(DemoData.CASE_MANAGER).get(path).json().at("/delegatedBy/lastName").asText())
        .isEqualTo("Moreau");
    assertThat(Api.as(DemoData.GP).delete(path).status()).isEqualTo(204);
    assertThat(Api.as(DemoData.CASE_MANAGER).get(path).status()).isEqualTo(204);
    assertThat(
            Database.count(
                "select count(*) from care_plan_delegation where file_id = ? and revoked_at is not null",
                UUID.fromString(id)))
        .isEqualTo(1);
  }
}
