package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.etag;
import static org.liaison.it.support.Files.openFile;
import static org.liaison.it.support.Files.recordConsent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.CarePlans;
import org.liaison.it.support.Database;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.Stack;

/**
 * Closing a file (discharge, re-orientation, death) closes what it holds, in the same transaction:
 * the appointments to come are cancelled, a series under way ends, the patient leaves the meetings
 * to come (one about nobody else is cancelled and its participants are told), the logbook gets its
 * last entry and is read only; a file closed but after a death reopens as a new request, its
 * history kept (docs/workflows.md).
 */
@ExtendWith(ArquillianExtension.class)
class FileClosingIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  private static Api.Reply move(String file, Map<String, Object> body) {
    return Api.as(DemoData.CASE_MANAGER)
        .post("/api/patients/" + file + "/status-changes", body, etag(file));
  }

  private static Api.Reply schedule(String file, String start) {
    return Api.as(DemoData.CASE_MANAGER)
        .post("/api/patients/" + file + "/appointments", visit(start, null));
  }

  private static String schedule(String file, String start, String rrule) {
    var reply =
        Api.as(DemoData.CASE_MANAGER)
            .post("/api/patients/" + file + "/appointments", visit(start, rrule));
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
    return reply.json().get("id").asText();
  }

  private static Map<String, Object> visit(String start, String rrule) {
    var body = new HashMap<String, Object>();
    body.put("kind", "VISIT");
    body.put("title", "Toilette");
    body.put("performerId", DemoData.NURSE_ID);
    body.put("start", start);
    body.put("durationMinutes", 30);
    if (rrule != null) {
      body.put("rrule", rrule);
    }
    return body;
  }

  private static String meeting(List<String> files, int inDays) {
    var body = new HashMap<String, Object>();
    body.put("title", "RCP");
    body.put("start", LocalDate.now(PARIS).plusDays(inDays) + "T14:00");
    body.put("durationMinutes", 60);
    body.put("fileIds", files);
    body.put("participantIds", List.of(DemoData.NURSE_ID));
    var reply = Api.as(DemoData.CASE_MANAGER).post("/api/meetings", body);
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
    return reply.json().get("id").asText();
  }

  private static Api.Reply write(String file, String text) {
    return Api.as(DemoData.CASE_MANAGER)
        .post(
            "/api/patients/" + file + "/logbook/entries",
            Map.of("category", "OTHER", "text", text));
  }

  private static boolean cancelled(String appointment) {
    return Database.count(
            "select count(*) from appointment where id = ? and cancelled_at is not null",
            UUID.fromString(appointment))
        == 1;
  }

  @Test
  void aDischargeCancelsWhatWasToComeEndsTheLogbookAndTheFileReopensAsANewRequest() {
    var file = openFile();
    var other = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    addToTeam(other, DemoData.NURSE_ID, "NURSE");
    recordConsent(file);
    var include =
        move(file, Map.of("to", "INCLUDED", "reason", "Critères de gestion de cas remplis"));
    assertThat(include.status()).as(include.raw().body()).isEqualTo(200);
    var today = LocalDate.now(PARIS);
    var past = schedule(file, today.minusDays(2) + "T09:00", null);
    var toCome = schedule(file, today.plusDays(3) + "T09:00", null);
    // weekly from two weeks ago, two hours before now: today's occurrence is over at closing time
    var seriesStart =
        java.time.LocalDateTime.now(PARIS)
            .minusDays(14)
            .minusHours(2)
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    var series = schedule(file, seriesStart.toString(), "FREQ=WEEKLY");
    var otherVisit = schedule(other, today.plusDays(3) + "T10:00", null);
    var shared = meeting(List.of(file, other), 10);
    var alone = meeting(List.of(file), 12);
    assertThat(write(file, "Passage du matin, tout va bien").status()).isEqualTo(201);
    long told =
        Database.count(
            "select count(*) from notification where recipient_id = ? and kind = 'MEETING_CANCELLED'",
            UUID.fromString(DemoData.NURSE_ID));

    var discharge =
        move(
            file,
            Map.of(
                "to",
                "DISCHARGED",
                "reason",
                "Entrée à l'EHPAD Les Tilleuls",
                "exitReason",
                "NURSING_HOME"));
    assertThat(discharge.status()).as(discharge.raw().body()).isEqualTo(200);
    assertThat(discharge.json().get("allowedTransitions").toString())
        .isEqualTo("[\"REQUEST_ANALYSIS\"]");

    // the agenda: what was to come goes, the past and the other patient's stay
    assertThat(cancelled(toCome)).isTrue();
    assertThat(cancelled(past)).isFalse();
    assertThat(cancelled(otherVisit)).isFalse();
    assertThat(cancelled(series)).isFalse();
    assertThat(Database.text("select rrule from appointment where id = ?", UUID.fromString(series)))
        .startsWith("FREQ=WEEKLY;UNTIL=");
    assertThat(
            Database.count(
                "select count(*) from appointment where id = ? and ends_at <= now()",
                UUID.fromString(series)))
        .isEqualTo(1);
    assertThat(cancelled(shared)).isFalse();
    assertThat(
            Database.count(
                "select count(*) from meeting_patient where meeting_id = ? and file_id = ?",
                UUID.fromString(shared),
                UUID.fromString(file)))
        .isZero();
    assertThat(cancelled(alone)).isTrue();
    assertThat(
            Database.count(
                "select count(*) from notification where recipient_id = ? and kind = 'MEETING_CANCELLED'",
                UUID.fromString(DemoData.NURSE_ID)))
        .isEqualTo(told + 1);

    // the logbook: its last entry says why, then it is read only
    var last =
        Api.as(DemoData.CASE_MANAGER)
            .get("/api/patients/" + file + "/logbook/entries")
            .json()
            .get("items")
            .get(0);
    assertThat(last.get("text").asText())
        .startsWith("Dossier clôturé le ")
        .contains("sortie (entrée en EHPAD)")
        .endsWith("Motif : Entrée à l'EHPAD Les Tilleuls");
    assertThat(last.get("important").asBoolean()).isTrue();
    assertThat(last.get("authorName").asText()).isEqualTo("Isabelle Martin");
    var refused = write(file, "Après la sortie");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("code").asText()).isEqualTo("file-closed");
    // nor does the agenda take anything new for him
    var late = schedule(file, today.plusDays(4) + "T09:00");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().get("code").asText()).isEqualTo("file-closed");

    // reopened: a new request (T1), the history kept, the logbook open again
    var reopened = move(file, Map.of("to", "REQUEST_ANALYSIS", "reason", "Retour à domicile"));
    assertThat(reopened.status()).as(reopened.raw().body()).isEqualTo(200);
    assertThat(reopened.json().get("status").asText()).isEqualTo("REQUEST_ANALYSIS");
    var history =
        Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + file + "/status-changes").json();
    assertThat(history).hasSize(4);
    assertThat(write(file, "Retour à domicile, nouvelle évaluation").status()).isEqualTo(201);
  }

  /**
   * Issue 17, point 4: the team's memberships stop at the exit date, the care plan's open actions
   * are cancelled, and the structure keeps the closed file — its case managers may reopen it, its
   * data officer reads it, the former team no longer does.
   */
  @Test
  void aClosedFileStopsItsTeamClosesItsActionsAndStaysWithTheStructure() throws Exception {
    var file = openFile();
    var etag = CarePlans.startedPlan(file); // the GP and the nurse join the team
    var open = CarePlans.newId();
    var done = CarePlans.newId();
    var draft =
        CarePlans.aDraft()
            .withAction(open, "Passage infirmier quotidien", DemoData.NURSE_ID, null)
            .withAction(done, "Bilan de chute", DemoData.NURSE_ID, null)
            .build();
    var saved = Api.as(DemoData.GP).put(CarePlans.path(file) + "/draft", draft, etag);
    assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
    var finished =
        Api.as(DemoData.NURSE)
            .post(
                CarePlans.path(file) + "/actions/" + done + "/progress",
                Map.of("status", "DONE"),
                saved.header("ETag").orElseThrow());
    assertThat(finished.status()).as(finished.raw().body()).isEqualTo(200);
    recordConsent(file);
    assertThat(move(file, Map.of("to", "INCLUDED", "reason", "Critères remplis")).status())
        .isEqualTo(200);

    var discharge =
        move(
            file, Map.of("to", "DISCHARGED", "reason", "Retour en famille", "exitReason", "OTHER"));
    assertThat(discharge.status()).as(discharge.raw().body()).isEqualTo(200);
    var today = LocalDate.now(PARIS);
    var fileId = UUID.fromString(file);
    assertThat(
            Database.count(
                "select count(*) from care_team_member where file_id = ? and ended_at is null"
                    + " and until = ?",
                fileId,
                today))
        .as("every membership stops at the exit date")
        .isEqualTo(3);

    var plan = Api.as(DemoData.NURSE).get(CarePlans.path(file)).json();
    var actions = plan.at("/draft/actions");
    for (var action : actions) {
      var expected = action.get("id").asText().equals(done) ? "DONE" : "CANCELLED";
      assertThat(action.get("status").asText()).isEqualTo(expected);
    }
    assertThat(actions.toString()).contains("Dossier clôturé le ");

    // the exit date was yesterday: the team no longer reads the file; the structure does
    Database.execute(
        "update care_team_member set until = current_date - 1, since = current_date - 10"
            + " where file_id = '"
            + file
            + "'");
    var path = "/api/patients/" + file;
    assertThat(Api.as(DemoData.NURSE).get(path).status()).isEqualTo(404);
    assertThat(Api.as(DemoData.GP).get(path).status()).isEqualTo(404);
    assertThat(Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER).get(path).status()).isEqualTo(404);
    var officer = Api.as(DemoData.STRUCTURE_ADMIN);
    assertThat(officer.get(path).status()).isEqualTo(200);
    assertThat(officer.get(path + "/logbook/entries").status()).isEqualTo(200);
    var edit =
        officer.post(
            path + "/status-changes",
            Map.of("to", "REQUEST_ANALYSIS", "reason", "Relecture"),
            etag(file));
    assertThat(edit.status()).isEqualTo(403);
    var nurseList = Api.as(DemoData.NURSE).get("/api/patients?size=100").raw().body();
    assertThat(nurseList).doesNotContain(file);
    // she finds it again as a possible duplicate of the person, with its link
    var patient = Api.as(DemoData.CASE_MANAGER).get(path).json();
    var duplicates =
        Api.as(DemoData.CASE_MANAGER)
            .get(
                "/api/patients/duplicates?lastName="
                    + java.net.URLEncoder.encode(
                        patient.get("lastName").asText(), java.nio.charset.StandardCharsets.UTF_8)
                    + "&firstName="
                    + java.net.URLEncoder.encode(
                        patient.get("firstName").asText(), java.nio.charset.StandardCharsets.UTF_8)
                    + "&birthDate="
                    + patient.get("birthDate").asText());
    assertThat(duplicates.status()).as(duplicates.raw().body()).isEqualTo(200);
    assertThat(duplicates.json().findValuesAsText("fileId")).contains(file);

    // the case manager reopens it: she is its team again from today, the others are not
    var reopened = move(file, Map.of("to", "REQUEST_ANALYSIS", "reason", "Retour à domicile"));
    assertThat(reopened.status()).as(reopened.raw().body()).isEqualTo(200);
    assertThat(
            Database.count(
                "select count(*) from care_team_member where file_id = ? and ended_at is null"
                    + " and since = ? and until is null and professional_id = ?",
                fileId,
                today,
                UUID.fromString(DemoData.CASE_MANAGER_ID)))
        .isEqualTo(1);
    assertThat(write(file, "Nouvelle évaluation à domicile").status()).isEqualTo(201);
    assertThat(Api.as(DemoData.NURSE).get(path).status()).isEqualTo(404);
  }

  @Test
  void aDeathClosesTheFileForGood() {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var toCome = schedule(file, LocalDate.now(PARIS).plusDays(5) + "T11:00", null);
    var death = move(file, Map.of("to", "DECEASED", "reason", "Décès à domicile"));
    assertThat(death.status()).as(death.raw().body()).isEqualTo(200);
    assertThat(death.json().get("allowedTransitions")).isEmpty();
    assertThat(cancelled(toCome)).isTrue();
    assertThat(write(file, "x").status()).isEqualTo(409);
  }
}
