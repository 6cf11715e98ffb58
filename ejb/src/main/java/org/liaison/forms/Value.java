package org.liaison.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A value of the expression language: an answer, a constant or a result. */
public sealed interface Value {

  /** No answer (a hidden or unanswered question): arithmetic with it gives nothing. */
  record Nothing() implements Value {}

  record Num(BigDecimal value) implements Value {}

  record Text(String value) implements Value {}

  record Bool(boolean value) implements Value {}

  record Day(LocalDate value) implements Value {}

  /** The codes chosen in a multiple-choice question. */
  record Codes(List<String> values) implements Value {}

  Value NOTHING = new Nothing();
  Value TRUE = new Bool(true);
  Value FALSE = new Bool(false);

  static Value of(boolean b) {
    return b ? TRUE : FALSE;
  }

  static Value of(BigDecimal n) {
    return n == null ? NOTHING : new Num(n);
  }

  /** Truth of a condition: only {@code true} is true; nothing is false. */
  default boolean isTrue() {
    return this instanceof Bool b && b.value();
  }
}
