package org.liaison.kernel;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret that travels in a URL (an invitation link, a calendar subscription): 32 random bytes,
 * URL-safe; only its SHA-256 is stored, so a stolen database gives no working link.
 */
public final class SecretToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretToken() {}

  public static String create() {
    var bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** What is stored and looked up: the SHA-256 of the token, in hex. */
  public static String hash(String token) {
    return FileType.sha256(token.getBytes(StandardCharsets.UTF_8));
  }
}
