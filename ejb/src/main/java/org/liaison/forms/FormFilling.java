package org.liaison.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.kernel.BusinessException;
import org.liaison.kernel.BusinessException.FieldError;
import org.liaison.kernel.ProblemKind;

/**
 * The server's reading of a filled form against the version it was answered on: every answer is
 * checked (type, bounds, choices), conditions decide which questions are shown, a hidden question
 * may not be answered, a shown required one must be (on submission), and every score is computed
 * here — a client's score is never trusted. Problems name the question ({@code answers.q3}).
 */
public final class FormFilling {

  static final int MAX_SHORT_TEXT = 500;
  static final int MAX_LONG_TEXT = 4000;

  private FormFilling() {}

  /** A score's outcome: its value (null when it cannot be computed yet) and band label. */
  public record ScoreResult(String id, String label, BigDecimal value, String band) {}

  /** The answers as stored (only shown questions), and the scores computed from them. */
  public record Outcome(Map<String, Object> answers, List<ScoreResult> scores) {}

  /**
   * Reads raw JSON answers ({@code questionId → value}). {@code complete}: a submission, where
   * required questions must be answered; a draft may be partial.
   */
  public static Outcome read(FormDefinition form, Map<String, Object> raw, boolean complete) {
    var answers = raw == null ? Map.<String, Object>of() : raw;
    var errors = new ArrayList<FieldError>();
    for (var key : answers.keySet()) {
      if (form.question(key).isEmpty()) {
        errors.add(
            new FieldError("answers." + key, "no such question in this version of the form"));
      }
    }
    var values = new HashMap<String, Value>();
    var weights = new HashMap<String, BigDecimal>();
    var stored = new LinkedHashMap<String, Object>();
    var context = context(values, weights);
    for (var question : (Iterable<FormDefinition.Question>) form.questions()::iterator) {
      var field = "answers." + question.id();
      var shown =
          question.condition() == null
              || question.condition().isBlank()
              || Expression.parse(question.condition()).evaluate(context).isTrue();
      var answer = answers.get(question.id());
      var empty =
          answer == null
              || answer instanceof String s && s.isBlank()
              || answer instanceof List<?> l && l.isEmpty();
      if (!shown) {
        if (!empty) {
          errors.add(
              new FieldError(
                  field, "answered, but this question is not shown (its condition is false)"));
        }
        continue;
      }
      if (empty) {
        if (complete && question.required()) {
          errors.add(new FieldError(field, "an answer is required"));
        }
        continue;
      }
      try {
        var value = valueOf(question, answer);
        values.put(question.id(), value);
        weights.put(question.id(), weight(question, value));
        stored.put(question.id(), json(value));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(field, e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new BusinessException(
          ProblemKind.INVALID_INPUT,
          "form-answers-invalid",
          errors.get(0).field() + ": " + errors.get(0).message(),
          errors);
    }
    return new Outcome(stored, scores(form, values, weights));
  }

  /** One line per answer, in the form's order: "Label : answer" (choices by their labels). */
  static String describe(FormDefinition form, Outcome outcome) {
    var lines = new ArrayList<String>();
    for (var question : (Iterable<FormDefinition.Question>) form.questions()::iterator) {
      var answer = outcome.answers().get(question.id());
      if (answer != null) {
        lines.add(question.label() + " : " + shown(question, answer));
      }
    }
    for (var score : outcome.scores()) {
      if (score.value() != null) {
        lines.add(
            score.label()
                + " : "
                + score.value().stripTrailingZeros().toPlainString()
                + (score.band() == null ? "" : " (" + score.band() + ")"));
      }
    }
    return String.join("\n", lines);
  }

  private static String shown(FormDefinition.Question question, Object answer) {
    if (answer instanceof Boolean yes) {
      return yes ? "oui" : "non";
    }
    if (answer instanceof List<?> many) {
      return String.join(", ", many.stream().map(a -> shown(question, a)).toList());
    }
    if (answer instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    var text = String.valueOf(answer);
    return question.choices().stream()
        .filter(c -> c.code().equals(text))
        .map(FormDefinition.Choice::label)
        .findFirst()
        .orElse(text);
  }

  private static List<ScoreResult> scores(
      FormDefinition form, Map<String, Value> values, Map<String, BigDecimal> weights) {
    var results = new LinkedHashMap<String, ScoreResult>();
    var pending = new ArrayList<>(form.scores());
    var context = context(values, weights);
    // Scores may use other scores (the design check refused cycles): compute what is ready.
    while (!pending.isEmpty()) {
      var progressed = false;
      for (var it = pending.iterator(); it.hasNext(); ) {
        var score = it.next();
        var expression = Expression.parse(score.expression());
        var ready =
            expression.names().keySet().stream()
                .allMatch(n -> form.question(n).isPresent() || results.containsKey(n));
        if (!ready) {
          continue;
        }
        var result = expression.evaluate(context);
        var value = result instanceof Value.Num n ? n.value().stripTrailingZeros() : null;
        if (value != null && value.scale() < 0) {
          value = value.setScale(0);
        }
        values.put(score.id(), Value.of(value));
        results.put(
            score.id(),
            new ScoreResult(
                score.id(),
                score.label(),
                value,
                value == null ? null : score.bandOf(value).orElse(null)));
        it.remove();
        progressed = true;
      }
      if (!progressed) {
        throw new IllegalStateException("scores that wait for each other: " + pending);
      }
    }
    return List.copyOf(results.values());
  }

  private static Expression.Answers context(
      Map<String, Value> values, Map<String, BigDecimal> weights) {
    return new Expression.Answers() {
      public Value value(String name) {
        return values.getOrDefault(name, Value.NOTHING);
      }

      public BigDecimal weight(String name) {
        return weights.getOrDefault(name, BigDecimal.ZERO);
      }
    };
  }

  /** The typed value of one raw answer, or IllegalArgumentException saying what is wrong. */
  static Value valueOf(FormDefinition.Question q, Object answer) {
    return switch (q.type()) {
      case SHORT_TEXT, LONG_TEXT -> {
        var text = text(answer);
        var max = q.type() == QuestionType.SHORT_TEXT ? MAX_SHORT_TEXT : MAX_LONG_TEXT;
        if (text.length() > max) {
          throw new IllegalArgumentException("at most " + max + " characters");
        }
        yield new Value.Text(text.strip());
      }
      case NUMBER, SCALE -> {
        var number = number(answer);
        if (q.type() == QuestionType.SCALE && number.stripTrailingZeros().scale() > 0) {
          throw new IllegalArgumentException("a whole number is expected");
        }
        if (q.min() != null && number.compareTo(q.min()) < 0) {
          throw new IllegalArgumentException("must be at least " + q.min().toPlainString());
        }
        if (q.max() != null && number.compareTo(q.max()) > 0) {
          throw new IllegalArgumentException("must be at most " + q.max().toPlainString());
        }
        yield new Value.Num(number);
      }
      case DATE -> {
        try {
          yield new Value.Day(LocalDate.parse(text(answer)));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("a date (YYYY-MM-DD) is expected");
        }
      }
      case YES_NO -> {
        if (!(answer instanceof Boolean b)) {
          throw new IllegalArgumentException("true or false is expected");
        }
        yield Value.of(b);
      }
      case SINGLE_CHOICE -> {
        var code = text(answer);
        requireChoice(q, code);
        yield new Value.Text(code);
      }
      case MULTIPLE_CHOICE -> {
        if (!(answer instanceof List<?> list)) {
          throw new IllegalArgumentException("a list of choices is expected");
        }
        var codes = new ArrayList<String>();
        for (var item : list) {
          var code = text(item);
          requireChoice(q, code);
          if (codes.contains(code)) {
            throw new IllegalArgumentException("the choice " + code + " is given twice");
          }
          codes.add(code);
        }
        yield new Value.Codes(List.copyOf(codes));
      }
      case PROFESSIONAL -> {
        var id = text(answer);
        try {
          UUID.fromString(id);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("a professional of the directory (id) is expected");
        }
        yield new Value.Text(id);
      }
    };
  }

  private static void requireChoice(FormDefinition.Question q, String code) {
    if (q.choices().stream().noneMatch(c -> c.code().equals(code))) {
      throw new IllegalArgumentException("'" + code + "' is not one of the choices");
    }
  }

  private static String text(Object answer) {
    if (!(answer instanceof String s)) {
      throw new IllegalArgumentException("a text is expected");
    }
    return s;
  }

  private static BigDecimal number(Object answer) {
    if (answer instanceof Number n
        && !(answer instanceof Double d && (d.isNaN() || d.isInfinite()))) {
      return new BigDecimal(n.toString());
    }
    throw new IllegalArgumentException("a number is expected");
  }

  private static BigDecimal weight(FormDefinition.Question q, Value value) {
    var chosen = new HashSet<String>();
    if (value instanceof Value.Text t && q.type() == QuestionType.SINGLE_CHOICE) {
      chosen.add(t.value());
    } else if (value instanceof Value.Codes c) {
      chosen.addAll(c.values());
    }
    return q.choices().stream()
        .filter(c -> chosen.contains(c.code()) && c.weight() != null)
        .map(FormDefinition.Choice::weight)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The stored JSON form of a value. */
  private static Object json(Value value) {
    if (value instanceof Value.Num n) {
      return n.value();
    } else if (value instanceof Value.Text t) {
      return t.value();
    } else if (value instanceof Value.Bool b) {
      return b.value();
    } else if (value instanceof Value.Day d) {
      return d.value().toString();
    } else if (value instanceof Value.Codes c) {
      return c.values();
    }
    return null;
  }
}
