package org.liaison.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
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
}
