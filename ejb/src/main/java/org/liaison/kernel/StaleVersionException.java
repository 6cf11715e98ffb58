package org.liaison.kernel;

/** The caller edited a version that someone else has changed since (If-Match mismatch). */
public class StaleVersionException extends BusinessException {

  public StaleVersionException(long expected, long current) {
    super(
        ProblemKind.STALE_VERSION,
        "You edited version "
            + expected
            + " but the current version is "
            + current
            + ": reload, then redo your change.");
  }
}
