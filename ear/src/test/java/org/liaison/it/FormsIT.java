package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.openFile;

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
import org.liaison.it.support.Database;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.Stack;

/** Forms designed in versions by a structure admin, filled and checked by the server. */
@ExtendWith(ArquillianExtension.class)
class FormsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  private final Api admin = Api.as(DemoData.STRUCTURE_ADMIN);
  private final Api nurse = Api.as(DemoData.NURSE);

  /** A fall-risk form: falls? if yes, how many (conditional); a score with bands. */
  static Map<String, Object> fallForm(String title, String fallsLabel) {
    var falls = Map.of("id", "falls", "label", fallsLabel, "type", "YES_NO", "required", true);
    var count =
        Map.of(
            "id", "fallCount",
            "label", "Combien de chutes ?",
            "type", "NUMBER",
            "required", true,
            "min", 1,
            "max", 50,
            "condition", "falls = true");
    var fear =
        Map.of(
            "id", "fear",
            "label", "Peur de tomber",
            "type", "SINGLE_CHOICE",
            "required", false,
            "choices",
                List.of(
                    Map.of("code", "none", "label", "Aucune", "weight", 0),
                    Map.of("code", "some", "label", "Un peu", "weight", 1),
                    Map.of("code", "strong", "label", "Beaucoup", "weight", 2)));
    var score =
        Map.of(
            "id", "risk",
            "label", "Risque de chute",
            "expression", "if(falls, min(fallCount, 3), 0) + weight(fear)",
            "bands",
                List.of(
                    Map.of("min", 0, "max", 1, "label", "Faible"),
                    Map.of("min", 2, "label", "Élevé")));
    return Map.of(
        "title",
        title,
        "definition",
        Map.of(
            "sections",
            List.of(Map.of("title", "Chutes", "questions", List.of(falls, count, fear))),
            "scores",
            List.of(score)));
  }

  private String createAndPublish(String title) {
    var created = admin.post("/api/forms", fallForm(title, "Chutes depuis 6 mois ?"));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    var id = created.json().at("/form/id").asText();
    var published =
        admin.post(
            "/api/forms/" + id + "/publication", Map.of(), created.header("ETag").orElseThrow());
    assertThat(published.status()).as(published.raw().body()).isEqualTo(200);
    return id;
  }

  private String fileWithNurse() {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    return file;
  }

  @Test
  void aSubmissionKeepsTheVersionItWasAnsweredOnWhenTheFormChangesLater() {
    var form = createAndPublish("Chutes " + UUID.randomUUID());
    var file = fileWithNurse();
    assertThat(nurse.get("/api/patients/" + file + "/forms").json().findValuesAsText("id"))
        .contains(form);

    var submitted =
        nurse.post(
            "/api/patients/" + file + "/form-submissions",
            Map.of(
                "formId",
                form,
                "answers",
                Map.of("falls", true, "fallCount", 5, "fear", "some"),
                "submit",
                true));
    assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(201);
    var submission = submitted.json().get("id").asText();
    assertThat(submitted.json().get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(submitted.json().at("/scores/0/value").asInt()).isEqualTo(4); // min(5, 3) + 1
    assertThat(submitted.json().at("/scores/0/band").asText()).isEqualTo("Élevé");

    // the admin changes the question and publishes version 2
    var current = admin.get("/api/forms/" + form);
    var draft =
        admin.put(
            "/api/forms/" + form + "/draft",
            fallForm(current.json().at("/form/title").asText(), "Chutes depuis 12 mois ?"),
            current.header("ETag").orElseThrow());
    assertThat(draft.status()).as(draft.raw().body()).isEqualTo(200);
    assertThat(draft.json().at("/versions/0/number").asInt()).isEqualTo(2);
    assertThat(draft.json().at("/versions/0/status").asText()).isEqualTo("DRAFT");
    var v2 =
        admin.post(
            "/api/forms/" + form + "/publication", Map.of(), draft.header("ETag").orElseThrow());
    assertThat(v2.json().at("/form/publishedVersion").asInt()).isEqualTo(2);

    var stored = nurse.get("/api/patients/" + file + "/form-submissions/" + submission);
    assertThat(stored.json().get("formVersion").asInt()).isEqualTo(1);
    assertThat(stored.json().at("/definition/sections/0/questions/0/label").asText())
        .isEqualTo("Chutes depuis 6 mois ?");
    assertThat(stored.json().at("/answers/fallCount").asInt()).isEqualTo(5);
    assertThat(nurse.get("/api/patients/" + file + "/forms/" + form).json().get("number").asInt())
        .isEqualTo(2);

    // a submitted form is final; a published version is frozen
    var again =
        nurse.put(
            "/api/patients/" + file + "/form-submissions/" + submission,
            Map.of("answers", Map.of("falls", false), "submit", true),
            stored.header("ETag").orElseThrow());
    assertThat(again.status()).isEqualTo(409);
    // a used form is archived, never deleted
    assertThat(admin.delete("/api/forms/" + form).status()).isEqualTo(409);
    assertThat(admin.post("/api/forms/" + form + "/archival", Map.of()).status()).isEqualTo(200);
    assertThat(nurse.get("/api/patients/" + file + "/forms").json().findValuesAsText("id"))
        .doesNotContain(form);
  }

  @Test
  void theServerChecksEveryAnswerAndNothingIsHalfSaved() {
    var form = createAndPublish("Contrôles " + UUID.randomUUID());
    var file = fileWithNurse();
    var path = "/api/patients/" + file + "/form-submissions";
    var before =
        Database.count(
            "select count(*) from form_submission where file_id = ?", UUID.fromString(file));

    var hidden =
        nurse.post(
            path,
            Map.of(
                "formId", form, "answers", Map.of("falls", false, "fallCount", 2), "submit", true));
    assertThat(hidden.status()).isEqualTo(400);
    assertThat(hidden.json().at("/errors/0/field").asText()).isEqualTo("answers.fallCount");

    var missing =
        nurse.post(path, Map.of("formId", form, "answers", Map.of("falls", true), "submit", true));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().at("/errors/0/field").asText()).isEqualTo("answers.fallCount");

    var wrongType =
        nurse.post(
            path, Map.of("formId", form, "answers", Map.of("falls", "oui"), "submit", false));
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.json().at("/errors/0/field").asText()).isEqualTo("answers.falls");

    var outOfBounds =
        nurse.post(
            path,
            Map.of(
                "formId", form, "answers", Map.of("falls", true, "fallCount", 99), "submit", true));
    assertThat(outOfBounds.json().at("/errors/0/message").asText()).isEqualTo("must be at most 50");

    var clientScore =
        nurse.post(
            path,
            Map.of(
                "formId",
                form,
                "answers",
                Map.of("falls", false),
                "submit",
                true,
                "scores",
                List.of(Map.of("id", "risk", "value", 0))));
    assertThat(clientScore.status()).isEqualTo(400);
    assertThat(clientScore.json().at("/errors/0/field").asText()).isEqualTo("scores");

    assertThat(
            Database.count(
                "select count(*) from form_submission where file_id = ?", UUID.fromString(file)))
        .isEqualTo(before);

    // a draft may be partial, is saved, then completed and submitted by its author
    var draft =
        nurse.post(path, Map.of("formId", form, "answers", Map.of("falls", true), "submit", false));
    assertThat(draft.status()).as(draft.raw().body()).isEqualTo(201);
    // scores are computed from what is answered so far: min(nothing, 3) is 3
    assertThat(draft.json().at("/scores/0/value").asInt()).isEqualTo(3);
    var done =
        nurse.put(
            path + "/" + draft.json().get("id").asText(),
            Map.of("answers", Map.of("falls", true, "fallCount", 1), "submit", true),
            draft.header("ETag").orElseThrow());
    assertThat(done.status()).as(done.raw().body()).isEqualTo(200);
    assertThat(done.json().at("/scores/0/band").asText()).isEqualTo("Faible");
  }

  @Test
  void aBadExpressionIsRefusedAtDesignTimeWithItsPosition() {
    var form = new HashMap<>(fallForm("Cassé", "Chutes ?"));
    @SuppressWarnings("unchecked")
    var definition = new HashMap<>((Map<String, Object>) form.get("definition"));
    definition.put(
        "scores",
        List.of(Map.of("id", "risk", "label", "Risque", "expression", "weight(fear) + + 1")));
    form.put("definition", definition);
    var reply = admin.post("/api/forms", form);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("scores[0].expression");
    assertThat(reply.json().at("/errors/0/message").asText()).contains("at character 16");

    definition.put(
        "scores", List.of(Map.of("id", "risk", "label", "Risque", "expression", "weight(ghost)")));
    var unknown = admin.post("/api/forms", form);
    assertThat(unknown.json().at("/errors/0/message").asText())
        .contains("no question or score is named 'ghost'");
  }

  @Test
  void onlyTheStructuresAdminsDesignAndOutsidersSeeNoSubmission() {
    assertThat(Api.as(DemoData.CASE_MANAGER).post("/api/forms", fallForm("X", "Y")).status())
        .isEqualTo(403);
    var form = createAndPublish("Accès " + UUID.randomUUID());
    assertThat(Api.as(DemoData.NURSING_HOME_ADMIN).get("/api/forms/" + form).status())
        .as("a form of another structure")
        .isEqualTo(404);
    var file = fileWithNurse();
    nurse.post(
        "/api/patients/" + file + "/form-submissions",
        Map.of("formId", form, "answers", Map.of("falls", false), "submit", true));
    var outsider = Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER);
    assertThat(outsider.get("/api/patients/" + file + "/form-submissions").status()).isEqualTo(404);
    assertThat(
            outsider
                .post(
                    "/api/patients/" + file + "/form-submissions",
                    Map.of("formId", form, "answers", Map.of("falls", false), "submit", true))
                .status())
        .isEqualTo(404);
  }

  @Test
  void theAggirTemplateIsReadyToUseAndComputesTheGir() {
    var copy = admin.post("/api/forms/templates/aggir/copies", Map.of());
    assertThat(copy.status()).as(copy.raw().body()).isEqualTo(201);
    assertThat(copy.json().at("/form/publishedVersion").asInt()).isEqualTo(1);
    var form = copy.json().at("/form/id").asText();
    var file = fileWithNurse();
    var answers = new HashMap<String, Object>();
    // Sub-variable by sub-variable, as the template asks them. Combined by the guide's rules
    // (Aggir.combine): cohérence A+B -> B, orientation B+A -> B, toilette A+C -> B (C only when
    // both are C), habillage A+B+C -> B, alimentation A+A -> A, élimination B+A -> B; transferts B,
    // déplacements intérieurs B: BBBBABBB. Groups: A = 16+16+16+120+32 = 200 < 3390,
    // B = 320+120+16+16+16+120-40 = 568 < 2016, C = 16+16+20+200+40 = 292 < 1432, D = 400 < 2400,
    // E = 400 < 1200, F = 600 < 800, G = 200+200+200+200+100 = 900 >= 650 -> rank 10 -> GIR 4
    // (AggirTest.aCompleteGridGivesTheGirAnEvaluatorFinds has the same grid).
    answers.putAll(
        Map.ofEntries(
            Map.entry("coherenceCommunication", "A"),
            Map.entry("coherenceComportement", "B"),
            Map.entry("orientationTemps", "B"),
            Map.entry("orientationEspace", "A"),
            Map.entry("toiletteHaut", "A"),
            Map.entry("toiletteBas", "C"),
            Map.entry("habillageHaut", "A"),
            Map.entry("habillageMoyen", "B"),
            Map.entry("habillageBas", "C"),
            Map.entry("alimentationSeServir", "A"),
            Map.entry("alimentationManger", "A"),
            Map.entry("eliminationUrinaire", "B"),
            Map.entry("eliminationFecale", "A"),
            Map.entry("transferts", "B"),
            Map.entry("deplacementsInterieur", "B")));
    var filled =
        nurse.post(
            "/api/patients/" + file + "/form-submissions",
            Map.of("formId", form, "answers", answers, "submit", true));
    assertThat(filled.status()).as(filled.raw().body()).isEqualTo(201);
    assertThat(filled.json().at("/scores/0/value").asInt()).isEqualTo(4);
    assertThat(filled.json().at("/scores/0/label").asText())
        .isEqualTo("GIR (groupe iso-ressources)");
    // the band says what GIR 4 means, without repeating "GIR 4" after the value
    assertThat(filled.json().at("/scores/0/band").asText()).isEqualTo("dépendance partielle");
  }

  @Test
  void aFormGoesToFhirAndComesBackTheSameAndASubmissionAsAResponse() {
    var form = createAndPublish("FHIR " + UUID.randomUUID());
    var exported = admin.get("/api/forms/" + form + "/versions/1/fhir", "application/fhir+json");
    assertThat(exported.status()).as(exported.raw().body()).isEqualTo(200);
    assertThat(exported.contentType()).startsWith("application/fhir+json");
    var questionnaire = exported.raw().body();
    assertThat(questionnaire).contains("\"resourceType\": \"Questionnaire\"");

    var imported = admin.raw("POST", "/api/forms/fhir", "application/fhir+json", questionnaire);
    assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
    var original = admin.get("/api/forms/" + form).json().at("/versions/0/definition");
    assertThat(imported.json().at("/versions/0/definition")).isEqualTo(original);
    assertThat(imported.json().at("/versions/0/status").asText()).isEqualTo("DRAFT");

    var unsupported =
        admin.raw(
            "POST",
            "/api/forms/fhir",
            "application/fhir+json",
            "{\"resourceType\": \"Questionnaire\", \"status\": \"active\", \"item\": ["
                + "{\"linkId\": \"photo\", \"text\": \"Photo\", \"type\": \"attachment\"}]}");
    assertThat(unsupported.status()).isEqualTo(400);
    assertThat(unsupported.json().at("/errors/0/field").asText()).isEqualTo("item[0].type");
    assertThat(unsupported.json().at("/errors/0/message").asText()).contains("attachment");
    var notJson = admin.raw("POST", "/api/forms/fhir", "application/fhir+json", "{not json");
    assertThat(notJson.status()).isEqualTo(400);

    var file = fileWithNurse();
    var submission =
        nurse
            .post(
                "/api/patients/" + file + "/form-submissions",
                Map.of(
                    "formId",
                    form,
                    "answers",
                    Map.of("falls", true, "fallCount", 2, "fear", "strong"),
                    "submit",
                    true))
            .json()
            .get("id")
            .asText();
    var response =
        nurse.get(
            "/api/patients/" + file + "/form-submissions/" + submission + "/fhir",
            "application/fhir+json");
    assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    assertThat(response.raw().body())
        .contains("\"resourceType\": \"QuestionnaireResponse\"")
        .contains("\"status\": \"completed\"")
        .contains("\"code\": \"strong\"");
  }
}
