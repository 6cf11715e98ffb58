package org.liaison.web.assets;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The content codings a static file may have been precompressed in, best first. */
public enum ContentCoding {
  BR("br", ".br"),
  GZIP("gzip", ".gz");

  private final String token;
  private final String suffix;

  ContentCoding(String token, String suffix) {
    this.token = token;
    this.suffix = suffix;
  }

  /** The value of {@code Content-Encoding}. */
  public String token() {
    return token;
  }

  /** The file name suffix of the precompressed sibling. */
  public String suffix() {
    return suffix;
  }

  /**
   * The coding to send, among those the file has a sibling in, for an {@code Accept-Encoding}
   * header (RFC 9110 §12.5.3): the highest q-value wins, a tie goes to the smaller coding (br), q=0
   * refuses a coding, {@code *} stands for every coding not named. No header, or nothing
   * acceptable: empty, the file is sent as it is (identity is always acceptable here, so a 406 is
   * never needed).
   */
  public static Optional<ContentCoding> negotiate(
      String acceptEncoding, Set<ContentCoding> available) {
    if (acceptEncoding == null || acceptEncoding.isBlank() || available.isEmpty()) {
      return Optional.empty();
    }
    var preferences = parse(acceptEncoding);
    ContentCoding best = null;
    double bestQ = 0;
    for (var coding : values()) {
      if (!available.contains(coding)) {
        continue;
      }
      var q = qualityOf(coding, preferences);
      if (q > bestQ) {
        best = coding;
        bestQ = q;
      }
    }
    return Optional.ofNullable(best);
  }

  private record Preference(String coding, double q) {}

  private static List<Preference> parse(String header) {
    return java.util.Arrays.stream(header.split(","))
        .map(String::trim)
        .filter(part -> !part.isEmpty())
        .map(ContentCoding::preference)
        .toList();
  }

  private static Preference preference(String part) {
    var pieces = part.split(";");
    var coding = pieces[0].trim().toLowerCase(Locale.ROOT);
    if (coding.equals("x-gzip")) {
      coding = "gzip";
    }
    var q = 1.0;
    for (int i = 1; i < pieces.length; i++) {
      var parameter = pieces[i].trim().toLowerCase(Locale.ROOT);
      if (parameter.startsWith("q=")) {
        q = quality(parameter.substring(2).trim());
      }
    }
    return new Preference(coding, q);
  }

  /** A q-value that is not one (e.g. "q=high") refuses the coding rather than guessing. */
  private static double quality(String value) {
    if (!value.matches("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)")) {
      return 0;
    }
    return Double.parseDouble(value);
  }

  private static double qualityOf(ContentCoding coding, List<Preference> preferences) {
    Double named = null;
    Double wildcard = null;
    for (var preference : preferences) {
      if (preference.coding().equals(coding.token)) {
        named = named == null ? preference.q() : Math.max(named, preference.q());
      } else if (preference.coding().equals("*")) {
        wildcard = preference.q();
      }
    }
    if (named != null) {
      return named;
    }
    return wildcard != null ? wildcard : 0;
  }
}
