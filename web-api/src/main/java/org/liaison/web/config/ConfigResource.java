package org.liaison.web.config;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * What the SPA needs before login: where Keycloak is and which client it is. Public (web.xml); read
 * from the same environment as the server's own OIDC configuration.
 */
@Path("config")
public class ConfigResource {

  /** The OIDC settings of the SPA. */
  public record ClientConfig(String issuer, String authServerUrl, String realm, String clientId) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ClientConfig config() {
    var issuer =
        System.getenv().getOrDefault("LIAISON_OIDC_ISSUER", "http://127.0.0.1:8180/realms/liaison");
    var at = issuer.indexOf("/realms/");
    return new ClientConfig(
        issuer,
        issuer.substring(0, at),
        issuer.substring(at + "/realms/".length()),
        System.getenv().getOrDefault("LIAISON_OIDC_SPA_CLIENT", "liaison-spa"));
  }
}
