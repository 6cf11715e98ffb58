package org.liaison.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Security headers on every response. The SPA talks only to its own origin and to Keycloak (token
 * endpoint), so the content security policy allows exactly those. HSTS is sent on HTTPS only, so a
 * plain-HTTP local run is never pinned.
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private String contentSecurityPolicy;

  @Override
  public void init(FilterConfig config) {
    var keycloak =
        keycloakOrigin(
            System.getenv()
                .getOrDefault("LIAISON_OIDC_ISSUER", "http://127.0.0.1:8180/realms/liaison"));
    contentSecurityPolicy =
        String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self' " + keycloak,
            "frame-src " + keycloak,
            "frame-ancestors 'none'",
            "form-action 'self' " + keycloak,
            "base-uri 'self'",
            "object-src 'none'");
  }

  static String keycloakOrigin(String issuer) {
    var uri = URI.create(issuer);
    return uri.getScheme() + "://" + uri.getAuthority();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", contentSecurityPolicy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    var path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      response.setHeader("Cache-Control", "no-store");
    } else if (!path.contains(".")) {
      // The page (SPA routes) is checked at every load, so a new version reaches phones. Files
      // (index.html, the service worker, the manifest, hashed bundles) get theirs from
      // org.liaison.web.assets.StaticAssetFilter.
      response.setHeader("Cache-Control", "no-cache");
    }
    chain.doFilter(request, response);
  }
}
