package org.liaison.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Deep links of the SPA ("/patients/42") are routes of the Angular router, not files: they get
 * index.html. Files (a dot in the last segment) and the API are served as they are.
 */
@WebFilter(filterName = "spa-fallback", urlPatterns = "/*", asyncSupported = true)
public class SpaFallbackFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    if (isSpaRoute(path) && "GET".equals(request.getMethod())) {
      response.setHeader("Cache-Control", "no-cache");
      request.getRequestDispatcher("/index.html").forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isSpaRoute(String path) {
    if (path.equals("/api") || path.startsWith("/api/") || path.equals("/index.html")) {
      return false;
    }
    var last = path.substring(path.lastIndexOf('/') + 1);
    return !last.contains(".");
  }
}
