package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Stack;

/**
 * The SPA's files leave WildFly in the coding the browser accepts, from the siblings the build
 * wrote (docs/adr/0011), with a year of caching for content-hashed names and revalidation for the
 * page. What is compared is what the deployed EAR holds: the gzip answer decoded must be the file;
 * the br answer must be the .br sibling of the WAR byte for byte (the build decoded that sibling
 * and compared it with the file before writing it; this module has no brotli decoder).
 */
@ExtendWith(ArquillianExtension.class)
class StaticAssetsIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static WebArchive war;
  private static String chunk;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  @BeforeAll
  static void theWarAsDeployed() {
    war = Stack.ear().getAsType(WebArchive.class, "liaison-web.war");
    chunk =
        war.getContent().keySet().stream()
            .map(ArchivePath::get)
            .filter(path -> path.matches("/chunk-[A-Za-z0-9_-]{8}\\.js"))
            .max(Comparator.comparingInt(path -> bytesOf(path).length))
            .orElseThrow();
  }

  @Test
  void aHashedChunkComesInBrotliWhenAccepted() {
    var reply = get(chunk, "gzip, deflate, br, zstd");
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(header(reply, "Content-Encoding")).isEqualTo("br");
    assertThat(reply.body()).isEqualTo(bytesOf(chunk + ".br"));
    assertThat(reply.body().length).isLessThan(bytesOf(chunk).length / 2);
    assertThat(header(reply, "Content-Length")).isEqualTo(String.valueOf(reply.body().length));
    assertThat(header(reply, "Content-Type")).isEqualTo(header(get(chunk, null), "Content-Type"));
    assertThat(header(reply, "Vary")).containsIgnoringCase("Accept-Encoding");
    assertThat(header(reply, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    assertThat(header(reply, "Content-Security-Policy")).contains("default-src 'self'");
    assertThat(header(reply, "X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void aHashedChunkComesInGzipWhenOnlyGzipIsAcceptedAndDecodesToTheFile() {
    var reply = get(chunk, "gzip");
    assertThat(header(reply, "Content-Encoding")).isEqualTo("gzip");
    assertThat(gunzip(reply.body())).isEqualTo(bytesOf(chunk));
    assertThat(header(reply, "Content-Length")).isEqualTo(String.valueOf(reply.body().length));
    assertThat(header(reply, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
  }

  @Test
  void aCodingRefusedByItsQValueIsNotSent() {
    assertThat(header(get(chunk, "gzip;q=0, br"), "Content-Encoding")).isEqualTo("br");
    var noBrotli = get(chunk, "br;q=0, gzip");
    assertThat(header(noBrotli, "Content-Encoding")).isEqualTo("gzip");
    assertThat(gunzip(noBrotli.body())).isEqualTo(bytesOf(chunk));
  }

  @Test
  void withoutAcceptEncodingTheFileItselfIsSentStillMarkedAsVarying() {
    var reply = get(chunk, null);
    assertThat(reply.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(reply.body()).isEqualTo(bytesOf(chunk));
    assertThat(header(reply, "Vary")).containsIgnoringCase("Accept-Encoding");
    assertThat(header(reply, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
  }

  @Test
  void theIndexIsCompressedAndRevalidatedAtEveryLoad() {
    var plain = get("/index.html", null);
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(plain.body()).isEqualTo(bytesOf("/index.html"));
    assertThat(header(plain, "Cache-Control")).isEqualTo("no-cache");

    var gzip = get("/index.html", "gzip");
    assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
    assertThat(gunzip(gzip.body())).isEqualTo(bytesOf("/index.html"));
    assertThat(header(gzip, "Cache-Control")).isEqualTo("no-cache");

    var br = get("/index.html", "br");
    assertThat(header(br, "Content-Encoding")).isEqualTo("br");
    assertThat(br.body()).isEqualTo(bytesOf("/index.html.br"));
    assertThat(header(br, "Cache-Control")).isEqualTo("no-cache");
    assertThat(header(br, "Content-Type")).startsWith("text/html");
  }

  @Test
  void aDeepLinkGetsTheCompressedIndexToo() {
    var reply = get("/patients/5a000000-0000-4000-8000-000000000001", "gzip");
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(header(reply, "Content-Encoding")).isEqualTo("gzip");
    assertThat(gunzip(reply.body())).isEqualTo(bytesOf("/index.html"));
    assertThat(header(reply, "Cache-Control")).isEqualTo("no-cache");
    assertThat(header(reply, "Content-Security-Policy")).contains("frame-ancestors 'none'");
  }

  @Test
  void theServiceWorkerAndTheManifestAreRevalidated() {
    assertThat(header(get("/sw.js", "br"), "Cache-Control")).isEqualTo("no-cache");
    assertThat(header(get("/manifest.webmanifest", "br"), "Cache-Control")).isEqualTo("no-cache");
  }

  @Test
  void theApiIsNotCompressedByThisMechanism() {
    var reply = get("/api/config", "br, gzip");
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(header(reply, "Cache-Control")).isEqualTo("no-store");
  }

  private static HttpResponse<byte[]> get(String path, String acceptEncoding) {
    var request = HttpRequest.newBuilder(URI.create(Stack.BASE_URL + path)).GET();
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String header(HttpResponse<?> reply, String name) {
    return reply.headers().firstValue(name).orElse("");
  }

  private static byte[] bytesOf(String path) {
    var node = war.get(path);
    assertThat(node).as("%s in the WAR", path).isNotNull();
    try (var in = node.getAsset().openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gunzip(byte[] body) {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
