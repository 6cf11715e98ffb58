package org.liaison.web.assets;

import java.util.regex.Pattern;

/**
 * How long a browser may keep a static file of the SPA without asking again.
 *
 * <p>Angular names its bundles and media after their content ({@code main-E444YJQ2.js}, {@code
 * chunk-Ci7tv9TC.js}, {@code chunk--hSY-LbK.js}, {@code styles-ACWPAXJT.css}, {@code
 * media/font-ABCD1234.woff2}): a new build gives new names, so those are kept a year and never
 * revalidated. Everything else ({@code index.html}, which names the bundles, the service worker,
 * the web app manifest, the favicon and icons copied from {@code public/}) keeps its name from one
 * deployment to the next, so it is revalidated at every use ({@code no-cache}: cached, but only
 * used after a conditional request answered 304).
 */
public final class CachePolicy {

  public static final String IMMUTABLE = "public, max-age=31536000, immutable";
  public static final String REVALIDATE = "no-cache";

  /**
   * "name-HASH.ext": exactly eight characters of Angular's hash alphabet (letters, digits, '-' and
   * '_') between the last dash that leaves that many and the extension. A hash has a digit or an
   * upper-case letter, which keeps plain words ("polyfills-override.js") out.
   */
  private static final Pattern HASHED =
      Pattern.compile(".+-(?=[A-Za-z0-9_-]*[A-Z0-9])[A-Za-z0-9_-]{8}\\.[A-Za-z0-9]+");

  private CachePolicy() {}

  /** The {@code Cache-Control} value of an existing static file at {@code path}. */
  public static String forPath(String path) {
    return isContentHashed(path) ? IMMUTABLE : REVALIDATE;
  }

  static boolean isContentHashed(String path) {
    var name = path.substring(path.lastIndexOf('/') + 1);
    return HASHED.matcher(name).matches();
  }
}
