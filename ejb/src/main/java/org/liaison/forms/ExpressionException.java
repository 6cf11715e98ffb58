package org.liaison.forms;

/** An expression that does not parse or does not make sense, with the position (1-based). */
public class ExpressionException extends RuntimeException {

  private final int position;

  public ExpressionException(String message, int position) {
    super(message + " (at character " + position + ")");
    this.position = position;
  }

  public int position() {
    return position;
  }
}
