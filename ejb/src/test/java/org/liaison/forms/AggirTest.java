package org.liaison.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The AGGIR algorithm against worked cases. The tables are those of the Code de l'action sociale et
 * des familles, annexe 2-2 (also décret n° 2001-1084 du 20 novembre 2001, annexe II, "algorithme de
 * la grille AGGIR"); the expected ranks below were computed by hand from those tables, group by
 * group, and the sums are given so that a reader can redo them. Profiles are written in the order
 * COH ORI TOI HAB ALI ELI TRA DPI.
 */
class AggirTest {

  private static List<String> profile(String letters) {
    return Arrays.asList(letters.split(""));
  }

  @ParameterizedTest(name = "{0} -> rank {1}, GIR {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // every variable A: every group sums to 0, group H gives rank 13
        "AAAAAAAA | 13 | 6 | fully autonomous",
        // every variable C: group A = 2000+1200+40+40+60+100+800+200 = 4440 >= 4380
        "CCCCCCCC | 1 | 1 | fully dependent",
        // A = 160, B = 260, C = 220, D = 600 (all below), E = 400 + 100 + 800 = 1300 >= 1200 (rank
        // 8)
        "ABCABCAA | 8 | 3 | example profile of the LWH-21/Aggir repository",
        // A = B = C = 32, D = 0, E = F = 200, G = 400, H = 2000+2000 = 4000 >= 4000 (rank 11)
        "AABBAAAA | 11 | 4 | toilette and habillage partial, exactly on group H's threshold",
        // A = 2000+1200 = 3200 < 3390, B = 1500+1200 = 2700 >= 2016 (rank 4)
        "CCAAAAAA | 4 | 2 | incoherent and disoriented, physically autonomous",
        // A = 200, B = 568, C = 292, D = 400, E = 400, F = 600, G = 900 >= 650 (rank 10)
        "BBBBABBB | 10 | 4 | partial help everywhere but meals",
        // H = 1000+1000 = 2000 >= 2000 (rank 12): bedridden but otherwise autonomous
        "AAAAAACC | 12 | 5 | transfers and moving indoors impossible alone",
        // B = 320+120 = 440 < 2016, F = 200 < 800, G = 0, H = 0: rank 13
        "BBAAAAAA | 13 | 6 | partial incoherence and disorientation only",
      })
  void theRankAndGirFollowTheOfficialTables(String letters, int rank, int gir, String what) {
    assertThat(Aggir.rank(profile(letters))).contains(rank);
    assertThat(Aggir.gir(profile(letters))).contains(gir);
  }

  @ParameterizedTest
  @CsvSource({"AAAAAAA", "AAAAAAAD", "aaaaaaaa"})
  void anythingButEightAbcScoresHasNoGir(String letters) {
    assertThat(Aggir.gir(profile(letters))).isEmpty();
  }

  // ------------------------------------------------------------------ sub-variables

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource({
    // cohérence, orientation, élimination: A if both A, C as soon as one is C, B otherwise
    "COHERENCE, AA, A",
    "COHERENCE, AB, B",
    "COHERENCE, BA, B",
    "COHERENCE, BB, B",
    "COHERENCE, AC, C",
    "COHERENCE, CA, C",
    "COHERENCE, BC, C",
    "COHERENCE, CB, C",
    "COHERENCE, CC, C",
    "ORIENTATION, AA, A",
    "ORIENTATION, AB, B",
    "ORIENTATION, BA, B",
    "ORIENTATION, BB, B",
    "ORIENTATION, AC, C",
    "ORIENTATION, CA, C",
    "ORIENTATION, BC, C",
    "ORIENTATION, CB, C",
    "ORIENTATION, CC, C",
    "ELIMINATION, AA, A",
    "ELIMINATION, AB, B",
    "ELIMINATION, BA, B",
    "ELIMINATION, BB, B",
    "ELIMINATION, AC, C",
    "ELIMINATION, CA, C",
    "ELIMINATION, BC, C",
    "ELIMINATION, CB, C",
    "ELIMINATION, CC, C",
    // toilette: A if both A, C only if both C, B otherwise (upper body alone is not "ne fait pas")
    "TOILETTE, AA, A",
    "TOILETTE, AB, B",
    "TOILETTE, BA, B",
    "TOILETTE, BB, B",
    "TOILETTE, AC, B",
    "TOILETTE, CA, B",
    "TOILETTE, BC, B",
    "TOILETTE, CB, B",
    "TOILETTE, CC, C",
    // alimentation: C for CC, BC, CB; AC and CA give B
    "ALIMENTATION, AA, A",
    "ALIMENTATION, AB, B",
    "ALIMENTATION, BA, B",
    "ALIMENTATION, BB, B",
    "ALIMENTATION, AC, B",
    "ALIMENTATION, CA, B",
    "ALIMENTATION, BC, C",
    "ALIMENTATION, CB, C",
    "ALIMENTATION, CC, C",
  })
  void twoPartVariablesCombineByTheGuidesRules(
      Aggir.Composite variable, String parts, String code) {
    assertThat(Aggir.combine(variable, profile(parts))).contains(code);
  }

  @Test
  void habillageIsAOnlyWhenAllThreePartsAreAAndCOnlyWhenAllThreeAreC() {
    for (var haut : List.of("A", "B", "C")) {
      for (var moyen : List.of("A", "B", "C")) {
        for (var bas : List.of("A", "B", "C")) {
          var parts = haut + moyen + bas;
          var expected = parts.equals("AAA") ? "A" : parts.equals("CCC") ? "C" : "B";
          assertThat(Aggir.combine(Aggir.Composite.HABILLAGE, profile(parts)))
              .as(parts)
              .contains(expected);
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"COHERENCE, A", "COHERENCE, ABC", "HABILLAGE, AA", "TOILETTE, AD", "ELIMINATION, aa"})
  void partsThatAreNotAsManyAbcCodesHaveNoCode(Aggir.Composite variable, String parts) {
    assertThat(Aggir.combine(variable, profile(parts))).isEmpty();
  }

  @Test
  void theCombiningFunctionsAreNamedAfterTheirVariable() {
    assertThat(Aggir.Composite.COHERENCE.function()).isEqualTo("aggirCoherence");
    assertThat(Aggir.Composite.ELIMINATION.function()).isEqualTo("aggirElimination");
  }

  /**
   * Complete grids as an evaluator codes them, sub-variable by sub-variable, in the order
   * communication comportement | temps espace | toilette haut bas | habillage haut moyen bas | se
   * servir manger | urinaire fécale | transferts | déplacements intérieurs. The variables' codes
   * follow from the rules above, and the rank from the official tables; every sum is written out.
   */
  @ParameterizedTest(name = "{0} -> {1} -> GIR {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // coh AB -> B, ori BA -> B, toi AC -> B, hab ABC -> B, ali AA -> A, eli BA -> B: BBBBABBB;
        // A = 16+16+16+120+32 = 200, B = 320+120+16+16+16+120-40 = 568, C = 16+16+20+200+40 = 292,
        // D = 200+200 = 400, E = 100*4 = 400, F = 100*6 = 600, G = 200*4+100 = 900 >= 650: rank 10
        // (with toilette AC taken for C it would be F = 1000 >= 800: rank 9, GIR 3)
        "AB BA AC ABC AA BA B B | BBBBABBB | 4",
        // coh AC -> C, ori BC -> C, everything else A: CCAAAAAA; A = 3200 < 3390,
        // B = 1500+1200 = 2700 >= 2016: rank 4 (with "both C" rules: BBAAAAAA, rank 13, GIR 6)
        "AC BC AA AAA AA AA A A | CCAAAAAA | 2",
        // toi CC -> C, hab CCC -> C, eli CA -> C: AACCACAA; A = 40+40+100 = 180, B = 180,
        // C = 40+40+160 = 240, D = 400, E = 400+400+800 = 1600 >= 1200: rank 8
        "AA AA CC CCC AA CA A A | AACCACAA | 3",
        // ali AC -> B, transferts C: AAAABACA; A = 20+800 = 820, B = 0+800 = 800, C = 20+1000 =
        // 1020, D = 200+2000 = 2200 < 2400, E = 100+800 = 900, F = 100+500 = 600, G = 200+400 =
        // 600 < 650, H = 2000+1000 = 3000 >= 2000: rank 12 (with AC taken for C: D = 4000, GIR 2)
        "AA AA AA AAA AC AA C A | AAAABACA | 5",
        // every part A: rank 13
        "AA AA AA AAA AA AA A A | AAAAAAAA | 6",
      })
  void aCompleteGridGivesTheGirAnEvaluatorFinds(String grid, String variables, int gir) {
    var p = grid.split(" ");
    var codes =
        List.of(
            Aggir.combine(Aggir.Composite.COHERENCE, profile(p[0])).orElseThrow(),
            Aggir.combine(Aggir.Composite.ORIENTATION, profile(p[1])).orElseThrow(),
            Aggir.combine(Aggir.Composite.TOILETTE, profile(p[2])).orElseThrow(),
            Aggir.combine(Aggir.Composite.HABILLAGE, profile(p[3])).orElseThrow(),
            Aggir.combine(Aggir.Composite.ALIMENTATION, profile(p[4])).orElseThrow(),
            Aggir.combine(Aggir.Composite.ELIMINATION, profile(p[5])).orElseThrow(),
            p[6],
            p[7]);
    assertThat(String.join("", codes)).isEqualTo(variables);
    assertThat(Aggir.gir(codes)).contains(gir);
  }
}
