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
}
