package org.liaison.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.liaison.kernel.InvalidInputException;

/** A period of dashboards: two dates, both included, at most {@link #MAX_YEARS} years apart. */
public record Period(LocalDate from, LocalDate to) {

  static final int MAX_YEARS = 6;

  /** The dates a period may take (its previous period too): what the database can compare. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  public Period {
    if (from == null) {
      throw new InvalidInputException("from", "a date is required");
    }
    if (to == null) {
      throw new InvalidInputException("to", "a date is required");
    }
    if (from.isBefore(EARLIEST.plusYears(MAX_YEARS)) || from.isAfter(LATEST)) {
      throw new InvalidInputException(
          "from", "a date between " + EARLIEST.plusYears(MAX_YEARS) + " and " + LATEST);
    }
    if (to.isAfter(LATEST)) {
      throw new InvalidInputException("to", "a date before " + LATEST.plusDays(1));
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "the end of the period comes before its start");
    }
    if (from.plusYears(MAX_YEARS).isBefore(to)) {
      throw new InvalidInputException("to", "a period covers at most " + MAX_YEARS + " years");
    }
  }

  /** The last twelve full months before {@code today}. */
  public static Period lastTwelveMonths(LocalDate today) {
    var end = today.withDayOfMonth(1).minusDays(1);
    return new Period(end.withDayOfMonth(1).minusMonths(11), end);
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The period of the same length just before this one. */
  public Period previous() {
    if (from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1) {
      long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
      return new Period(from.minusMonths(months), from.minusDays(1));
    }
    return new Period(from.minusDays(days()), from.minusDays(1));
  }

  /** The months the period touches, each cut to the period. */
  public List<Period> months() {
    var months = new ArrayList<Period>();
    for (var m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
      var start = m.atDay(1).isBefore(from) ? from : m.atDay(1);
      var end = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
      months.add(new Period(start, end));
    }
    return months;
  }
}
