package org.liaison.kernel;

import java.util.List;

/** The request contradicts the current state (a duplicate, a forbidden transition…). */
public class ConflictException extends BusinessException {

  public ConflictException(String code, String detail) {
    super(ProblemKind.CONFLICT, code, detail, List.of());
  }

  /** Adds a member to the problem JSON, e.g. {@code allowed: [...]}. */
  @Override
  public ConflictException with(String name, Object value) {
    super.with(name, value);
    return this;
  }
}
