package org.liaison.web.diagnostics;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.liaison.kernel.SqlStatements;

/**
 * When the server runs with {@code -Dliaison.server-timing=true}: each API response says how long
 * it took and how many SQL statements it needed, in a standard {@code Server-Timing} header that a
 * browser's developer tools show ({@code app;dur=12.3, sql;desc="7 statements"}). Off by default;
 * the integration tests turn it on to count the statements of the hot endpoints.
 */
@Provider
public class ServerTimingFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String STARTED = ServerTimingFilter.class.getName() + ".started";
  private static final boolean ENABLED = Boolean.getBoolean("liaison.server-timing");

  @Override
  public void filter(ContainerRequestContext request) {
    if (ENABLED) {
      SqlStatements.reset();
      request.setProperty(STARTED, System.nanoTime());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (ENABLED && request.getProperty(STARTED) instanceof Long started) {
      var millis = (System.nanoTime() - started) / 1e6;
      response
          .getHeaders()
          .putSingle(
              "Server-Timing",
              String.format(
                  java.util.Locale.ROOT,
                  "app;dur=%.1f, sql;desc=\"%d statements\"",
                  millis,
                  SqlStatements.count()));
    }
  }
}
