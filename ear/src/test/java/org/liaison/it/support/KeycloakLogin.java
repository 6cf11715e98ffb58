package org.liaison.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gets real access tokens from the real Keycloak the way the SPA does: authorization code flow with
 * PKCE S256, filling Keycloak's own login form. No password grant is enabled for the SPA.
 */
public final class KeycloakLogin {

  public static final String PASSWORD = "demo";
  public static final String SPA = "liaison-spa";
  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

  /** An access token and when it expires. */
  public record Token(String accessToken, Instant expiresAt) {}

  private KeycloakLogin() {}

  /** A token of the SPA client for a demo user (cached while valid for another 60 s). */
  public static String tokenFor(String username) {
    var cached = CACHE.get(username);
    if (cached != null && cached.expiresAt().isAfter(Instant.now().plusSeconds(60))) {
      return cached.accessToken();
    }
    var token = login(SPA, Stack.BASE_URL + "/", username);
    CACHE.put(username, token);
    return token.accessToken();
  }

  public static Token login(String clientId, String redirectUri, String username) {
    try {
      // Java's CookieManager does not return Keycloak's cookies to an IP-address host: carry them
      // by hand.
      var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
      var verifier = randomUrlSafe(48);
      var challenge =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(
                  MessageDigest.getInstance("SHA-256")
                      .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
      var auth =
          Stack.ISSUER
              + "/protocol/openid-connect/auth?"
              + form(
                  Map.of(
                      "client_id",
                      clientId,
                      "redirect_uri",
                      redirectUri,
                      "response_type",
                      "code",
                      "scope",
                      "openid",
                      "state",
                      randomUrlSafe(16),
                      "nonce",
                      randomUrlSafe(16),
                      "code_challenge",
                      challenge,
                      "code_challenge_method",
                      "S256"));
      var page =
          http.send(
              HttpRequest.newBuilder(URI.create(auth)).build(),
              HttpResponse.BodyHandlers.ofString());
      var cookies =
          page.headers().allValues("Set-Cookie").stream()
              .map(c -> c.split(";", 2)[0])
              .collect(Collectors.joining("; "));
      var action = FORM_ACTION.matcher(page.body());
      if (page.statusCode() != 200 || !action.find()) {
        throw new IllegalStateException(
            "No login form from Keycloak: " + page.statusCode() + " " + page.body());
      }
      var submit =
          http.send(
              HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", cookies)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          form(
                              Map.of(
                                  "username", username, "password", PASSWORD, "credentialId", ""))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      var location =
          submit
              .headers()
              .firstValue("Location")
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "Login refused for " + username + ": " + submit.statusCode()));
      var code = Pattern.compile("[?&#]code=([^&]+)").matcher(location);
      if (!code.find()) {
        throw new IllegalStateException("No code in redirect " + location);
      }
      var tokenResponse =
          http.send(
              HttpRequest.newBuilder(URI.create(Stack.ISSUER + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          form(
                              Map.of(
                                  "grant_type",
                                  "authorization_code",
                                  "code",
                                  code.group(1),
                                  "client_id",
                                  clientId,
                                  "redirect_uri",
                                  redirectUri,
                                  "code_verifier",
                                  verifier))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode body = JSON.readTree(tokenResponse.body());
      if (!body.has("access_token")) {
        throw new IllegalStateException("No token: " + tokenResponse.body());
      }
      return new Token(
          body.get("access_token").asText(),
          Instant.now().plusSeconds(body.get("expires_in").asLong()));
    } catch (Exception e) {
      throw new IllegalStateException("Keycloak login of " + username + " failed", e);
    }
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String randomUrlSafe(int bytes) {
    var random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
