package org.liaison.directory;

import java.util.Optional;

/**
 * The RPPS number (répertoire partagé des professionnels de santé): 11 digits, the last one a Luhn
 * check digit over the first ten.
 */
public final class Rpps {

  private Rpps() {}

  /** Why the value is not an RPPS number, or empty if it is one. */
  public static Optional<String> problemWith(String rpps) {
    if (!rpps.matches("[0-9]{11}")) {
      return Optional.of("an RPPS number has 11 digits");
    }
    if (!luhnValid(rpps)) {
      return Optional.of("wrong check digit for this RPPS number");
    }
    return Optional.empty();
  }

  static boolean luhnValid(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
