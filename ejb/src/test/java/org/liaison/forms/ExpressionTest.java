package org.liaison.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionTest {

  private static Expression.Answers answers(Map<String, Value> values) {
    return new Expression.Answers() {
      public Value value(String name) {
        return values.getOrDefault(name, Value.NOTHING);
      }

      public BigDecimal weight(String name) {
        return values.get(name) instanceof Value.Num n ? n.value() : BigDecimal.ZERO;
      }
    };
  }

  private static Value eval(String source, Map<String, Value> values) {
    return Expression.parse(source).evaluate(answers(values));
  }

  private static Value num(String n) {
    return new Value.Num(new BigDecimal(n));
  }

  @Test
  void arithmeticFollowsTheUsualPrecedence() {
    assertThat(eval("1 + 2 * 3", Map.of())).isEqualTo(num("7"));
    assertThat(eval("(1 + 2) * 3", Map.of())).isEqualTo(num("9"));
    assertThat(eval("-2 + 10 / 4", Map.of())).isEqualTo(num("0.5"));
  }

  @Test
  void conditionsCombineComparisonsOnAnswers() {
    Map<String, Value> values =
        Map.of("age", num("82"), "falls", new Value.Text("yes"), "alone", Value.TRUE);
    assertThat(eval("age >= 75 and falls = 'yes'", values).isTrue()).isTrue();
    assertThat(eval("age < 75 or not alone", values).isTrue()).isFalse();
    assertThat(eval("falls != 'no' and alone = true", values).isTrue()).isTrue();
  }

  @Test
  void anUnansweredQuestionMakesArithmeticGiveNothingAndComparisonsFalse() {
    assertThat(eval("weightKg + 1", Map.of())).isEqualTo(Value.NOTHING);
    assertThat(eval("weightKg > 50", Map.of()).isTrue()).isFalse();
    assertThat(eval("weightKg != 50", Map.of()).isTrue()).isFalse();
    assertThat(eval("50 != weightKg", Map.of()).isTrue()).isFalse();
    assertThat(eval("answered(weightKg)", Map.of()).isTrue()).isFalse();
    assertThat(eval("sum(a, b, 2)", Map.of("a", num("3")))).isEqualTo(num("5"));
  }

  @Test
  void functionsReadWeightsChoicesAndCounts() {
    Map<String, Value> values =
        Map.of("help", new Value.Codes(List.of("meals", "shopping")), "q1", num("2"));
    assertThat(eval("contains(help, 'meals')", values).isTrue()).isTrue();
    assertThat(eval("contains(help, 'laundry')", values).isTrue()).isFalse();
    assertThat(eval("count(help)", values)).isEqualTo(num("2"));
    assertThat(eval("weight(q1) * 3", values)).isEqualTo(num("6"));
    assertThat(eval("if(count(help) > 1, 'many', 'few')", values))
        .isEqualTo(new Value.Text("many"));
    assertThat(eval("max(1, q1, 0.5)", values)).isEqualTo(num("2"));
  }

  @Test
  void datesCompare() {
    Map<String, Value> values =
        Map.of(
            "visit", new Value.Day(LocalDate.of(2026, 11, 2)),
            "previous", new Value.Day(LocalDate.of(2026, 10, 1)));
    assertThat(eval("visit > previous", values).isTrue()).isTrue();
    assertThat(eval("visit > other", values).isTrue()).isFalse();
  }

  @Test
  void aggirGivesTheGirFromEightAnsweredVariables() {
    var names = List.of("coh", "ori", "toi", "hab", "ali", "eli", "tra", "dpi");
    var values = new java.util.HashMap<String, Value>();
    for (int i = 0; i < 8; i++) {
      values.put(names.get(i), new Value.Text("CCAAAAAA".substring(i, i + 1)));
    }
    assertThat(eval("aggir(coh, ori, toi, hab, ali, eli, tra, dpi)", values)).isEqualTo(num("2"));
    values.remove("dpi");
    assertThat(eval("aggir(coh, ori, toi, hab, ali, eli, tra, dpi)", values))
        .isEqualTo(Value.NOTHING);
  }

  @Test
  void theAggirPartFunctionsGiveAVariablesCodeFromItsAnsweredSubVariables() {
    var values =
        new java.util.HashMap<String, Value>(
            Map.of(
                "haut", new Value.Text("A"),
                "moyen", new Value.Text("B"),
                "bas", new Value.Text("C"),
                "servir", new Value.Text("A"),
                "manger", new Value.Text("C")));
    assertThat(eval("aggirToilette(haut, bas)", values)).isEqualTo(new Value.Text("B"));
    assertThat(eval("aggirCoherence(haut, bas)", values)).isEqualTo(new Value.Text("C"));
    assertThat(eval("aggirHabillage(haut, moyen, bas)", values)).isEqualTo(new Value.Text("B"));
    assertThat(eval("aggirAlimentation(servir, manger)", values)).isEqualTo(new Value.Text("B"));
    assertThat(eval("aggirElimination(moyen, bas) = 'C'", values)).isEqualTo(Value.of(true));
    values.remove("bas");
    assertThat(eval("aggirOrientation(haut, bas)", values)).isEqualTo(Value.NOTHING);
    assertThatThrownBy(() -> Expression.parse("aggirHabillage(haut, bas)"))
        .hasMessageContaining("aggirHabillage takes 3 argument(s), not 2");
  }

  @Test
  void aggirTakesTheCombinedCodesOfTheSubVariables() {
    var values = new java.util.HashMap<String, Value>();
    // communication A, comportement C -> cohérence C; temps B, espace C -> orientation C;
    // the rest A: CCAAAAAA -> rank 4, GIR 2 (AggirTest)
    var codes = "ACBCAAAAAAAAAAAAA";
    var names =
        List.of(
            "com", "cpt", "tps", "esp", "toh", "tob", "hah", "ham", "hab", "ser", "man", "uri",
            "fec", "tra", "dpi");
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), new Value.Text(codes.substring(i, i + 1)));
    }
    var gir =
        "aggir(aggirCoherence(com, cpt), aggirOrientation(tps, esp), aggirToilette(toh, tob),"
            + " aggirHabillage(hah, ham, hab), aggirAlimentation(ser, man),"
            + " aggirElimination(uri, fec), tra, dpi)";
    assertThat(eval(gir, values)).isEqualTo(num("2"));
  }

  @Test
  void namesAreListedWithTheirFirstPosition() {
    assertThat(Expression.parse("a + weight(b) * a").names())
        .containsExactly(Map.entry("a", 1), Map.entry("b", 12));
  }

  @Test
  void anExpressionThatDoesNotParseSaysWhere() {
    assertThatThrownBy(() -> Expression.parse("age >= "))
        .isInstanceOf(ExpressionException.class)
        .satisfies(e -> assertThat(((ExpressionException) e).position()).isEqualTo(8));
    assertThatThrownBy(() -> Expression.parse("(a + 1"))
        .satisfies(
            e -> assertThat(((ExpressionException) e).getMessage()).contains("')' expected"));
    assertThatThrownBy(() -> Expression.parse("a = 'open"))
        .satisfies(e -> assertThat(((ExpressionException) e).position()).isEqualTo(5));
    assertThatThrownBy(() -> Expression.parse("a $ b"))
        .satisfies(e -> assertThat(((ExpressionException) e).position()).isEqualTo(3));
    assertThatThrownBy(() -> Expression.parse("   ")).isInstanceOf(ExpressionException.class);
  }

  @Test
  void unknownFunctionsAndWrongArityAreRefused() {
    assertThatThrownBy(() -> Expression.parse("1 + avg(a, b)"))
        .satisfies(
            e -> {
              assertThat(e.getMessage()).contains("unknown function 'avg'");
              assertThat(((ExpressionException) e).position()).isEqualTo(5);
            });
    assertThatThrownBy(() -> Expression.parse("contains(a)"))
        .hasMessageContaining("contains takes 2 argument(s), not 1");
    assertThatThrownBy(() -> Expression.parse("weight(1 + 2)"))
        .hasMessageContaining("weight takes a question name first");
  }
}
