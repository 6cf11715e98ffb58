package org.liaison.web.assets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Static files of the SPA: the {@code Cache-Control} of {@link CachePolicy}, and the precompressed
 * sibling ({@code x.js.br}, {@code x.js.gz}, written by the build) when the browser accepts its
 * coding. The sibling is served by the container's default servlet through a forward, so
 * Content-Length, Last-Modified, conditional requests and HEAD stay the container's; this filter
 * sets the Content-Type of the original file beforehand (the default servlet keeps a type that is
 * already set), {@code Content-Encoding} and {@code Vary: Accept-Encoding}.
 *
 * <p>Mapped in web.xml after the security headers and the SPA fallback, on REQUEST and FORWARD (the
 * fallback forwards deep links to /index.html). The API ({@code /api}, including the SSE stream) is
 * passed through untouched: nothing here buffers or encodes a dynamic response.
 */
@WebFilter(filterName = "static-assets", asyncSupported = true)
public class StaticAssetFilter extends HttpFilter {

  /** What the deployment holds for a path; static for the life of the deployment. */
  record StaticFile(Set<ContentCoding> siblings) {}

  /** Only files that exist are remembered, so unknown paths cannot grow it. */
  private final Map<String, StaticFile> files = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var path = pathOf(request);
    var file = isCandidate(request.getMethod(), path) ? lookUp(path) : Optional.<StaticFile>empty();
    if (file.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Cache-Control", CachePolicy.forPath(path));
    var siblings = file.get().siblings();
    if (!siblings.isEmpty()) {
      response.setHeader("Vary", "Accept-Encoding");
    }
    var coding = ContentCoding.negotiate(request.getHeader("Accept-Encoding"), siblings);
    if (coding.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    var type = getServletContext().getMimeType(path);
    response.setContentType(type != null ? type : "application/octet-stream");
    response.setHeader("Content-Encoding", coding.get().token());
    request.getRequestDispatcher(path + coding.get().suffix()).forward(request, response);
  }

  /** Decoded and canonical, for a request as for the SPA fallback's forward to /index.html. */
  private static String pathOf(HttpServletRequest request) {
    return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }

  /**
   * A GET or HEAD of a file name (a dot in the last segment), outside the API and the archive's
   * private folders, that is not itself a precompressed sibling (reached by the forward above).
   */
  static boolean isCandidate(String method, String path) {
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    if (path.equals("/api") || path.startsWith("/api/") || path.contains("..")) {
      return false;
    }
    var upper = path.toUpperCase(java.util.Locale.ROOT);
    if (upper.startsWith("/WEB-INF/") || upper.startsWith("/META-INF/")) {
      return false;
    }
    var name = path.substring(path.lastIndexOf('/') + 1);
    if (!name.contains(".")) {
      return false;
    }
    for (var coding : ContentCoding.values()) {
      if (name.endsWith(coding.suffix())) {
        return false;
      }
    }
    return true;
  }

  private Optional<StaticFile> lookUp(String path) {
    var known = files.get(path);
    if (known != null) {
      return Optional.of(known);
    }
    if (!exists(path)) {
      return Optional.empty();
    }
    var siblings = EnumSet.noneOf(ContentCoding.class);
    for (var coding : ContentCoding.values()) {
      if (exists(path + coding.suffix())) {
        siblings.add(coding);
      }
    }
    var file = new StaticFile(Set.copyOf(siblings));
    files.put(path, file);
    return Optional.of(file);
  }

  private boolean exists(String path) {
    try {
      return getServletContext().getResource(path) != null;
    } catch (MalformedURLException e) {
      return false;
    }
  }
}
