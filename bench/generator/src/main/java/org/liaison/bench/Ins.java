package org.liaison.bench;

import java.math.BigInteger;

/**
 * INS in its NIR form, as the application checks it (org.liaison.coordinationfile.Ins): sex digit,
 * year and month of birth, department (2A/2B count as 19/18 in the key), commune, order number, and
 * a key of 97 minus the 13-digit number modulo 97.
 */
final class Ins {

  private Ins() {}

  /** The 2-digit key of a 13-character NIR (digits, or 2A / 2B as department). */
  static int key(String nir13) {
    if (nir13.length() != 13) {
      throw new IllegalArgumentException("a NIR has 13 characters before its key: " + nir13);
    }
    var number = nir13.replace("2A", "19").replace("2B", "18");
    return 97 - new BigInteger(number).mod(BigInteger.valueOf(97)).intValue();
  }

  /** The 15-character INS: sex digit 1 (male) or 2 (female), then birth and place, then the key. */
  static String of(int sexDigit, int year, int month, String department, int commune, int order) {
    if (department.length() != 2) {
      throw new IllegalArgumentException("department on two characters: " + department);
    }
    var nir =
        sexDigit
            + two(year % 100)
            + two(month)
            + department
            + three(commune)
            + three(order);
    return nir + two(key(nir));
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String three(int n) {
    return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
  }
}
