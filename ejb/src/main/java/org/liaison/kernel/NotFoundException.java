package org.liaison.kernel;

/**
 * Something does not exist, or the caller may not know that it exists: patient data outside the
 * caller's care teams is reported exactly like missing data, so existence does not leak.
 */
public class NotFoundException extends BusinessException {

  public NotFoundException(String detail) {
    super(ProblemKind.NOT_FOUND, detail);
  }
}
