package org.liaison.forms;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The official AGGIR algorithm (Code de l'action sociale et des familles, annexe 2-2, from décret
 * 97-427 and décret 2001-1084 annexe II): from the A/B/C scores of the eight discriminant variables
 * — cohérence, orientation, toilette, habillage, alimentation, élimination, transferts,
 * déplacements à l'intérieur — it sums, group by group (A to H), the points of every C and B, takes
 * the first group whose threshold is reached to give a rank (1 to 13), and the rank gives the GIR
 * (1 to 6).
 *
 * <p>Six of these variables are asked in parts (the guide de remplissage, CASF annexe 2-1 as
 * replaced by décret 2008-821 du 21 août 2008, from the CNAMTS/CNSA guide): the evaluator codes
 * every sub-variable A, B or C and the variable's code follows from them ({@link #combine}):
 *
 * <ul>
 *   <li>cohérence (communication, comportement), orientation (temps, espace) and élimination
 *       (urinaire, fécale): A if both are A; C if either is C; B otherwise;
 *   <li>toilette (haut, bas) and habillage (haut, moyen, bas): A if all are A; C if all are C; B
 *       otherwise (a person who washes the upper body alone is not "ne fait pas");
 *   <li>alimentation (se servir, manger): A if both are A; C for CC, BC and CB; B otherwise — so AC
 *       and CA give B.
 * </ul>
 *
 * Sources, cross-checked: the DREES program that computes the GIR of the HID survey (girv3.sas,
 * 1999, as ported in openfisca-survey-manager: alimentation "serv C et mang C/B, ou serv B et mang
 * C → C; AA → A; sinon B"; cohérence and orientation C as soon as one part is at its worst); the
 * OpenXtrem Mediboard CExamGir (cohérence, orientation, élimination: AA → A, AB/BA/BB → B, else C;
 * toilette AA → A, CC → C, else B; habillage AAA → A, CCC → C, else B); CareLink's AGGIR calculator
 * (same rules, and "AA = A, BC = C, CB = C, CC = C, sinon B" for alimentation). They disagree on
 * one point, alimentation AC/CA: Mediboard (and CareLink's code, against its own documentation)
 * gives C; the DREES program and CareLink's documented rule give B, which we follow
 * (docs/forms.md).
 */
public final class Aggir {

  /** Points of a C, then of a B, for the eight variables, in each group A..H. */
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

  /** For each group, (threshold, rank) pairs tested in order; the first reached gives the rank. */
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

  /** The variables the grid asks in parts, with the number of their parts. */
  public enum Composite {
    /** Communication, comportement. */
    COHERENCE(2),
    /** Dans le temps, dans l'espace. */
    ORIENTATION(2),
    /** Haut, bas. */
    TOILETTE(2),
    /** Haut, moyen, bas. */
    HABILLAGE(3),
    /** Se servir, manger. */
    ALIMENTATION(2),
    /** Urinaire, fécale. */
    ELIMINATION(2);

    private final int parts;

    Composite(int parts) {
      this.parts = parts;
    }

    public int parts() {
      return parts;
    }

    /** The expression function that combines its parts: aggirCoherence, aggirOrientation… */
    public String function() {
      var name = name().toLowerCase(Locale.ROOT);
      return "aggir" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
  }

  /**
   * The A/B/C code of a variable from the codes of its sub-variables, by the guide's rules (see the
   * class comment), or empty if they are not {@link Composite#parts()} codes A, B or C.
   */
  public static Optional<String> combine(Composite variable, List<String> parts) {
    if (parts.size() != variable.parts() || !parts.stream().allMatch(c -> c.matches("[ABC]"))) {
      return Optional.empty();
    }
    boolean allA = parts.stream().allMatch("A"::equals);
    boolean allC = parts.stream().allMatch("C"::equals);
    boolean anyA = parts.contains("A");
    boolean anyC = parts.contains("C");
    boolean c =
        switch (variable) {
          case COHERENCE, ORIENTATION, ELIMINATION -> anyC;
          case TOILETTE, HABILLAGE -> allC;
          case ALIMENTATION -> anyC && !anyA; // CC, BC, CB; AC and CA give B
        };
    return Optional.of(allA ? "A" : c ? "C" : "B");
  }

  /** The rank (1 to 13) of eight A/B/C codes, or empty if one of them is not A, B or C. */
  public static Optional<Integer> rank(List<String> codes) {
    if (codes.size() != 8 || !codes.stream().allMatch(c -> c.matches("[ABC]"))) {
      return Optional.empty();
    }
    for (int group = 0; group < 8; group++) {
      int sum = 0;
      for (int v = 0; v < 8; v++) {
        sum +=
            switch (codes.get(v)) {
              case "C" -> C_POINTS[group][v];
              case "B" -> B_POINTS[group][v];
              default -> 0;
            };
      }
      for (var threshold : RANKS[group]) {
        if (sum >= threshold[0]) {
          return Optional.of(threshold[1]);
        }
      }
    }
    throw new IllegalStateException("group H always gives a rank");
  }

  /**
   * The GIR (1 to 6) of eight A/B/C codes: rank 1 → 1, 2–7 → 2, 8–9 → 3, 10–11 → 4, 12 → 5, 13 → 6.
   */
  public static Optional<Integer> gir(List<String> codes) {
    return rank(codes)
        .map(
            rank ->
                rank == 1
                    ? 1
                    : rank <= 7 ? 2 : rank <= 9 ? 3 : rank <= 11 ? 4 : rank == 12 ? 5 : 6);
  }
}
