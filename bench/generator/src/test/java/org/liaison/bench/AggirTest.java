package org.liaison.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AggirTest {

  @Test
  void autonomousPersonIsGir6AndTotallyDependentPersonIsGir1() {
    assertEquals(6, Aggir.gir("AAAAAAAA".toCharArray()));
    assertEquals(1, Aggir.gir("CCCCCCCC".toCharArray()));
  }

  @Test
  void bedriddenButLucidPersonIsGir2() {
    // coherence and orientation A, every bodily activity C: group B reaches rank 4 → GIR 2
    assertEquals(2, Aggir.gir("AACCCCCC".toCharArray()));
  }

  @Test
  void subVariablesCombineAsTheApplicationCombinesThem() {
    assertEquals('C', Aggir.combine(0, "AC".toCharArray())); // cohérence: one C is enough
    assertEquals('B', Aggir.combine(2, "AC".toCharArray())); // toilette: C only if both are C
    assertEquals('C', Aggir.combine(3, "CCC".toCharArray()));
    assertEquals('B', Aggir.combine(3, "ACC".toCharArray()));
    assertEquals('B', Aggir.combine(4, "AC".toCharArray())); // alimentation: AC gives B
    assertEquals('C', Aggir.combine(4, "BC".toCharArray()));
    assertEquals('C', Aggir.combine(5, "CA".toCharArray())); // élimination: one C is enough
    assertEquals('A', Aggir.combine(1, "AA".toCharArray()));
    assertEquals('B', Aggir.combine(1, "AB".toCharArray()));
  }
}
