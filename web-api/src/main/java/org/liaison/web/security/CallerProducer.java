package org.liaison.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Base64;
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
          Caller.CASE_MANAGER,
          Caller.PROFESSIONAL,
          Caller.STRUCTURE_ADMIN,
          Caller.DATA_OFFICER,
          Caller.COORDINATOR,
          Caller.REGIONAL_OBSERVER);

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject private HttpServletRequest request;

  /** Dependent scope: a record is final, so it cannot sit behind a request-scoped proxy. */
  @Produces
  Caller caller() {
    var principal = request.getUserPrincipal();
    if (principal == null) {
      throw new IllegalStateException("/api is protected: no request reaches here unauthenticated");
    }
    var roles = ROLES.stream().filter(request::isUserInRole).collect(Collectors.toSet());
    return new Caller(principal.getName(), roles, verifiedEmail());
  }

  /**
   * The e-mail claim of the bearer token, if Keycloak verified it. The token's signature, expiry,
   * issuer and audience were checked by elytron-oidc-client before this request got here.
   */
  private String verifiedEmail() {
    var header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    var parts = header.substring(7).trim().split("\\.");
    if (parts.length < 2) {
      return null;
    }
    try {
      var claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
      return claims.path("email_verified").asBoolean(false) && claims.hasNonNull("email")
          ? claims.get("email").asText()
          : null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }
}
