package org.liaison.bench;

/**
 * The official AGGIR algorithm, the same tables and sub-variable rules as the application's
 * org.liaison.forms.Aggir, so the GIR stored with a generated submission is the one the
 * application would compute from its answers.
 */
final class Aggir {

  private static final int[][] C_POINTS = {
    {2000, 1200, 40, 40, 60, 100, 800, 200},
    {1500, 1200, 40, 40, 60, 100, 800, -80},
    {0, 0, 40, 40, 60, 160, 1000, 400},
    {0, 0, 0, 0, 2000, 400, 2000, 200},
    {400, 400, 400, 400, 400, 800, 800, 200},
    {200, 200, 500, 500, 500, 500, 500, 200},
    {150, 150, 300, 300, 500, 500, 400, 200},
    {0, 0, 3000, 3000, 3000, 3000, 1000, 1000},
  };

  private static final int[][] B_POINTS = {
    {0, 0, 16, 16, 20, 16, 120, 32},
    {320, 120, 16, 16, 0, 16, 120, -40},
    {0, 0, 16, 16, 20, 20, 200, 40},
    {0, 0, 0, 0, 200, 200, 200, 0},
    {0, 0, 100, 100, 100, 100, 100, 0},
    {100, 100, 100, 100, 100, 100, 100, 0},
    {0, 0, 200, 200, 200, 200, 200, 100},
    {0, 0, 2000, 2000, 2000, 2000, 2000, 1000},
  };

  private static final int[][][] RANKS = {
    {{4380, 1}, {4140, 2}, {3390, 3}},
    {{2016, 4}},
    {{1700, 5}, {1432, 6}},
    {{2400, 7}},
    {{1200, 8}},
    {{800, 9}},
    {{650, 10}},
    {{4000, 11}, {2000, 12}, {Integer.MIN_VALUE, 13}},
  };

  private Aggir() {}

  /** The rank (1 to 13) of the eight discriminant variables, each 'A', 'B' or 'C'. */
  static int rank(char[] codes) {
    for (int group = 0; group < 8; group++) {
      int sum = 0;
      for (int v = 0; v < 8; v++) {
        sum +=
            switch (codes[v]) {
              case 'C' -> C_POINTS[group][v];
              case 'B' -> B_POINTS[group][v];
              default -> 0;
            };
      }
      for (var threshold : RANKS[group]) {
        if (sum >= threshold[0]) {
          return threshold[1];
        }
      }
    }
    throw new IllegalStateException("group H always gives a rank");
  }

  /**
   * The code of variable {@code variable} (0 cohérence, 1 orientation, 2 toilette, 3 habillage, 4
   * alimentation, 5 élimination) from its sub-variables, by the guide de remplissage's rules (see
   * org.liaison.forms.Aggir): toilette and habillage C only when every part is C; alimentation C
   * for CC, BC, CB; the others C as soon as one part is C; A when every part is A; B otherwise.
   */
  static char combine(int variable, char[] parts) {
    boolean allA = true;
    boolean allC = true;
    boolean anyA = false;
    boolean anyC = false;
    for (char c : parts) {
      allA &= c == 'A';
      allC &= c == 'C';
      anyA |= c == 'A';
      anyC |= c == 'C';
    }
    if (allA) return 'A';
    boolean c =
        switch (variable) {
          case 2, 3 -> allC;
          case 4 -> anyC && !anyA;
          default -> anyC;
        };
    return c ? 'C' : 'B';
  }

  static int gir(char[] codes) {
    int rank = rank(codes);
    if (rank == 1) return 1;
    if (rank <= 7) return 2;
    if (rank <= 9) return 3;
    if (rank <= 11) return 4;
    if (rank == 12) return 5;
    return 6;
  }
}
