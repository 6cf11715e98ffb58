package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.KeycloakAdmin;
import org.liaison.it.support.KeycloakLogin;
import org.liaison.it.support.Stack;

/** Bearer tokens are verified locally: signature, expiry, issuer and audience. */
@ExtendWith(ArquillianExtension.class)
class AuthenticationIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  @Test
  void aValidTokenOfTheSpaIdentifiesTheProfessional() {
    var me = Api.as(DemoData.CASE_MANAGER).get("/api/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().at("/professional/lastName").asText()).isEqualTo("Martin");
    assertThat(me.json().at("/professional/structure/name").asText())
        .isEqualTo("DAC Cœur de Loire");
    assertThat(me.json().get("roles").toString()).contains("case_manager");
  }

  @Test
  void noTokenIs401InProblemJson() {
    var reply = Api.anonymous().get("/api/patients");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("status").asInt()).isEqualTo(401);
    assertThat(reply.raw().body()).doesNotContain("Exception");
  }

  @Test
  void aForgedTokenIs401() {
    var real = KeycloakLogin.tokenFor(DemoData.OTHER_STRUCTURE_CASE_MANAGER);
    var parts = real.split("\\.");
    var payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("paul.lefevre", "isabelle.martin");
    var forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertThat(Api.withToken(forged).get("/api/me").status()).isEqualTo(401);
    assertThat(Api.withToken("not-a-jwt").get("/api/me").status()).isEqualTo(401);
  }

  @Test
  void aTokenIssuedForAnotherClientIs401() {
    // Keycloak's own account console: a real token of this realm, but not for the Liaison API.
    var token =
        KeycloakLogin.login("account-console", Stack.ISSUER + "/account/", DemoData.CASE_MANAGER)
            .accessToken();
    assertThat(Api.withToken(token).get("/api/me").status()).isEqualTo(401);
  }

  @Test
  void anExpiredTokenIs401() throws InterruptedException {
    KeycloakAdmin.ensureShortLivedClient("it-short-lived", Stack.BASE_URL + "/*");
    var token = KeycloakLogin.login("it-short-lived", Stack.BASE_URL + "/", DemoData.CASE_MANAGER);
    assertThat(Api.withToken(token.accessToken()).get("/api/me").status())
        .as("valid before it expires")
        .isEqualTo(200);
    while (Instant.now().isBefore(token.expiresAt().plusSeconds(1))) {
      Thread.sleep(200); // waiting for the clock, not for the server
    }
    var reply = Api.withToken(token.accessToken()).get("/api/me");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theClientConfigurationIsPublicAndPointsAtKeycloak() {
    var reply = Api.anonymous().get("/api/config");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("issuer").asText()).isEqualTo(Stack.ISSUER);
    assertThat(reply.json().get("clientId").asText()).isEqualTo("liaison-spa");
  }

  @Test
  void theSpaIsServedWithSecurityHeadersAndDeepLinksFallBackToIt() {
    var root = Api.anonymous().get("/");
    var deepLink = Api.anonymous().get("/patients/5a000000-0000-4000-8000-000000000001");
    for (var reply : new Api.Reply[] {root, deepLink}) {
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.raw().body()).contains("<app-root>");
      assertThat(reply.header("Content-Security-Policy").orElseThrow())
          .contains("frame-ancestors 'none'")
          .contains("default-src 'self'");
      assertThat(reply.header("X-Content-Type-Options")).contains("nosniff");
    }
  }

  @Test
  void anUnknownApiPathIsAProblemNotAPage() {
    var reply = Api.as(DemoData.CASE_MANAGER).get("/api/nothing-here");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aWrongMethodOrMediaTypeIsAProblemToo() {
    var api = Api.as(DemoData.CASE_MANAGER);
    var wrongMethod = api.raw("DELETE", "/api/patients", "application/json", "");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
    var wrongType = api.raw("POST", "/api/patients", "text/plain", "Jeanne Roussel");
    assertThat(wrongType.status()).isEqualTo(415);
    assertThat(wrongType.contentType()).startsWith("application/problem+json");
  }
}
