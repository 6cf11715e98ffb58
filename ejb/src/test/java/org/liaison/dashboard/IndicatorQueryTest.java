package org.liaison.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The prepared default views are found only if a reader's request gives the same cache key. */
class IndicatorQueryTest {

  private static final List<UUID> DAC =
      List.of(UUID.fromString("6a7c0f8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f"));
  private static final DashboardFilter NONE = new DashboardFilter(null, null, null, null);

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), DashboardService.CARE_ZONE);
  }

  private static String key(List<UUID> structures, DashboardFilter filter, Clock clock) {
    return DashboardRepository.cacheKey(
        Indicators.structure(), IndicatorQuery.asked(structures, filter, clock));
  }

  @Test
  void noPeriodMeansTheLastTwelveFullMonthsOfTheCareZonesDay() {
    // 23:30 UTC on 30 November is already 1 December in Paris
    var query = IndicatorQuery.asked(DAC, NONE, at("2026-11-30T23:30:00Z"));
    assertEquals(LocalDate.of(2026, 12, 1), query.today());
    assertEquals(new Period(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30)), query.period());
  }

  @Test
  void theDefaultViewPreparedEarlierTheSameDayHasTheKeyOfAReadersRequest() {
    var prepared = key(DAC, NONE, at("2026-12-07T06:00:00Z"));
    assertEquals(prepared, key(DAC, NONE, at("2026-12-07T15:42:10Z")));
    // the same twelve months asked explicitly (the benchmark does) read it too
    var explicit =
        NONE.withPeriod(new Period(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30)));
    assertEquals(prepared, key(DAC, explicit, at("2026-12-07T15:42:10Z")));
  }

  @Test
  void anotherDayFilterTableSetOrStructureIsAnotherKey() {
    var prepared = key(DAC, NONE, at("2026-12-07T06:00:00Z"));
    assertNotEquals(prepared, key(DAC, NONE, at("2026-12-07T23:10:00Z")));
    assertNotEquals(
        prepared,
        key(DAC, new DashboardFilter(null, "Tours", null, null), at("2026-12-07T07:00:00Z")));
    assertNotEquals(prepared, key(List.of(UUID.randomUUID()), NONE, at("2026-12-07T07:00:00Z")));
    assertNotEquals(
        prepared,
        DashboardRepository.cacheKey(
            Indicators.region(), IndicatorQuery.asked(DAC, NONE, at("2026-12-07T07:00:00Z"))));
  }
}
