package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.openFile;

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

/**
 * Notifications reach the team of the patient only, in the app and by e-mail as each member
 * prefers: at once, in a digest (grouped, sent by the server's digest timer) or never; an e-mail
 * never carries health data.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {

  private static final String NURSE_MAIL = "claire.dubois@infirmiers-centre.example";
  private static final String HOME_AIDE_MAIL = "lucie.petit@aide-et-vie.example";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  private static String importantEntry(String file, String text) {
    var reply =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + file + "/logbook/entries",
                Map.of("category", "FALL", "text", text, "important", true));
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
    return text;
  }

  @Test
  void anImportantEntryNotifiesTheTeamButNotItsAuthorNorAnyOutsider() {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var text = "Chute dans l'escalier " + UUID.randomUUID();
    importantEntry(file, text);

    var nurse = Api.as(DemoData.NURSE).get("/api/notifications?size=100").json().get("items");
    var mine =
        nurse.findParents("fileId").stream()
            .filter(n -> n.get("fileId").asText().equals(file))
            .toList();
    assertThat(mine).extracting(n -> n.get("kind").asText()).contains("LOGBOOK_IMPORTANT_ENTRY");
    assertThat(mine.get(0).get("actorName").asText()).isEqualTo("Isabelle Martin");
    assertThat(mine.get(0).get("link").asText()).isEqualTo("/patients/" + file);
    // in the app, the notification names the patient to his team, and that reading is audited
    var patient = Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + file).json();
    var name =
        patient.get("lastName").asText().toUpperCase() + " " + patient.get("firstName").asText();
    assertThat(mine.get(0).get("patientName").asText()).isEqualTo(name);
    assertThat(
            Database.count(
                "select count(*) from audit_record where file_id = ? and actor_id = ?"
                    + " and resource = 'notifications' and action = 'READ'",
                UUID.fromString(file),
                UUID.fromString(DemoData.NURSE_ID)))
        .isPositive();

    assertThat(
            Api.as(DemoData.CASE_MANAGER)
                .get("/api/notifications?size=100")
                .json()
                .get("items")
                .findValuesAsText("fileId"))
        .as("not the author")
        .doesNotContain(file);
    assertThat(
            Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER)
                .get("/api/notifications?size=100")
                .json()
                .get("items")
                .findValuesAsText("fileId"))
        .as("never an outsider")
        .doesNotContain(file);

    var mail =
        Mailbox.awaitMail(
            NURSE_MAIL,
            m -> m.body().contains("entrée importante") && m.body().contains("/patients/" + file));
    assertThat(mail.body()).doesNotContain(text).doesNotContain(patient.get("lastName").asText());
    assertThat(mail.subject())
        .isEqualTo(
            "Liaison : Nouvelle entrée importante au cahier de liaison / Logbook: a new important entry")
        .doesNotContain(patient.get("lastName").asText());

    var id = mine.get(0).get("id").asText();
    var stolen = Api.as(DemoData.HOME_AIDE).post("/api/notifications/" + id + "/read", Map.of());
    assertThat(stolen.status()).isEqualTo(404);
    var read = Api.as(DemoData.NURSE).post("/api/notifications/" + id + "/read", Map.of());
    assertThat(read.json().hasNonNull("readAt")).isTrue();
  }

  @Test
  void aDigestGroupsWhatWaitedInOneMailAndNeverMeansNoMail() {
    var aide = Api.as(DemoData.HOME_AIDE);
    try {
      var set = aide.put("/api/notifications/preferences", Map.of("email", "DAILY_DIGEST"), null);
      assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
      assertThat(aide.get("/api/notifications/preferences").json().get("email").asText())
          .isEqualTo("DAILY_DIGEST");
      var first = openFile();
      var second = openFile();
      addToTeam(first, DemoData.HOME_AIDE_ID, "HOME_AIDE");
      addToTeam(second, DemoData.HOME_AIDE_ID, "HOME_AIDE");
      importantEntry(first, "Ne s'alimente plus");
      importantEntry(second, "Très confus ce matin");

      var digest =
          Mailbox.awaitMail(
              HOME_AIDE_MAIL,
              m ->
                  m.subject().contains("résumé")
                      && m.body().contains("/patients/" + first)
                      && m.body().contains("/patients/" + second));
      assertThat(digest.body())
          .contains("entrée importante")
          .doesNotContain("alimente")
          .doesNotContain("confus");
      assertThat(
              Database.count(
                  "select count(*) from outgoing_mail where recipient = ? and subject not like"
                      + " '%résumé du jour%' and body like ?",
                  HOME_AIDE_MAIL, "%/patients/" + first + "%"))
          .as("no immediate mail while on digest")
          .isZero();

      aide.put("/api/notifications/preferences", Map.of("email", "NEVER"), null);
      var third = openFile();
      addToTeam(third, DemoData.HOME_AIDE_ID, "HOME_AIDE");
      importantEntry(third, "Fièvre");
      assertThat(
              aide.get("/api/notifications?size=100")
                  .json()
                  .get("items")
                  .findValuesAsText("fileId"))
          .as("still in the app")
          .contains(third);
      assertThat(
              Database.count(
                  "select count(*) from notification where file_id = ?::uuid and email = 'NOT_SENT'"
                      + " and kind = 'LOGBOOK_IMPORTANT_ENTRY'",
                  third))
          .isEqualTo(1);
      assertThat(
              Database.count(
                  "select count(*) from outgoing_mail where recipient = ? and body like ?",
                  HOME_AIDE_MAIL,
                  "%/patients/" + third + "%"))
          .isZero();
    } finally {
      aide.put("/api/notifications/preferences", Map.of("email", "IMMEDIATE"), null);
    }
  }

  @Test
  void badPreferencesAreRefused() {
    var reply =
        Api.as(DemoData.NURSE)
            .put("/api/notifications/preferences", Map.of("email", "SOMETIMES"), null);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(Api.as(DemoData.NURSE).put("/api/notifications/preferences", "{}", null).status())
        .isEqualTo(400);
    assertThat(Api.as(DemoData.NURSE).post("/api/notifications/nope/read", Map.of()).status())
        .isEqualTo(400);
  }
}
