package org.liaison.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.kernel.BusinessException;

/** Design checks, server-side reading of answers, scores, and the shipped templates. */
class FormRulesTest {

  private static FormDefinition.Question question(
      String id, QuestionType type, boolean required, String condition) {
    return new FormDefinition.Question(
        id, "Question " + id, null, type, required, null, null, null, null, condition);
  }

  private static FormDefinition.Question choice(String id, String condition) {
    return new FormDefinition.Question(
        id,
        "Question " + id,
        null,
        QuestionType.SINGLE_CHOICE,
        true,
        null,
        null,
        null,
        List.of(
            new FormDefinition.Choice("yes", "Oui", BigDecimal.valueOf(2)),
            new FormDefinition.Choice("no", "Non", BigDecimal.ZERO)),
        condition);
  }

  private static FormDefinition form(
      List<FormDefinition.Question> questions, FormDefinition.Score... scores) {
    return new FormDefinition(
        List.of(new FormDefinition.Section("Section", null, questions)), List.of(scores));
  }

  private static List<String> fieldsOf(Runnable action) {
    try {
      action.run();
      throw new AssertionError("expected a refusal");
    } catch (BusinessException e) {
      return e.errors().stream().map(f -> f.field() + ": " + f.message()).toList();
    }
  }

  @Test
  void aConditionMayOnlyUseEarlierQuestions() {
    var later =
        form(
            List.of(
                question("a", QuestionType.YES_NO, false, "b = true"),
                question("b", QuestionType.YES_NO, false, null)));
    assertThat(fieldsOf(() -> FormDesignCheck.check(later)))
        .singleElement()
        .asString()
        .startsWith(
            "sections[0].questions[0].condition: the condition uses 'b', which does not come before");
    var itself = form(List.of(question("a", QuestionType.YES_NO, false, "a = true")));
    assertThat(fieldsOf(() -> FormDesignCheck.check(itself))).hasSize(1);
  }

  @Test
  void anExpressionThatDoesNotParseOrNamesNothingIsRefusedWithItsPosition() {
    var broken =
        form(
            List.of(question("a", QuestionType.NUMBER, false, null)),
            new FormDefinition.Score("s", "Score", "a + * 2", List.of()),
            new FormDefinition.Score("t", "Other", "a + ghost", List.of()));
    assertThat(fieldsOf(() -> FormDesignCheck.check(broken)))
        .containsExactly(
            "scores[0].expression: unexpected '*' (at character 5)",
            "scores[1].expression: no question or score is named 'ghost' (at character 5)");
  }

  @Test
  void scoresThatUseEachOtherInACircleAreRefused() {
    var cycle =
        form(
            List.of(question("a", QuestionType.NUMBER, false, null)),
            new FormDefinition.Score("s", "S", "t + a", List.of()),
            new FormDefinition.Score("t", "T", "u * 2", List.of()),
            new FormDefinition.Score("u", "U", "s - 1", List.of()));
    assertThat(fieldsOf(() -> FormDesignCheck.check(cycle)))
        .contains("scores[0].expression: the scores make a cycle: s → t → u → s");
  }

  @Test
  void namesAreUniqueAndChoicesBelongToChoiceQuestions() {
    var twice =
        form(
            List.of(
                question("a", QuestionType.NUMBER, false, null),
                question("a", QuestionType.SINGLE_CHOICE, false, null)));
    assertThat(fieldsOf(() -> FormDesignCheck.check(twice)))
        .contains(
            "sections[0].questions[1].id: another question is already named a",
            "sections[0].questions[1].choices: a choice question needs its choices");
  }

  @Test
  void aHiddenQuestionMayNotBeAnsweredAndAShownRequiredOneMust() {
    var definition = form(List.of(choice("falls", null), choice("injured", "falls = 'yes'")));
    assertThat(
            fieldsOf(
                () -> FormFilling.read(definition, Map.of("falls", "no", "injured", "no"), true)))
        .containsExactly(
            "answers.injured: answered, but this question is not shown (its condition is false)");
    assertThat(fieldsOf(() -> FormFilling.read(definition, Map.of("falls", "yes"), true)))
        .containsExactly("answers.injured: an answer is required");
    // a draft may be partial
    assertThat(FormFilling.read(definition, Map.of("falls", "yes"), false).answers())
        .containsEntry("falls", "yes");
  }

  @Test
  void answersAreCheckedAgainstTheirTypeBoundsAndChoices() {
    var definition =
        form(
            List.of(
                new FormDefinition.Question(
                    "weightKg",
                    "Poids",
                    null,
                    QuestionType.NUMBER,
                    false,
                    "kg",
                    BigDecimal.valueOf(20),
                    BigDecimal.valueOf(250),
                    null,
                    null),
                choice("falls", null)));
    var answers = new HashMap<String, Object>();
    answers.put("weightKg", 300);
    answers.put("falls", "maybe");
    answers.put("unknown", 1);
    assertThat(fieldsOf(() -> FormFilling.read(definition, answers, true)))
        .containsExactlyInAnyOrder(
            "answers.unknown: no such question in this version of the form",
            "answers.weightKg: must be at most 250",
            "answers.falls: 'maybe' is not one of the choices");
    assertThat(
            fieldsOf(
                () ->
                    FormFilling.read(definition, Map.of("weightKg", "heavy", "falls", "no"), true)))
        .containsExactly("answers.weightKg: a number is expected");
  }

  @Test
  void scoresAreComputedByTheServerWithTheirBand() {
    var definition =
        form(
            List.of(choice("a", null), choice("b", null)),
            new FormDefinition.Score(
                "total",
                "Total",
                "weight(a) + weight(b)",
                List.of(
                    new FormDefinition.Band(BigDecimal.ZERO, BigDecimal.valueOf(2), "Faible"),
                    new FormDefinition.Band(BigDecimal.valueOf(3), null, "Élevé"))),
            new FormDefinition.Score("double", "Double", "total * 2", List.of()));
    var outcome = FormFilling.read(definition, Map.of("a", "yes", "b", "yes"), true);
    assertThat(outcome.scores())
        .extracting(
            FormFilling.ScoreResult::id,
            r -> r.value().toPlainString(),
            FormFilling.ScoreResult::band)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("total", "4", "Élevé"),
            org.assertj.core.groups.Tuple.tuple("double", "8", null));
  }

  @Test
  void theShippedTemplatesAreValidAndTheAggirOneGivesTheGir() {
    for (var template : FormTemplates.ALL) {
      FormDesignCheck.check(template.definition());
    }
    var aggir = FormTemplates.byKey("aggir").orElseThrow().definition();
    var answers = new HashMap<String, Object>();
    // The grid of AggirTest's first complete case, sub-variable by sub-variable: coh AB -> B,
    // ori BA -> B, toi AC -> B, hab ABC -> B, ali AA -> A, eli BA -> B, transferts B,
    // déplacements intérieurs B: BBBBABBB -> rank 10, GIR 4 (the sums are in AggirTest)
    var grid =
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
            Map.entry("deplacementsInterieur", "B"));
    answers.putAll(grid);
    var gir = FormFilling.read(aggir, answers, true).scores().get(0);
    assertThat(gir.value()).isEqualByComparingTo("4");
    assertThat(gir.label()).isEqualTo("GIR (groupe iso-ressources)");
    assertThat(gir.band()).isEqualTo("dépendance partielle");
    // the band does not repeat what the label and the value already say
    assertThat(aggir.scores().get(0).bands()).noneMatch(b -> b.label().contains("GIR"));
  }
}
