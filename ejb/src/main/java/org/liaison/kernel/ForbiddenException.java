package org.liaison.kernel;

/** The caller is known and may see the resource, but not do this with it. */
public class ForbiddenException extends BusinessException {

  public ForbiddenException(String detail) {
    super(ProblemKind.FORBIDDEN, detail);
  }
}
