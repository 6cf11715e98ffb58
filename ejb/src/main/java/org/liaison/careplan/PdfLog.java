package org.liaison.careplan;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * openhtmltopdf's messages sent to java.util.logging under {@code com.openhtmltopdf.*}, with no
 * handler of its own (its default writes to stderr): the server's log configuration decides.
 */
final class PdfLog implements XRLogger {

  @Override
  public void log(String where, Level level, String message) {
    Logger.getLogger(where).log(level, message);
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    Logger.getLogger(where).log(level, message, error);
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels belong to the server's log configuration
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return Logger.getLogger("com.openhtmltopdf").isLoggable(diagnostic.getLevel());
  }
}
