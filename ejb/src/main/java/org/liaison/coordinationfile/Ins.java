package org.liaison.coordinationfile;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The INS (identifiant national de santé) as its NIR form: 13 characters then a 2-digit control key
 * equal to 97 minus the 13-digit number modulo 97. Corsican departments 2A and 2B count as 19 and
 * 18 in the key. Sex digit 1 or 2 (3, 4, 7, 8 for provisional numbers).
 */
public final class Ins {

  private static final Pattern FORMAT =
      Pattern.compile("[1-478][0-9]{2}(0[1-9]|1[0-2]|[2-9][0-9])([0-9]{2}|2A|2B)[0-9]{6}[0-9]{2}");

  private Ins() {}

  /** Removes the spaces people type between groups of digits. */
  public static String normalize(String raw) {
    return raw == null ? null : raw.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
  }

  /** Why the value is not a valid INS, or empty if it is one. */
  public static Optional<String> problemWith(String ins) {
    if (ins.length() != 15) {
      return Optional.of(
          "an INS has 15 characters (13 + a 2-digit key), this one has " + ins.length());
    }
    if (!FORMAT.matcher(ins).matches()) {
      return Optional.of(
          "not an INS: expected sex digit, year, month, department, commune, order and key");
    }
    var number = ins.substring(0, 13).replace("2A", "19").replace("2B", "18");
    int expected = 97 - new BigInteger(number).mod(BigInteger.valueOf(97)).intValue();
    int key = Integer.parseInt(ins.substring(13));
    if (key != expected) {
      return Optional.of("wrong control key " + ins.substring(13) + " for this INS");
    }
    return Optional.empty();
  }
}
