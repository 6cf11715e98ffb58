package org.liaison.forms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a version of a form asks: sections of typed questions, and computed scores. Stored as JSON
 * with its version; a published version never changes.
 */
public record FormDefinition(
    @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Section> sections,
    @Size(max = 20) List<@Valid @NotNull Score> scores) {

  public static final String ID = "[a-zA-Z][a-zA-Z0-9_]{0,39}";
  public static final String ID_MESSAGE =
      "a letter then letters, digits or _ (at most 40), used in expressions";

  public FormDefinition {
    scores = scores == null ? List.of() : List.copyOf(scores);
    sections = List.copyOf(sections);
  }

  /** A titled group of questions. */
  public record Section(
      @NotBlank @Size(max = 200) String title,
      @Size(max = 1000) String help,
      @NotNull @Size(max = 100) List<@Valid @NotNull Question> questions) {}

  /**
   * A question. {@code id} names it in expressions (and is the FHIR linkId); {@code condition}, if
   * any, says when it is shown, from earlier answers; a hidden question is never answered.
   */
  public record Question(
      @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String id,
      @NotBlank @Size(max = 500) String label,
      @Size(max = 1000) String help,
      @NotNull QuestionType type,
      boolean required,
      @Size(max = 20) String unit,
      BigDecimal min,
      BigDecimal max,
      @Size(max = 50) List<@Valid @NotNull Choice> choices,
      @Size(max = 1000) String condition) {

    public Question {
      choices = choices == null ? List.of() : List.copyOf(choices);
    }
  }

  /** An answer offered by a choice question; its weight counts in scores ({@code weight(q)}). */
  public record Choice(
      @NotBlank @Size(max = 40) String code,
      @NotBlank @Size(max = 300) String label,
      BigDecimal weight) {}

  /** A computed score, and the bands that give its value a label. */
  public record Score(
      @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String id,
      @NotBlank @Size(max = 200) String label,
      @NotBlank @Size(max = 2000) String expression,
      @Size(max = 20) List<@Valid @NotNull Band> bands) {

    public Score {
      bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** The label of the band the value falls in (min and max included), if any. */
    public Optional<String> bandOf(BigDecimal value) {
      return bands.stream()
          .filter(b -> (b.min() == null || value.compareTo(b.min()) >= 0))
          .filter(b -> (b.max() == null || value.compareTo(b.max()) <= 0))
          .map(Band::label)
          .findFirst();
    }
  }

  /** A range of a score's values with its label ("Fragile", "GIR 2"…). */
  public record Band(BigDecimal min, BigDecimal max, @NotBlank @Size(max = 200) String label) {}

  public Stream<Question> questions() {
    return sections.stream().flatMap(s -> s.questions().stream());
  }

  public Optional<Question> question(String id) {
    return questions().filter(q -> q.id().equals(id)).findFirst();
  }
}
