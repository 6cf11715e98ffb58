package org.liaison.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.liaison.kernel.InvalidInputException;

class PeriodTest {

  private static Period of(String from, String to) {
    return new Period(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void theDefaultIsTheLastTwelveFullMonths() {
    assertThat(Period.lastTwelveMonths(LocalDate.parse("2026-12-07")))
        .isEqualTo(of("2025-12-01", "2026-11-30"));
  }

  @Test
  void thePreviousPeriodOfWholeMonthsIsTheSameNumberOfMonths() {
    assertThat(of("2024-01-01", "2024-12-31").previous()).isEqualTo(of("2023-01-01", "2023-12-31"));
    assertThat(of("2024-03-01", "2024-03-31").previous()).isEqualTo(of("2024-02-01", "2024-02-29"));
    assertThat(of("2024-04-01", "2024-06-30").previous()).isEqualTo(of("2024-01-01", "2024-03-31"));
  }

  @Test
  void thePreviousPeriodOfOtherDatesHasTheSameNumberOfDays() {
    assertThat(of("2024-01-10", "2024-01-19").previous()).isEqualTo(of("2023-12-31", "2024-01-09"));
  }

  @Test
  void monthsAreCutToThePeriod() {
    assertThat(of("2024-01-15", "2024-03-10").months())
        .containsExactly(
            of("2024-01-15", "2024-01-31"),
            of("2024-02-01", "2024-02-29"),
            of("2024-03-01", "2024-03-10"));
  }

  @Test
  void aPeriodEndsAfterItStartsAndCoversAtMostSixYears() {
    assertThatThrownBy(() -> of("2024-02-01", "2024-01-31"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("to");
    assertThatThrownBy(() -> of("2010-01-01", "2024-01-31"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(of("2024-02-01", "2024-02-01").days()).isEqualTo(1);
  }

  @Test
  void datesTheDatabaseCannotCompareAreRefusedNotSentToIt() {
    assertThatThrownBy(() -> of("0001-01-01", "0001-12-31"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("from");
    assertThatThrownBy(() -> of("2024-01-01", "+10000-01-01"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("to");
  }
}
