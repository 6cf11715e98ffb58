package org.liaison.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.kernel.BusinessException;
import org.liaison.kernel.BusinessException.FieldError;
import org.liaison.kernel.ProblemKind;

/**
 * The checks of a form's design, before it is saved: unique names, coherent types, bounds and
 * choices, and expressions that parse, name only what exists (a condition only earlier questions)
 * and never make a cycle. Each problem names its place, e.g. {@code
 * sections[1].questions[0].condition}, and an expression's problem its position.
 */
public final class FormDesignCheck {

  private static final int MAX_SCALE_STEPS = 100;

  private FormDesignCheck() {}

  public static void check(FormDefinition form) {
    var errors = new ArrayList<FieldError>();
    var order = new LinkedHashMap<String, Integer>(); // question id -> position in the form
    var scores = new HashMap<String, Integer>();
    int index = 0;
    for (int s = 0; s < form.sections().size(); s++) {
      var section = form.sections().get(s);
      for (int q = 0; q < section.questions().size(); q++) {
        var question = section.questions().get(q);
        var at = "sections[" + s + "].questions[" + q + "]";
        if (order.putIfAbsent(question.id(), index++) != null) {
          errors.add(
              new FieldError(at + ".id", "another question is already named " + question.id()));
        }
        checkQuestion(question, at, errors);
      }
    }
    for (int i = 0; i < form.scores().size(); i++) {
      var score = form.scores().get(i);
      if (order.containsKey(score.id()) || scores.putIfAbsent(score.id(), i) != null) {
        errors.add(new FieldError("scores[" + i + "].id", "the name " + score.id() + " is taken"));
      }
    }
    // Conditions: only questions that come before.
    index = 0;
    for (int s = 0; s < form.sections().size(); s++) {
      var section = form.sections().get(s);
      for (int q = 0; q < section.questions().size(); q++, index++) {
        var question = section.questions().get(q);
        if (question.condition() == null || question.condition().isBlank()) {
          continue;
        }
        var at = "sections[" + s + "].questions[" + q + "].condition";
        var position = index;
        parse(question.condition(), at, errors)
            .ifPresent(
                e ->
                    e.names()
                        .forEach(
                            (name, pos) -> {
                              var other = order.get(name);
                              if (other == null) {
                                errors.add(
                                    new FieldError(
                                        at, unknown(name, pos, scores.containsKey(name))));
                              } else if (other >= position) {
                                errors.add(
                                    new FieldError(
                                        at,
                                        "the condition uses '"
                                            + name
                                            + "', which does not come before this question (at"
                                            + " character "
                                            + pos
                                            + ")"));
                              }
                            }));
      }
    }
    // Scores: questions, or other scores without a cycle.
    var uses = new HashMap<String, List<String>>();
    for (int i = 0; i < form.scores().size(); i++) {
      var score = form.scores().get(i);
      var at = "scores[" + i + "].expression";
      var used = new ArrayList<String>();
      parse(score.expression(), at, errors)
          .ifPresent(
              e ->
                  e.names()
                      .forEach(
                          (name, pos) -> {
                            if (scores.containsKey(name)) {
                              used.add(name);
                            } else if (!order.containsKey(name)) {
                              errors.add(new FieldError(at, unknown(name, pos, false)));
                            }
                          }));
      uses.put(score.id(), used);
      for (int b = 0; b < score.bands().size(); b++) {
        var band = score.bands().get(b);
        if (band.min() != null && band.max() != null && band.min().compareTo(band.max()) > 0) {
          errors.add(
              new FieldError("scores[" + i + "].bands[" + b + "]", "min is greater than max"));
        }
      }
    }
    for (int i = 0; i < form.scores().size(); i++) {
      var cycle = cycleFrom(form.scores().get(i).id(), uses, new ArrayList<>(), new HashSet<>());
      if (cycle != null) {
        errors.add(
            new FieldError(
                "scores[" + i + "].expression",
                "the scores make a cycle: " + String.join(" → ", cycle)));
      }
    }
    if (!errors.isEmpty()) {
      throw new BusinessException(
          ProblemKind.INVALID_INPUT,
          "form-design-invalid",
          errors.size()
              + " problem(s) in the form: "
              + errors.get(0).field()
              + ": "
              + errors.get(0).message(),
          errors);
    }
  }

  private static void checkQuestion(FormDefinition.Question q, String at, List<FieldError> errors) {
    if (q.type().hasChoices()) {
      if (q.choices().isEmpty()) {
        errors.add(new FieldError(at + ".choices", "a choice question needs its choices"));
      }
      var codes = new HashSet<String>();
      for (int c = 0; c < q.choices().size(); c++) {
        if (!codes.add(q.choices().get(c).code())) {
          errors.add(
              new FieldError(
                  at + ".choices[" + c + "].code",
                  "two choices have the code " + q.choices().get(c).code()));
        }
      }
    } else if (!q.choices().isEmpty()) {
      errors.add(new FieldError(at + ".choices", "only choice questions have choices"));
    }
    if (q.min() != null && q.max() != null && q.min().compareTo(q.max()) > 0) {
      errors.add(new FieldError(at + ".min", "min is greater than max"));
    }
    if ((q.min() != null || q.max() != null)
        && q.type() != QuestionType.NUMBER
        && q.type() != QuestionType.SCALE) {
      errors.add(new FieldError(at + ".min", "only numbers and scales have bounds"));
    }
    if (q.type() == QuestionType.SCALE) {
      if (q.min() == null || q.max() == null || !whole(q.min()) || !whole(q.max())) {
        errors.add(new FieldError(at + ".min", "a scale goes from a whole min to a whole max"));
      } else if (q.max().subtract(q.min()).compareTo(BigDecimal.valueOf(MAX_SCALE_STEPS)) > 0) {
        errors.add(
            new FieldError(at + ".max", "a scale has at most " + MAX_SCALE_STEPS + " steps"));
      }
    }
  }

  private static boolean whole(BigDecimal n) {
    return n.stripTrailingZeros().scale() <= 0;
  }

  private static String unknown(String name, int position, boolean isScore) {
    return (isScore
            ? "a condition cannot use the score '" + name + "'"
            : "no question or score is named '" + name + "'")
        + " (at character "
        + position
        + ")";
  }

  private static java.util.Optional<Expression> parse(
      String source, String at, List<FieldError> errors) {
    try {
      return java.util.Optional.of(Expression.parse(source));
    } catch (ExpressionException e) {
      errors.add(new FieldError(at, e.getMessage()));
      return java.util.Optional.empty();
    }
  }

  /** The first cycle found from a score, as the list of names that make it, or null. */
  private static List<String> cycleFrom(
      String score, Map<String, List<String>> uses, List<String> path, java.util.Set<String> done) {
    if (path.contains(score)) {
      var cycle = new ArrayList<>(path.subList(path.indexOf(score), path.size()));
      cycle.add(score);
      return cycle;
    }
    if (!done.add(score)) {
      return null;
    }
    path.add(score);
    for (var next : uses.getOrDefault(score, List.of())) {
      var cycle = cycleFrom(next, uses, path, done);
      if (cycle != null) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    return null;
  }
}
