package org.liaison.kernel;

import java.util.List;

/** Bad input that the domain refuses, naming the field. */
public class InvalidInputException extends BusinessException {

  public InvalidInputException(String field, String message) {
    super(
        ProblemKind.INVALID_INPUT, field + ": " + message, List.of(new FieldError(field, message)));
  }
}
