package org.liaison.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void offsetIsPageTimesSize() {
    assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
  }

  @Test
  void aNegativePageIsRefusedNamingIt() {
    assertThatThrownBy(() -> new PageRequest(-1, 20))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("page");
  }

  @Test
  void aPageSoFarThatItsOffsetWouldOverflowIsRefused() {
    assertThatThrownBy(() -> new PageRequest(21_474_837, 100))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("page");
  }

  @Test
  void aPageLargerThanTheMaximumIsRefusedNamingTheSize() {
    assertThatThrownBy(() -> new PageRequest(0, 101))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("size");
  }
}
