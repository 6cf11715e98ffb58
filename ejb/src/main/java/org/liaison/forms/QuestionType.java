package org.liaison.forms;

/** The kinds of questions a form may ask. */
public enum QuestionType {
  SHORT_TEXT,
  LONG_TEXT,
  NUMBER,
  DATE,
  YES_NO,
  SINGLE_CHOICE,
  MULTIPLE_CHOICE,
  SCALE,
  PROFESSIONAL;

  public boolean hasChoices() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }
}
