package org.liaison.kernel;

import java.util.List;

/** The request contradicts the current state (a duplicate, a forbidden transition…). */
public class ConflictException extends BusinessException {

  public ConflictException(String code, String detail) {
    super(ProblemKind.CONFLICT, code, detail, List.of());
  }
}
