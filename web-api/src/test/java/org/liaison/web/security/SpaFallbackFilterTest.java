package org.liaison.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpaFallbackFilterTest {

  @Test
  void angularRoutesGetTheApplication() {
    assertThat(SpaFallbackFilter.isSpaRoute("/")).isTrue();
    assertThat(SpaFallbackFilter.isSpaRoute("/patients")).isTrue();
    assertThat(SpaFallbackFilter.isSpaRoute("/patients/5a000000-0000-4000-8000-000000000001"))
        .isTrue();
  }

  @Test
  void filesAndTheApiAreServedAsTheyAre() {
    assertThat(SpaFallbackFilter.isSpaRoute("/main-ABC123.js")).isFalse();
    assertThat(SpaFallbackFilter.isSpaRoute("/api/patients")).isFalse();
    assertThat(SpaFallbackFilter.isSpaRoute("/api")).isFalse();
    assertThat(SpaFallbackFilter.isSpaRoute("/index.html")).isFalse();
  }

  @Test
  void theContentSecurityPolicyNamesKeycloaksOriginOnly() {
    assertThat(SecurityHeadersFilter.keycloakOrigin("http://127.0.0.1:8180/realms/liaison"))
        .isEqualTo("http://127.0.0.1:8180");
  }
}
