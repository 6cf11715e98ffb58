package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.etag;
import static org.liaison.it.support.Files.recordConsent;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.it.support.Api;
import org.liaison.it.support.Database;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.Stack;

/** The MAIA case workflow: only its transitions, each dated, signed and kept in the history. */
@ExtendWith(ArquillianExtension.class)
class CaseWorkflowIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  /** A new file whose patient consented to share his data (an inclusion needs it). */
  private static String openFile() {
    var id = org.liaison.it.support.Files.openFile();
    recordConsent(id);
    return id;
  }

  private static Api.Reply move(String fileId, String to) {
    return Api.as(DemoData.CASE_MANAGER)
        .post(
            "/api/patients/" + fileId + "/status-changes",
            Map.of("to", to, "reason", "Décision de l'équipe (" + to + ")"),
            etag(fileId));
  }

  @Test
  void aDischargeCarriesItsStructuredExitReasonAndNoOtherChangeDoes() {
    var id = openFile();
    var refused =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/status-changes",
                Map.of("to", "INCLUDED", "reason", "Inclusion", "exitReason", "GOALS_MET"),
                etag(id));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.raw().body()).contains("exitReason");
    assertThat(move(id, "INCLUDED").status()).isEqualTo(200);
    var discharged =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/status-changes",
                Map.of(
                    "to", "DISCHARGED", "reason", "Entrée en EHPAD", "exitReason", "NURSING_HOME"),
                etag(id));
    assertThat(discharged.status()).as(discharged.raw().body()).isEqualTo(200);
    var history =
        Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id + "/status-changes").json();
    assertThat(history.get(history.size() - 1).get("exitReason").asText())
        .isEqualTo("NURSING_HOME");
  }

  @Test
  void aNewFileStartsInRequestAnalysisWithItsOpeningInTheHistory() {
    var id = openFile();
    var file = Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id).json();
    assertThat(file.get("status").asText()).isEqualTo("REQUEST_ANALYSIS");
    assertThat(file.get("allowedTransitions").toString())
        .isEqualTo("[\"REORIENTED_T1\",\"INCLUDED\",\"DECEASED\"]");
    var history = Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id + "/status-changes");
    assertThat(history.json()).hasSize(1);
    assertThat(history.json().get(0).get("to").asText()).isEqualTo("REQUEST_ANALYSIS");
    assertThat(history.json().get(0).has("from")).isFalse();
  }

  @ParameterizedTest(name = "REQUEST_ANALYSIS -> {0} -> {1}")
  @CsvSource({
    "REORIENTED_T1,",
    "DECEASED,",
    "INCLUDED, REORIENTED_T2",
    "INCLUDED, DISCHARGED",
    "INCLUDED, DECEASED"
  })
  void everyAllowedTransitionIsRecordedWithWhoWhenAndWhy(String first, String second) {
    var id = openFile();
    var reply = move(id, first);
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
    assertThat(reply.json().get("status").asText()).isEqualTo(first);
    assertThat(reply.json().get("statusSince").asText())
        .isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString());
    if (second != null) {
      var again = move(id, second);
      assertThat(again.status()).as(again.raw().body()).isEqualTo(200);
      assertThat(again.json().get("status").asText()).isEqualTo(second);
    }
    var history =
        Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id + "/status-changes").json();
    assertThat(history).hasSize(second == null ? 2 : 3);
    var last = history.get(history.size() - 1);
    assertThat(last.get("to").asText()).isEqualTo(second == null ? first : second);
    assertThat(last.get("recordedByName").asText()).isEqualTo("Isabelle Martin");
    assertThat(last.get("reason").asText()).startsWith("Décision de l'équipe");
    assertThat(
            Database.count(
                "select count(*) from case_status_change where file_id = ?", UUID.fromString(id)))
        .isEqualTo(history.size());
  }

  @ParameterizedTest(name = "{0}: {1} is refused")
  @CsvSource({
    ", DISCHARGED, REORIENTED_T1 INCLUDED DECEASED",
    ", REORIENTED_T2, REORIENTED_T1 INCLUDED DECEASED",
    ", REQUEST_ANALYSIS, REORIENTED_T1 INCLUDED DECEASED",
    "INCLUDED, REORIENTED_T1, REORIENTED_T2 DISCHARGED DECEASED",
    "INCLUDED, INCLUDED, REORIENTED_T2 DISCHARGED DECEASED",
    "REORIENTED_T1, INCLUDED, REQUEST_ANALYSIS",
    "DECEASED, INCLUDED, "
  })
  void aTransitionOutsideTheWorkflowIsA409NamingTheAllowedOnes(
      String before, String refused, String allowed) {
    var id = openFile();
    if (before != null) {
      assertThat(move(id, before).status()).isEqualTo(200);
    }
    var historyBefore =
        Database.count(
            "select count(*) from case_status_change where file_id = ?", UUID.fromString(id));
    var reply = move(id, refused);
    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("code").asText()).isEqualTo("transition-not-allowed");
    var expected = allowed == null ? new String[0] : allowed.split(" ");
    assertThat(reply.json().get("allowed")).extracting(n -> n.asText()).containsExactly(expected);
    assertThat(
            Database.count(
                "select count(*) from case_status_change where file_id = ?", UUID.fromString(id)))
        .isEqualTo(historyBefore);
  }

  @Test
  void anInclusionNeedsARecordedConsentOrTheReasonItCouldNotBeCollected() {
    var id = org.liaison.it.support.Files.openFile();
    var refused = move(id, "INCLUDED");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("code").asText()).isEqualTo("consent-required");
    var onAReorientation =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/status-changes",
                Map.of("to", "REORIENTED_T1", "reason", "r", "consentNotCollected", "x"),
                etag(id));
    assertThat(onAReorientation.status()).isEqualTo(400);
    assertThat(onAReorientation.json().at("/errors/0/field").asText())
        .isEqualTo("consentNotCollected");
    var why = "Troubles cognitifs sévères, pas de représentant légal désigné";
    var included =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/status-changes",
                Map.of(
                    "to", "INCLUDED", "reason", "Situation complexe", "consentNotCollected", why),
                etag(id));
    assertThat(included.status()).as(included.raw().body()).isEqualTo(200);
    var history =
        Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + id + "/status-changes").json();
    assertThat(history.get(history.size() - 1).get("consentNotCollected").asText()).isEqualTo(why);

    var consented = openFile();
    assertThat(move(consented, "INCLUDED").status()).isEqualTo(200);
  }

  @Test
  void onlyTheCaseManagerMovesTheFileAndAStaleVersionGets412() {
    var id = openFile();
    addToTeam(id, DemoData.NURSE_ID, "NURSE");
    var byNurse =
        Api.as(DemoData.NURSE)
            .post(
                "/api/patients/" + id + "/status-changes",
                Map.of("to", "INCLUDED", "reason", "non"),
                etag(id));
    assertThat(byNurse.status()).isEqualTo(403);

    var stale = etag(id);
    assertThat(move(id, "INCLUDED").status()).isEqualTo(200);
    var late =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/status-changes",
                Map.of("to", "DISCHARGED", "reason", "sortie"),
                stale);
    assertThat(late.status()).isEqualTo(412);

    var outsider =
        Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/status-changes",
                Map.of("to", "DISCHARGED", "reason", "intrusion"),
                etag(id));
    assertThat(outsider.status()).isEqualTo(404);
  }

  @Test
  void aTransitionNeedsAReasonAndCannotBeDatedInTheFutureOrBeforeTheCurrentStatus() {
    var id = openFile();
    var noReason =
        Api.as(DemoData.CASE_MANAGER)
            .post("/api/patients/" + id + "/status-changes", Map.of("to", "INCLUDED"), etag(id));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");

    var future =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/status-changes",
                Map.of("to", "INCLUDED", "reason", "r", "effectiveOn", "2999-01-01"),
                etag(id));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("errors").get(0).get("field").asText()).isEqualTo("effectiveOn");

    var beforeOpening =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/status-changes",
                Map.of("to", "INCLUDED", "reason", "r", "effectiveOn", "2001-01-01"),
                etag(id));
    assertThat(beforeOpening.status()).isEqualTo(400);
    assertThat(beforeOpening.json().get("errors").get(0).get("field").asText())
        .isEqualTo("effectiveOn");

    var unknown =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + id + "/status-changes",
                Map.of("to", "ARCHIVED", "reason", "r"),
                etag(id));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("to");
    assertThat(
            Database.count(
                "select count(*) from case_status_change where file_id = ?", UUID.fromString(id)))
        .isEqualTo(1);
  }
}
