package org.liaison.directory;

import java.util.List;

/**
 * The outcome of a CSV import: how many lines were read and imported, and what is wrong on which
 * line. An import with any wrong line imports nothing.
 */
public record ImportReport(int lines, int imported, List<LineError> errors) {

  /** A wrong value on one line of the file (line 1 is the header). */
  public record LineError(int line, String field, String message) {}
}
