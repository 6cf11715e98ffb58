package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Issue 17, point 1: any professional signals a person without a file to a coordination structure
 * with its orientation form; the structure accepts (the file opens in T1) or refuses; the sender is
 * told.
 */
@ExtendWith(ArquillianExtension.class)
class SignalIT {

  private static final String CASE_MANAGER_MAIL = "isabelle.martin@dac-coeur-de-loire.example";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  @Test
  void theHomeAideSignalsTheDacAcceptsAndTheFileOpensInRequestAnalysis() {
    var aide = Api.as(DemoData.HOME_AIDE);
    var manager = Api.as(DemoData.CASE_MANAGER);
    assertThat(
            manager
                .put("/api/notifications/preferences", Map.of("email", "IMMEDIATE"), null)
                .status())
        .isEqualTo(200);
    // the structure's own orientation form, once it has one: a copy of the orientation grid
    var copy =
        Api.as(DemoData.STRUCTURE_ADMIN).post("/api/forms/templates/orientation/copies", Map.of());
    assertThat(copy.status()).as(copy.raw().body()).isEqualTo(201);
    var form = aide.get("/api/signals/form?structure=" + DemoData.DAC_ID);
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.json().hasNonNull("formId")).as("the structure's copy, not the grid").isTrue();
    assertThat(form.json().at("/definition/sections/0/questions/0/id").asText())
        .isEqualTo("orienteur");
    var toNursingHome = aide.get("/api/signals/form?structure=" + DemoData.NURSING_HOME_ID);
    assertThat(toNursingHome.status()).isEqualTo(400);
    assertThat(toNursingHome.json().at("/errors/0/field").asText()).isEqualTo("toStructureId");

    var lastName = "Signalé-" + Long.toString(System.nanoTime(), 36);
    var incomplete = new HashMap<>(answers());
    incomplete.remove("description");
    var missing = aide.post("/api/signals", signal(lastName, incomplete));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().at("/errors/0/field").asText()).isEqualTo("answers.description");

    var sent = aide.post("/api/signals", signal(lastName, answers()));
    assertThat(sent.status()).as(sent.raw().body()).isEqualTo(201);
    var id = sent.json().get("id").asText();
    assertThat(sent.json().get("status").asText()).isEqualTo("SENT");
    assertThat(sent.json().get("summary").asText())
        .contains("Motifs d'inquiétude : Chutes répétées, Isolement social")
        .contains("La personne vit seule : oui");

    // the DAC's case managers and admins are told, in the app and by e-mail (no name in it)
    assertThat(kinds(manager)).contains("SIGNAL_RECEIVED");
    assertThat(kinds(Api.as(DemoData.STRUCTURE_ADMIN))).contains("SIGNAL_RECEIVED");
    var mail =
        Mailbox.awaitMail(
            CASE_MANAGER_MAIL,
            m ->
                m.subject().equals("Liaison : Nouveau signalement / New signal")
                    && m.body().contains("Lucie Petit"));
    assertThat(mail.body()).doesNotContain(lastName);
    var incoming = manager.get("/api/signals/incoming?size=100").json().get("items");
    assertThat(incoming.findValuesAsText("id")).contains(id);

    // only the sender and the receiving structure see it; a home aide answers nothing
    assertThat(aide.get("/api/signals/sent?size=100").json().get("items").findValuesAsText("id"))
        .contains(id);
    assertThat(aide.get("/api/signals/incoming").status()).isEqualTo(403);
    assertThat(Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER).get("/api/signals/" + id).status())
        .isEqualTo(404);
    assertThat(Api.as(DemoData.NURSE).get("/api/signals/" + id).status()).isEqualTo(404);

    var seen = manager.get("/api/signals/" + id);
    var accepted =
        manager.post(
            "/api/signals/" + id + "/answer",
            Map.of("status", "ACCEPTED", "comment", "Évaluation à domicile la semaine prochaine."),
            seen.header("ETag").orElseThrow());
    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    var fileId = accepted.json().get("fileId").asText();
    var file = manager.get("/api/patients/" + fileId).json();
    assertThat(file.get("lastName").asText()).isEqualTo(lastName);
    assertThat(file.get("status").asText()).isEqualTo("REQUEST_ANALYSIS");
    assertThat(file.get("referralOrigin").asText()).isEqualTo("HOME_CARE_SERVICE");
    assertThat(file.get("referralDetail").asText())
        .isEqualTo("Signalement de Lucie Petit (Aide et Vie à Domicile)");
    var first =
        manager.get("/api/patients/" + fileId + "/logbook/entries").json().get("items").get(0);
    assertThat(first.get("text").asText())
        .startsWith("Signalement du ")
        .contains("par Lucie Petit (Aide et Vie à Domicile)")
        .contains("Décrivez la situation : Vit seul, chute la semaine dernière");
    assertThat(kinds(aide)).as("the sender is told").contains("SIGNAL_ACCEPTED");
    assertThat(aide.get("/api/patients/" + fileId).status())
        .as("the sender is not in the team by signalling")
        .isEqualTo(404);

    var twice =
        manager.post(
            "/api/signals/" + id + "/answer",
            Map.of("status", "REFUSED"),
            accepted.header("ETag").orElseThrow());
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("code").asText()).isEqualTo("signal-already-answered");
  }

  @Test
  void aRefusalTellsTheSenderAndOpensNothing() {
    var aide = Api.as(DemoData.HOME_AIDE);
    var lastName = "Refusé-" + Long.toString(System.nanoTime(), 36);
    var sent = aide.post("/api/signals", signal(lastName, answers()));
    var id = sent.json().get("id").asText();
    var stale =
        Api.as(DemoData.CASE_MANAGER)
            .post("/api/signals/" + id + "/answer", Map.of("status", "REFUSED"), "\"7\"");
    assertThat(stale.status()).isEqualTo(412);
    var refused =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/signals/" + id + "/answer",
                Map.of("status", "REFUSED", "comment", "Déjà suivi par le SSIAD."),
                sent.header("ETag").orElseThrow());
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.json().hasNonNull("fileId")).isFalse();
    var mine = aide.get("/api/signals/" + id).json();
    assertThat(mine.get("status").asText()).isEqualTo("REFUSED");
    assertThat(mine.get("answerComment").asText()).isEqualTo("Déjà suivi par le SSIAD.");
    assertThat(kinds(aide)).contains("SIGNAL_REFUSED");
  }

  @Test
  void badInputGets400NamingTheFieldAndStoresNothing() {
    var aide = Api.as(DemoData.HOME_AIDE);
    var before = Database.count("select count(*) from signal");
    assertBadRequest(aide.post("/api/signals", "{\"to\": "), "body");
    var unknown = new HashMap<>(signal("X", answers()));
    unknown.put("surprise", 1);
    assertBadRequest(aide.post("/api/signals", unknown), "surprise");
    assertBadRequest(aide.post("/api/signals", withPerson("sex", "ROBOT")), "sex");
    assertBadRequest(aide.post("/api/signals", withPerson("birthDate", "2999-01-01")), null);
    assertBadRequest(
        aide.post("/api/signals", withPerson("birthDate", "-169104628-12-09")), "birthDate");
    assertBadRequest(aide.post("/api/signals", withPerson("lastName", " ")), "person.lastName");
    var hostile =
        List.<Map.Entry<String, Object>>of(
            Map.entry("nowhere", "x"),
            Map.entry("description", Map.of("a", 1)),
            Map.entry("motifs", "chutes"),
            Map.entry("motifs", List.of("licornes")),
            Map.entry("urgence", List.of(1)),
            Map.entry("urgence", 9),
            Map.entry("vitSeul", "peut-être"));
    for (var answer : hostile) {
      var answers = new HashMap<>(answers());
      answers.put(answer.getKey(), answer.getValue());
      assertBadRequest(
          aide.post("/api/signals", signal("X", answers)), "answers." + answer.getKey());
    }
    var toAHome = new HashMap<>(signal("X", answers()));
    toAHome.put("toStructureId", DemoData.NURSING_HOME_ID);
    assertBadRequest(aide.post("/api/signals", toAHome), "toStructureId");
    assertBadRequest(aide.get("/api/signals/nope"), "signalId");
    assertBadRequest(aide.get("/api/signals/form?structure=nope"), "structure");
    assertThat(Database.count("select count(*) from signal")).isEqualTo(before);

    var sent = aide.post("/api/signals", signal("Valide-" + System.nanoTime(), answers()));
    var manager = Api.as(DemoData.CASE_MANAGER);
    var path = "/api/signals/" + sent.json().get("id").asText() + "/answer";
    var etag = sent.header("ETag").orElseThrow();
    assertBadRequest(manager.post(path, Map.of("status", "SENT"), etag), "status");
    assertBadRequest(manager.post(path, Map.of("status", "MAYBE"), etag), "status");
    assertBadRequest(
        manager.post(path, Map.of("status", "REFUSED", "comment", "x".repeat(1001)), etag),
        "comment");
    assertThat(aide.post(path, Map.of("status", "REFUSED"), etag).status())
        .as("a home aide answers nothing")
        .isEqualTo(403);
  }

  private static void assertBadRequest(Api.Reply reply, String field) {
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.raw().body()).doesNotContain("Exception").doesNotContain("at org.");
    if (field != null) {
      assertThat(reply.json().get("errors").findValuesAsText("field"))
          .as("a field named " + field)
          .anyMatch(f -> f.equals(field) || f.endsWith("." + field));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withPerson(String key, Object value) {
    var signal = new HashMap<>(signal("X", answers()));
    var person = new HashMap<>((Map<String, Object>) signal.get("person"));
    person.put(key, value);
    signal.put("person", person);
    return signal;
  }

  private static Map<String, Object> signal(String lastName, Map<String, Object> answers) {
    return Map.of(
        "toStructureId",
        DemoData.DAC_ID,
        "person",
        Map.of(
            "firstName",
            "Marcel",
            "lastName",
            lastName,
            "birthDate",
            "1938-05-02",
            "sex",
            "MALE",
            "address",
            Map.of("line", "3 rue Bannier", "postalCode", "45000", "city", "Orléans")),
        "answers",
        answers,
        "personInformed",
        true);
  }

  private static Map<String, Object> answers() {
    var answers = new HashMap<String, Object>();
    answers.put("orienteur", "aideDomicile");
    answers.put("motifs", List.of("chutes", "isolement"));
    answers.put("vitSeul", true);
    answers.put("aidantPresent", false);
    answers.put("urgence", 3);
    answers.put("description", "Vit seul, chute la semaine dernière, ne sort plus.");
    answers.put("personneInformee", true);
    return answers;
  }

  private static List<String> kinds(Api who) {
    var kinds = new ArrayList<String>();
    for (JsonNode n : who.get("/api/notifications?size=100").json().get("items")) {
      kinds.add(n.get("kind").asText());
    }
    return kinds;
  }
}
