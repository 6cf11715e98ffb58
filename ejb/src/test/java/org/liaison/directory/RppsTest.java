package org.liaison.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RppsTest {

  @Test
  void anRppsNumberHasElevenDigitsEndingWithALuhnCheckDigit() {
    assertThat(Rpps.problemWith("10003456786")).isEmpty();
    assertThat(Rpps.problemWith("10003456787")).contains("wrong check digit for this RPPS number");
    assertThat(Rpps.problemWith("1000345678")).contains("an RPPS number has 11 digits");
    assertThat(Rpps.problemWith("1000345678A")).contains("an RPPS number has 11 digits");
  }
}
