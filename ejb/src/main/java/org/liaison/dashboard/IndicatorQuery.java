package org.liaison.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the SQL of {@link Indicators} is run for: the structures, the period (with the previous one
 * and its months as buckets) and the filters.
 */
record IndicatorQuery(
    List<UUID> structures, Period period, DashboardFilter filter, LocalDate today, Instant now) {

  record Bucket(String key, Period period) {}

  /**
   * The query of a dashboard asked today (by the clock) with these filters; no period asked: the
   * last twelve full months. The readers and the preparation of the default views both build their
   * queries so, hence the same cache keys.
   */
  static IndicatorQuery asked(List<UUID> structures, DashboardFilter filter, Clock clock) {
    var today = LocalDate.now(clock);
    var period = filter.period() != null ? filter.period() : Period.lastTwelveMonths(today);
    return new IndicatorQuery(List.copyOf(structures), period, filter, today, clock.instant());
  }

  List<Bucket> buckets() {
    var buckets = new ArrayList<Bucket>();
    buckets.add(new Bucket("current", period));
    buckets.add(new Bucket("previous", period.previous()));
    for (var month : period.months()) {
      buckets.add(new Bucket(month.from().toString().substring(0, 7), month));
    }
    return buckets;
  }

  String keys() {
    return array(buckets().stream().map(Bucket::key).toList());
  }

  String froms() {
    return array(buckets().stream().map(b -> b.period().from().toString()).toList());
  }

  String tos() {
    return array(buckets().stream().map(b -> b.period().to().toString()).toList());
  }

  String structureIds() {
    return array(structures.stream().map(UUID::toString).toList());
  }

  /** The earliest and latest day of all buckets (the case-manager filter looks at both). */
  LocalDate lo() {
    return period.previous().from();
  }

  LocalDate hi() {
    return period.to();
  }

  /** What the figures depend on: not the instant of the query. */
  String cacheKey() {
    return structureIds()
        + "|"
        + period
        + "|"
        + filter.area()
        + "|"
        + filter.caseManager()
        + "|"
        + filter.origin()
        + "|"
        + today;
  }

  /** Month keys are {@code yyyy-MM}: no quoting needed, nor any other value here. */
  private static String array(List<String> values) {
    return values.stream().collect(Collectors.joining(",", "{", "}"));
  }
}
