package org.liaison.web.assets;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaticAssetFilterTest {

  private static final Set<ContentCoding> BOTH = EnumSet.allOf(ContentCoding.class);

  @Test
  void contentHashedNamesOfAngularAreKeptAYearAndNeverRevalidated() {
    for (var path :
        new String[] {
          "/main-E444YJQ2.js",
          "/chunk-Ci7tv9TC.js",
          "/chunk--hSY-LbK.js",
          "/chunk-kiGE5u-I.js",
          "/chunk-C8bf_hXT.js",
          "/styles-ACWPAXJT.css",
          "/polyfills-B6TNHZQ6.js",
          "/media/roboto-latin-400-normal-KF6Z3VXS.woff2"
        }) {
      assertThat(CachePolicy.forPath(path)).as(path).isEqualTo(CachePolicy.IMMUTABLE);
    }
    assertThat(CachePolicy.IMMUTABLE).isEqualTo("public, max-age=31536000, immutable");
  }

  @Test
  void filesThatKeepTheirNameAcrossDeploymentsAreRevalidated() {
    for (var path :
        new String[] {
          "/index.html",
          "/sw.js",
          "/ngsw-worker.js",
          "/ngsw.json",
          "/safety-worker.js",
          "/manifest.webmanifest",
          "/favicon.ico",
          "/icons/icon-192.png",
          "/icons/icon-512.png",
          "/polyfills-override.js",
          "/main.js"
        }) {
      assertThat(CachePolicy.forPath(path)).as(path).isEqualTo("no-cache");
    }
  }

  @Test
  void brotliIsPreferredWhenBothAreEquallyAccepted() {
    assertThat(ContentCoding.negotiate("gzip, deflate, br, zstd", BOTH)).contains(ContentCoding.BR);
    assertThat(ContentCoding.negotiate("br", BOTH)).contains(ContentCoding.BR);
    assertThat(ContentCoding.negotiate("gzip", BOTH)).contains(ContentCoding.GZIP);
    assertThat(ContentCoding.negotiate("GZIP", BOTH)).contains(ContentCoding.GZIP);
    assertThat(ContentCoding.negotiate("x-gzip", BOTH)).contains(ContentCoding.GZIP);
  }

  @Test
  void qValuesDecideAndZeroRefusesACoding() {
    assertThat(ContentCoding.negotiate("gzip;q=0, br", BOTH)).contains(ContentCoding.BR);
    assertThat(ContentCoding.negotiate("br;q=0, gzip", BOTH)).contains(ContentCoding.GZIP);
    assertThat(ContentCoding.negotiate("br;q=0.5, gzip;q=0.8", BOTH)).contains(ContentCoding.GZIP);
    assertThat(ContentCoding.negotiate("br ; q=0.9 , gzip ; q=0.8", BOTH))
        .contains(ContentCoding.BR);
    assertThat(ContentCoding.negotiate("br;q=0, gzip;q=0.000", BOTH)).isEmpty();
    assertThat(ContentCoding.negotiate("br;q=high", BOTH)).isEmpty();
  }

  @Test
  void theWildcardStandsForEveryCodingNotNamed() {
    assertThat(ContentCoding.negotiate("*", BOTH)).contains(ContentCoding.BR);
    assertThat(ContentCoding.negotiate("br;q=0, *", BOTH)).contains(ContentCoding.GZIP);
    assertThat(ContentCoding.negotiate("*;q=0", BOTH)).isEmpty();
    assertThat(ContentCoding.negotiate("identity", BOTH)).isEmpty();
  }

  @Test
  void withoutASiblingInTheAcceptedCodingTheNextOneOrTheFileItselfIsSent() {
    assertThat(ContentCoding.negotiate("br, gzip", EnumSet.of(ContentCoding.GZIP)))
        .contains(ContentCoding.GZIP);
    assertThat(ContentCoding.negotiate("br", EnumSet.of(ContentCoding.GZIP))).isEmpty();
    assertThat(ContentCoding.negotiate("br, gzip", Set.of())).isEmpty();
    assertThat(ContentCoding.negotiate(null, BOTH)).isEmpty();
    assertThat(ContentCoding.negotiate("", BOTH)).isEmpty();
  }

  @Test
  void onlyGetsAndHeadsOfFilesOutsideTheApiAreCandidates() {
    assertThat(StaticAssetFilter.isCandidate("GET", "/chunk-Ci7tv9TC.js")).isTrue();
    assertThat(StaticAssetFilter.isCandidate("HEAD", "/index.html")).isTrue();
    assertThat(StaticAssetFilter.isCandidate("POST", "/index.html")).isFalse();
    assertThat(StaticAssetFilter.isCandidate("GET", "/api/live")).isFalse();
    assertThat(StaticAssetFilter.isCandidate("GET", "/api/patients/1/attachments/a.pdf")).isFalse();
    assertThat(StaticAssetFilter.isCandidate("GET", "/api")).isFalse();
    assertThat(StaticAssetFilter.isCandidate("GET", "/patients/42")).isFalse();
    assertThat(StaticAssetFilter.isCandidate("GET", "/WEB-INF/web.xml")).isFalse();
    assertThat(StaticAssetFilter.isCandidate("GET", "/chunk-Ci7tv9TC.js.br")).isFalse();
    assertThat(StaticAssetFilter.isCandidate("GET", "/chunk-Ci7tv9TC.js.gz")).isFalse();
  }

  // ------------------------------------------------------------- the filter on a fake container

  private final Map<String, String> mimeTypes =
      Map.of(
          "/chunk-Ci7tv9TC.js", "text/javascript",
          "/index.html", "text/html",
          "/styles-ACWPAXJT.css", "text/css");
  private Set<String> resources;
  private StaticAssetFilter filter;

  @BeforeEach
  void deployment() throws Exception {
    resources =
        Set.of(
            "/chunk-Ci7tv9TC.js",
            "/chunk-Ci7tv9TC.js.br",
            "/chunk-Ci7tv9TC.js.gz",
            "/index.html",
            "/index.html.br",
            "/index.html.gz",
            "/styles-ACWPAXJT.css",
            "/styles-ACWPAXJT.css.gz",
            "/icons/icon-192.png");
    filter = new StaticAssetFilter();
    filter.init(fake(FilterConfig.class, Map.of("getServletContext", args -> servletContext())));
  }

  @Test
  void aHashedChunkAskedInBrotliIsForwardedToItsBrSiblingWithTheTypeOfTheScript() throws Exception {
    var exchange = get("/chunk-Ci7tv9TC.js", "gzip, deflate, br");
    assertThat(exchange.forwardedTo).isEqualTo("/chunk-Ci7tv9TC.js.br");
    assertThat(exchange.chained).isFalse();
    assertThat(exchange.headers)
        .containsEntry("Content-Encoding", "br")
        .containsEntry("Vary", "Accept-Encoding")
        .containsEntry("Cache-Control", "public, max-age=31536000, immutable");
    assertThat(exchange.contentType).isEqualTo("text/javascript");
  }

  @Test
  void gzipRefusedByItsQValueGivesBrotliAndBrotliMissingGivesGzip() throws Exception {
    assertThat(get("/chunk-Ci7tv9TC.js", "gzip;q=0, br").forwardedTo)
        .isEqualTo("/chunk-Ci7tv9TC.js.br");
    var css = get("/styles-ACWPAXJT.css", "br, gzip");
    assertThat(css.forwardedTo).isEqualTo("/styles-ACWPAXJT.css.gz");
    assertThat(css.headers).containsEntry("Content-Encoding", "gzip");
    assertThat(css.contentType).isEqualTo("text/css");
  }

  @Test
  void noAcceptableCodingServesTheFileItselfStillVaryingOnAcceptEncoding() throws Exception {
    var plain = get("/index.html", null);
    assertThat(plain.chained).isTrue();
    assertThat(plain.forwardedTo).isNull();
    assertThat(plain.headers)
        .doesNotContainKey("Content-Encoding")
        .containsEntry("Vary", "Accept-Encoding")
        .containsEntry("Cache-Control", "no-cache");
    var brOnly = get("/styles-ACWPAXJT.css", "br");
    assertThat(brOnly.chained).isTrue();
    assertThat(brOnly.headers).doesNotContainKey("Content-Encoding");
  }

  @Test
  void theIndexForwardedByTheSpaFallbackIsCompressedAndRevalidated() throws Exception {
    var exchange = get("/index.html", "br");
    assertThat(exchange.forwardedTo).isEqualTo("/index.html.br");
    assertThat(exchange.headers).containsEntry("Cache-Control", "no-cache");
    assertThat(exchange.contentType).isEqualTo("text/html");
  }

  @Test
  void aFileWithoutSiblingsHasNoVaryAndAMissingFileNoCachingAtAll() throws Exception {
    var icon = get("/icons/icon-192.png", "br, gzip");
    assertThat(icon.chained).isTrue();
    assertThat(icon.headers).containsEntry("Cache-Control", "no-cache").doesNotContainKey("Vary");
    var gone = get("/chunk-OLDBUILD.js", "br");
    assertThat(gone.chained).isTrue();
    assertThat(gone.headers).isEmpty();
  }

  @Test
  void theApiIsPassedThroughUntouched() throws Exception {
    var live = get("/api/live", "br, gzip");
    assertThat(live.chained).isTrue();
    assertThat(live.headers).isEmpty();
  }

  private static final class Exchange {
    final Map<String, String> headers = new HashMap<>();
    String contentType;
    String forwardedTo;
    boolean chained;
  }

  private Exchange get(String path, String acceptEncoding) throws Exception {
    var exchange = new Exchange();
    var request =
        fake(
            HttpServletRequest.class,
            Map.of(
                "getMethod", args -> "GET",
                "getServletPath", args -> path,
                "getPathInfo", args -> null,
                "getHeader",
                    args ->
                        "Accept-Encoding".equalsIgnoreCase((String) args[0])
                            ? acceptEncoding
                            : null,
                "getRequestDispatcher",
                    args ->
                        fake(
                            RequestDispatcher.class,
                            Map.of(
                                "forward",
                                forwardArgs -> {
                                  exchange.forwardedTo = (String) args[0];
                                  return null;
                                }))));
    var response =
        fake(
            HttpServletResponse.class,
            Map.of(
                "setHeader",
                    args -> {
                      exchange.headers.put((String) args[0], (String) args[1]);
                      return null;
                    },
                "setContentType",
                    args -> {
                      exchange.contentType = (String) args[0];
                      return null;
                    }));
    FilterChain chain = (req, res) -> exchange.chained = true;
    filter.doFilter(request, response, chain);
    return exchange;
  }

  private ServletContext servletContext() {
    return fake(
        ServletContext.class,
        Map.of(
            "getResource", args -> resource((String) args[0]),
            "getMimeType", args -> mimeTypes.get((String) args[0])));
  }

  private URL resource(String path) throws MalformedURLException {
    return resources.contains(path) ? new URL("file:/war" + path) : null;
  }

  @FunctionalInterface
  private interface Answer {
    Object answer(Object[] args) throws Exception;
  }

  /** A fake of an interface: the named methods answer, the others return null. */
  private static <T> T fake(Class<T> type, Map<String, Answer> answers) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              var answer = answers.get(method.getName());
              if (answer != null) {
                return answer.answer(args == null ? new Object[0] : args);
              }
              if (method.getName().equals("toString")) {
                return type.getSimpleName();
              }
              return method.getReturnType() == boolean.class ? false : null;
            }));
  }
}
