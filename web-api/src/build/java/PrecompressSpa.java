import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipFile;

/**
 * Build step of the web-api module (run by exec-maven-plugin at prepare-package, see pom.xml):
 * copies the built SPA out of the frontend jar's {@code META-INF/resources} into a fresh directory
 * that becomes the WAR's root, and writes a {@code .gz} and a {@code .br} sibling next to every
 * file that compresses, so that {@code org.liaison.web.assets.StaticAssetFilter} serves them
 * without compressing anything at request time (docs/adr/0011).
 *
 * <p>Each sibling is decoded again and compared with the original before it is written: a broken
 * encoder fails the build instead of breaking browsers. A sibling is kept only if it is smaller
 * than the original. Runs as a single source file ({@code java PrecompressSpa.java frontend out}).
 */
public final class PrecompressSpa {

  private static final String ROOT = "META-INF/resources/";

  /** Text (and uncompressed binary) formats the SPA ships; images and woff2 are compressed. */
  private static final Set<String> COMPRESSIBLE =
      Set.of(
          "html",
          "js",
          "mjs",
          "css",
          "json",
          "webmanifest",
          "map",
          "svg",
          "txt",
          "xml",
          "ico",
          "ttf",
          "otf",
          "wasm");

  private PrecompressSpa() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: PrecompressSpa <frontend jar or dir> <out dir>");
    }
    var frontend = Path.of(args[0]);
    var out = Path.of(args[1]);
    deleteRecursively(out);
    Files.createDirectories(out);
    copySpa(frontend, out);

    Brotli4jLoader.ensureAvailability();
    var brotli = new Encoder.Parameters().setQuality(11);
    List<Result> results = new ArrayList<>();
    try (var files = Files.walk(out)) {
      for (var file : files.filter(Files::isRegularFile).sorted().toList()) {
        if (isCompressible(file)) {
          results.add(precompress(file, brotli));
        }
      }
    }
    report(out, results);
  }

  static boolean isCompressible(Path file) {
    var name = file.getFileName().toString();
    var dot = name.lastIndexOf('.');
    return dot > 0 && COMPRESSIBLE.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static void copySpa(Path frontend, Path out) throws IOException {
    if (Files.isDirectory(frontend)) {
      var root = frontend.resolve(ROOT);
      try (var files = Files.walk(root)) {
        for (var file : files.filter(Files::isRegularFile).toList()) {
          var target = out.resolve(root.relativize(file).toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
      return;
    }
    try (var jar = new ZipFile(frontend.toFile())) {
      for (var entry : jar.stream().toList()) {
        if (entry.isDirectory() || !entry.getName().startsWith(ROOT)) {
          continue;
        }
        var target = out.resolve(entry.getName().substring(ROOT.length())).normalize();
        if (!target.startsWith(out)) {
          throw new IOException("entry outside the SPA: " + entry.getName());
        }
        Files.createDirectories(target.getParent());
        try (var in = jar.getInputStream(entry)) {
          Files.copy(in, target);
        }
      }
    }
  }

  private static Result precompress(Path file, Encoder.Parameters brotli) throws IOException {
    var raw = Files.readAllBytes(file);
    var gzip = gzip(raw);
    if (!Arrays.equals(gunzip(gzip), raw)) {
      throw new IOException("gzip round trip differs for " + file);
    }
    var br = Encoder.compress(raw, brotli);
    var decoded = Decoder.decompress(br);
    if (decoded.getResultStatus() != DecoderJNI.Status.DONE
        || !Arrays.equals(decoded.getDecompressedData(), raw)) {
      throw new IOException("brotli round trip differs for " + file);
    }
    var gzipKept = writeIfSmaller(file, ".gz", gzip, raw.length);
    var brKept = writeIfSmaller(file, ".br", br, raw.length);
    return new Result(file, raw.length, gzipKept ? gzip.length : -1, brKept ? br.length : -1);
  }

  private static boolean writeIfSmaller(Path file, String suffix, byte[] encoded, int rawLength)
      throws IOException {
    if (encoded.length >= rawLength) {
      return false;
    }
    var sibling = file.resolveSibling(file.getFileName() + suffix);
    Files.write(sibling, encoded);
    Files.setLastModifiedTime(sibling, Files.getLastModifiedTime(file));
    return true;
  }

  /** Best compression; the header's MTIME stays 0, so the same input gives the same bytes. */
  private static byte[] gzip(byte[] raw) throws IOException {
    var bytes = new ByteArrayOutputStream(raw.length / 2 + 64);
    try (var out =
        new GZIPOutputStream(bytes, 8192) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      out.write(raw);
    }
    return bytes.toByteArray();
  }

  private static byte[] gunzip(byte[] gzip) {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void report(Path out, List<Result> results) {
    long raw = 0;
    long gzip = 0;
    long br = 0;
    for (var r : results) {
      raw += r.raw();
      gzip += r.gzip() < 0 ? r.raw() : r.gzip();
      br += r.br() < 0 ? r.raw() : r.br();
    }
    System.out.printf(
        "[precompress] %d files in %s: %d bytes raw, %d gzip, %d br%n",
        results.size(), out, raw, gzip, br);
    results.stream()
        .max(Comparator.comparingInt(Result::raw))
        .ifPresent(
            biggest ->
                System.out.printf(
                    "[precompress] biggest %s: %d raw, %d gzip, %d br%n",
                    out.relativize(biggest.file()), biggest.raw(), biggest.gzip(), biggest.br()));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private record Result(Path file, int raw, int gzip, int br) {}
}
