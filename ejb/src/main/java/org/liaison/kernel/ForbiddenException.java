package org.liaison.kernel;

import java.util.List;

/** The caller is known and may see the resource, but not do this with it. */
public class ForbiddenException extends BusinessException {

  public ForbiddenException(String code, String detail) {
    super(ProblemKind.FORBIDDEN, code, detail, List.of());
  }
}
