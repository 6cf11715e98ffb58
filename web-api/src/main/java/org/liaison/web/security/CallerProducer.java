package org.liaison.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.liaison.kernel.Caller;

/**
 * The caller of the current request, from the bearer token that elytron-oidc-client has already
 * verified (signature, expiry, issuer, audience) before any resource runs.
 */
@RequestScoped
public class CallerProducer {

  private static final List<String> ROLES =
      List.of(
          Caller.CASE_MANAGER, Caller.PROFESSIONAL, Caller.STRUCTURE_ADMIN, Caller.DATA_OFFICER);

  @Inject private HttpServletRequest request;

  /** Dependent scope: a record is final, so it cannot sit behind a request-scoped proxy. */
  @Produces
  Caller caller() {
    var principal = request.getUserPrincipal();
    if (principal == null) {
      throw new IllegalStateException("/api is protected: no request reaches here unauthenticated");
    }
    var roles = ROLES.stream().filter(request::isUserInRole).collect(Collectors.toSet());
    return new Caller(principal.getName(), roles);
  }
}
