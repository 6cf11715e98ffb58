package org.liaison.it.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** The test Keycloak's admin REST API (bootstrap admin of the test stack), for test setup. */
public final class KeycloakAdmin {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String SERVER = Stack.ISSUER.substring(0, Stack.ISSUER.indexOf("/realms/"));

  private KeycloakAdmin() {}

  /**
   * Creates (once) a public PKCE client whose access tokens last two seconds and carry the API's
   * audience: its tokens are valid in every way until they expire.
   */
  public static void ensureShortLivedClient(String clientId, String redirectUri) {
    var client =
        Map.of(
            "clientId",
            clientId,
            "publicClient",
            true,
            "standardFlowEnabled",
            true,
            "directAccessGrantsEnabled",
            false,
            "redirectUris",
            List.of(redirectUri),
            "attributes",
            Map.of("pkce.code.challenge.method", "S256", "access.token.lifespan", "2"),
            "protocolMappers",
            List.of(
                Map.of(
                    "name",
                    "audience liaison-api",
                    "protocol",
                    "openid-connect",
                    "protocolMapper",
                    "oidc-audience-mapper",
                    "config",
                    Map.of(
                        "included.client.audience", "liaison-api", "access.token.claim", "true"))));
    create("clients", client);
  }

  /**
   * Creates (once) a login of the realm with the demo password and no realm role beyond the
   * defaults: somebody who has an account but no directory entry yet.
   */
  public static void ensureUser(String username, String email, String firstName, String lastName) {
    create(
        "users",
        Map.of(
            "username",
            username,
            "email",
            email,
            "emailVerified",
            true,
            "firstName",
            firstName,
            "lastName",
            lastName,
            "enabled",
            true,
            "credentials",
            List.of(
                Map.of("type", "password", "value", KeycloakLogin.PASSWORD, "temporary", false))));
  }

  private static void create(String collection, Object representation) {
    try {
      var created =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(SERVER + "/admin/realms/liaison/" + collection))
                  .header("Authorization", "Bearer " + adminToken())
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(representation)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (created.statusCode() != 201 && created.statusCode() != 409) {
        throw new IllegalStateException(
            "Cannot create in " + collection + ": " + created.statusCode() + " " + created.body());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String adminToken() throws Exception {
    var tokenResponse =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(SERVER + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        KeycloakLogin.form(
                            Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "admin-cli",
                                "username",
                                "admin",
                                "password",
                                "admin"))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(tokenResponse.body()).get("access_token").asText();
  }
}
