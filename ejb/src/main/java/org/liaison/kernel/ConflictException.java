package org.liaison.kernel;

/** The request contradicts the current state (a duplicate, a forbidden transition…). */
public class ConflictException extends BusinessException {

  public ConflictException(String detail) {
    super(ProblemKind.CONFLICT, detail);
  }
}
