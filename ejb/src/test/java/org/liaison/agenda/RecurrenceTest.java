package org.liaison.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;
import net.fortuna.ical4j.model.Recur;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.kernel.BusinessException.FieldError;
import org.liaison.kernel.InvalidInputException;

class RecurrenceTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  static {
    Ical4jOffline.configure();
  }

  private static Recurrence rule(String rrule) {
    return Recurrence.parse(rrule, PARIS);
  }

  private static LocalDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime);
  }

  private static List<Instant> instants(List<LocalDateTime> occurrences) {
    return occurrences.stream().map(o -> ZonedDateTime.of(o, PARIS).toInstant()).toList();
  }

  @Test
  void dailyVisitStaysAtEightParisTimeAcrossTheSpringChange() {
    var occurrences =
        rule("FREQ=DAILY")
            .occurrences(at("2026-03-27T08:00"), at("2026-03-27T00:00"), at("2026-03-31T00:00"));

    assertThat(occurrences)
        .containsExactly(
            at("2026-03-27T08:00"),
            at("2026-03-28T08:00"),
            at("2026-03-29T08:00"),
            at("2026-03-30T08:00"));
    assertThat(instants(occurrences))
        .containsExactly(
            Instant.parse("2026-03-27T07:00:00Z"),
            Instant.parse("2026-03-28T07:00:00Z"),
            Instant.parse("2026-03-29T06:00:00Z"),
            Instant.parse("2026-03-30T06:00:00Z"));
  }

  @Test
  void dailyVisitStaysAtEightParisTimeAcrossTheAutumnChange() {
    var occurrences =
        rule("FREQ=DAILY")
            .occurrences(at("2026-10-20T08:00"), at("2026-10-24T00:00"), at("2026-10-27T00:00"));

    assertThat(occurrences)
        .containsExactly(at("2026-10-24T08:00"), at("2026-10-25T08:00"), at("2026-10-26T08:00"));
    assertThat(instants(occurrences))
        .containsExactly(
            Instant.parse("2026-10-24T06:00:00Z"),
            Instant.parse("2026-10-25T07:00:00Z"),
            Instant.parse("2026-10-26T07:00:00Z"));
  }

  @Test
  void anOccurrenceInTheSpringGapIsKeptAndStartsJustAfterTheGap() {
    var occurrences =
        rule("FREQ=DAILY")
            .occurrences(at("2026-03-28T02:30"), at("2026-03-28T00:00"), at("2026-03-31T00:00"));

    assertThat(occurrences)
        .containsExactly(at("2026-03-28T02:30"), at("2026-03-29T02:30"), at("2026-03-30T02:30"));
    assertThat(instants(occurrences).get(1)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void everyOtherWeekOnMondayWednesdayAndFriday() {
    var occurrences =
        rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR")
            .occurrences(at("2026-03-02T09:00"), at("2026-03-01T00:00"), at("2026-04-01T00:00"));

    assertThat(occurrences)
        .containsExactly(
            at("2026-03-02T09:00"),
            at("2026-03-04T09:00"),
            at("2026-03-06T09:00"),
            at("2026-03-16T09:00"),
            at("2026-03-18T09:00"),
            at("2026-03-20T09:00"),
            at("2026-03-30T09:00"));
  }

  @Test
  void bydayIsExpandedInWeekdayOrderWhateverTheOrderGiven() {
    var occurrences =
        rule("FREQ=WEEKLY;BYDAY=FR,MO")
            .occurrences(at("2026-03-02T09:00"), at("2026-03-01T00:00"), at("2026-03-14T00:00"));

    assertThat(occurrences)
        .containsExactly(
            at("2026-03-02T09:00"),
            at("2026-03-06T09:00"),
            at("2026-03-09T09:00"),
            at("2026-03-13T09:00"));
  }

  @Test
  void weeklyWithoutBydayRepeatsTheWeekdayOfTheStart() {
    assertThat(
            rule("FREQ=WEEKLY;INTERVAL=3")
                .occurrences(
                    at("2026-03-05T14:00"), at("2026-03-01T00:00"), at("2026-05-01T00:00")))
        .containsExactly(at("2026-03-05T14:00"), at("2026-03-26T14:00"), at("2026-04-16T14:00"));
  }

  @Test
  void theStartIsTheFirstOccurrenceAndCountsEvenOffTheBydayDays() {
    var wednesday = at("2026-03-04T10:00");

    assertThat(
            rule("FREQ=WEEKLY;BYDAY=MO;COUNT=3")
                .occurrences(wednesday, wednesday, at("2027-01-01T00:00")))
        .containsExactly(wednesday, at("2026-03-09T10:00"), at("2026-03-16T10:00"));
  }

  @Test
  void dailyWithBydayKeepsOnlyThoseWeekdays() {
    assertThat(
            rule("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR")
                .occurrences(
                    at("2026-03-05T08:00"), at("2026-03-05T00:00"), at("2026-03-12T00:00")))
        .containsExactly(
            at("2026-03-05T08:00"),
            at("2026-03-06T08:00"),
            at("2026-03-09T08:00"),
            at("2026-03-10T08:00"),
            at("2026-03-11T08:00"));
  }

  @Test
  void countIsCountedFromTheStartEvenWhenTheRangeBeginsLater() {
    var tenDays = rule("FREQ=DAILY;COUNT=10");
    var start = at("2026-03-01T08:00");

    assertThat(tenDays.occurrences(start, at("2026-03-08T00:00"), at("2026-04-01T00:00")))
        .containsExactly(at("2026-03-08T08:00"), at("2026-03-09T08:00"), at("2026-03-10T08:00"));
    assertThat(tenDays.last(start)).contains(at("2026-03-10T08:00"));
  }

  @Test
  void untilAsADateIncludesTheOccurrencesOfThatDay() {
    var start = at("2026-03-28T23:30");
    var untilFifthOfApril = rule("FREQ=DAILY;UNTIL=20260405");

    assertThat(untilFifthOfApril.occurrences(start, at("2026-04-04T00:00"), at("2026-05-01T00:00")))
        .containsExactly(at("2026-04-04T23:30"), at("2026-04-05T23:30"));
    assertThat(untilFifthOfApril.last(start)).contains(at("2026-04-05T23:30"));
  }

  @Test
  void untilAsAUtcInstantIsInclusive() {
    var start = at("2026-03-28T08:00");
    // 08:00 in Paris on 5 April 2026 is 06:00Z (summer time)
    var rule = rule("FREQ=DAILY;UNTIL=20260405T060000Z");

    assertThat(rule.last(start)).contains(at("2026-04-05T08:00"));
    assertThat(rule("FREQ=DAILY;UNTIL=20260405T055959Z").last(start))
        .contains(at("2026-04-04T08:00"));
  }

  @Test
  void monthlyOnTheThirtyFirstSkipsTheShorterMonths() {
    assertThat(
            rule("FREQ=MONTHLY")
                .occurrences(
                    at("2026-01-31T10:00"), at("2026-01-01T00:00"), at("2026-09-01T00:00")))
        .containsExactly(
            at("2026-01-31T10:00"),
            at("2026-03-31T10:00"),
            at("2026-05-31T10:00"),
            at("2026-07-31T10:00"),
            at("2026-08-31T10:00"));
  }

  @Test
  void anUnboundedRuleQueriedYearsLaterIsRight() {
    var start = at("2026-03-02T08:00");

    assertThat(
            rule("FREQ=DAILY").occurrences(start, at("2090-03-01T00:00"), at("2090-03-04T00:00")))
        .containsExactly(at("2090-03-01T08:00"), at("2090-03-02T08:00"), at("2090-03-03T08:00"));
    assertThat(
            rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH")
                .occurrences(start, at("2090-03-01T00:00"), at("2090-03-15T00:00")))
        .allSatisfy(o -> assertThat(o.getDayOfWeek().name()).isIn("MONDAY", "THURSDAY"))
        .hasSize(2);
    assertThat(
            rule("FREQ=MONTHLY;INTERVAL=5")
                .occurrences(start, at("2090-01-01T00:00"), at("2091-01-01T00:00")))
        // 2026-03 + 770 months (154 intervals of five) is 2090-05
        .containsExactly(at("2090-05-02T08:00"), at("2090-10-02T08:00"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "FREQ=DAILY;INTERVAL=3 | 2026-03-02T08:00",
        "FREQ=DAILY;BYDAY=SA,SU;INTERVAL=4 | 2026-03-07T08:00",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH | 2026-03-02T08:00",
        "FREQ=WEEKLY;INTERVAL=7 | 2026-03-04T18:45",
        "FREQ=MONTHLY;INTERVAL=5 | 2026-01-31T10:00",
        "FREQ=DAILY;UNTIL=20300101 | 2026-03-02T08:00",
      })
  void jumpingCloseToTheRangeGivesWhatIteratingFromTheStartGives(String rrule, String start) {
    var rule = rule(rrule);
    var dtstart = at(start);
    var all = rule.occurrences(dtstart, dtstart, at("2031-01-01T00:00"));

    for (var from = at("2026-03-01T00:00");
        from.isBefore(at("2030-12-01T00:00"));
        from = from.plusDays(37)) {
      var to = from.plusDays(45);
      var window = from;
      assertThat(rule.occurrences(dtstart, from, to))
          .as("%s from %s", rrule, from)
          .isEqualTo(all.stream().filter(o -> !o.isBefore(window) && o.isBefore(to)).toList());
    }
  }

  @Test
  void anUnboundedRuleQueriedCenturiesLaterIsFast() {
    var daily = rule("FREQ=DAILY");
    var start = at("2026-03-02T08:00");
    var began = System.nanoTime();

    var weeks =
        IntStream.range(0, 2_000)
            .mapToObj(i -> at("2100-01-04T00:00").plusYears(i * 3L))
            .map(from -> daily.occurrences(start, from, from.plusDays(7)))
            .toList();

    assertThat(weeks).allSatisfy(week -> assertThat(week).hasSize(7));
    // iterating from the start would walk through about 4 billion days
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void theLastOccurrenceExistsOnlyForABoundedSeries() {
    var start = at("2026-03-02T08:00");

    assertThat(rule("FREQ=DAILY").last(start)).isEmpty();
    assertThat(rule("FREQ=WEEKLY;BYDAY=MO,FR;COUNT=5").last(start))
        .contains(at("2026-03-16T08:00"));
    assertThat(rule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20991231").last(start))
        .contains(at("2099-12-29T08:00"));
    assertThat(rule("FREQ=DAILY;COUNT=1").last(start)).contains(start);
  }

  @Test
  void aSeriesWhoseRuleNeverMatchesAgainStillEnds() {
    // every seven days from a Monday never lands on a Tuesday: only the start remains
    var start = at("2026-03-02T08:00");
    var never = rule("FREQ=DAILY;INTERVAL=7;BYDAY=TU;COUNT=5");

    assertThat(never.last(start)).contains(start);
    assertThat(never.occurrences(start, start, at("2027-01-01T00:00"))).containsExactly(start);
  }

  @Test
  void anOccurrenceIsTheStartOrADateTimeTheRuleGives() {
    var start = at("2026-03-02T08:00");
    var weekdays = rule("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20260331");

    assertThat(weekdays.isOccurrence(start, start)).isTrue();
    assertThat(weekdays.isOccurrence(start, at("2026-03-31T08:00"))).isTrue();
    assertThat(weekdays.isOccurrence(start, at("2026-03-30T09:00"))).isFalse();
    assertThat(weekdays.isOccurrence(start, at("2026-03-07T08:00"))).isFalse();
    assertThat(weekdays.isOccurrence(start, at("2026-04-01T08:00"))).isFalse();
    assertThat(weekdays.isOccurrence(start, at("2026-02-27T08:00"))).isFalse();
  }

  @Test
  void untilAsADateIsNormalisedToTheEndOfThatParisDayInUtc() {
    assertThat(rule("FREQ=DAILY;UNTIL=20260405").rrule())
        .isEqualTo("FREQ=DAILY;UNTIL=20260405T215959Z");
    assertThat(rule("FREQ=DAILY;UNTIL=20261231").rrule())
        .isEqualTo("FREQ=DAILY;UNTIL=20261231T225959Z");
  }

  @Test
  void theRuleIsNormalisedWhateverTheCaseAndOrderOfItsParts() {
    var messy = rule(" rrule:count=5;byday=fr,mo,fr;interval=1;freq=weekly ");

    assertThat(messy.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=FR,MO;COUNT=5");
    assertThat(rule("INTERVAL=2;FREQ=MONTHLY").rrule()).isEqualTo("FREQ=MONTHLY;INTERVAL=2");
    assertThat(messy).isEqualTo(rule(messy.rrule())).hasToString(messy.rrule());
    assertThat(messy.hashCode()).isEqualTo(rule("FREQ=WEEKLY;BYDAY=FR,MO;COUNT=5").hashCode());
    assertThat(rule("FREQ=DAILY;UNTIL=20260405"))
        .isEqualTo(rule("FREQ=DAILY;UNTIL=20260405T215959Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "RRULE:",
        "FREQ=YEARLY",
        "FREQ=HOURLY",
        "FREQ=",
        "INTERVAL=2",
        "FREQ=DAILY;BYMONTHDAY=3",
        "FREQ=WEEKLY;WKST=SU",
        "FREQ=MONTHLY;BYSETPOS=1",
        "FREQ=DAILY;BYHOUR=8",
        "FREQ=DAILY;COLOR=BLUE",
        "FREQ=DAILY;FREQ=WEEKLY",
        "FREQ=DAILY;INTERVAL=0",
        "FREQ=DAILY;INTERVAL=100",
        "FREQ=DAILY;INTERVAL=two",
        "FREQ=DAILY;INTERVAL=-1",
        "FREQ=DAILY;COUNT=0",
        "FREQ=DAILY;COUNT=1001",
        "FREQ=DAILY;COUNT=5;UNTIL=20260405",
        "FREQ=DAILY;UNTIL=20260231",
        "FREQ=DAILY;UNTIL=20260405T080000",
        "FREQ=DAILY;UNTIL=2026-04-05",
        "FREQ=WEEKLY;BYDAY=1MO",
        "FREQ=WEEKLY;BYDAY=-1FR",
        "FREQ=WEEKLY;BYDAY=MO,XX",
        "FREQ=WEEKLY;BYDAY=MO,,TU",
        "FREQ=MONTHLY;BYDAY=MO",
        "FREQ=DAILY;",
        "FREQ=DAILY;;COUNT=2",
        "FREQ"
      })
  void aRefusedRuleIsBadInputOnTheRruleField(String rrule) {
    assertThatThrownBy(() -> rule(rrule))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("rrule"));
  }

  @Test
  void aMissingOrTooLongRuleIsBadInputOnTheRruleField() {
    var tooLong = "FREQ=DAILY;BYDAY=" + "MO,".repeat(100) + "TU";

    assertThatThrownBy(() -> rule(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> rule(tooLong))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("300");
  }

  @Test
  void theRefusalSaysWhichPartIsNotSupported() {
    assertThatThrownBy(() -> rule("FREQ=MONTHLY;BYMONTHDAY=1,15"))
        .hasMessage("rrule: BYMONTHDAY is not supported");
    assertThatThrownBy(() -> rule("FREQ=YEARLY")).hasMessageContaining("FREQ=YEARLY");
    assertThatThrownBy(() -> rule("FREQ=DAILY;COUNT=3;UNTIL=20260405"))
        .hasMessageContaining("COUNT and UNTIL");
    assertThatThrownBy(() -> rule("FREQ=DAILY;INTERVAL=2;INTERVAL=3"))
        .hasMessageContaining("INTERVAL is given twice");
  }

  /** ical4j's own expansion, from the same start, as an independent reading of the rule. */
  private static List<LocalDateTime> ical4jOccurrences(
      String rrule, LocalDateTime dtstart, LocalDateTime from, LocalDateTime to) {
    var recur = new Recur<ZonedDateTime>(rrule);
    return recur.getDates(dtstart.atZone(PARIS), from.atZone(PARIS), to.atZone(PARIS)).stream()
        .map(ZonedDateTime::toLocalDateTime)
        .filter(o -> o.isBefore(to))
        .sorted()
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "FREQ=DAILY | 2026-03-02T08:00",
        "FREQ=DAILY;INTERVAL=3;COUNT=40 | 2026-03-02T08:00",
        "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=60 | 2026-03-02T07:30",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR | 2026-03-02T09:00",
        "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261231 | 2026-03-03T18:00",
        "FREQ=WEEKLY;INTERVAL=3 | 2026-03-26T08:15",
        "FREQ=MONTHLY | 2026-01-31T10:00",
        "FREQ=MONTHLY;INTERVAL=2;COUNT=8 | 2026-03-29T08:00",
      })
  void theExpansionAgreesWithIcal4j(String rrule, String start) {
    var rule = rule(rrule);
    var dtstart = at(start);
    var from = at("2026-01-01T00:00");
    var to = at("2027-06-01T00:00");

    assertThat(rule.occurrences(dtstart, from, to))
        .isNotEmpty()
        .isEqualTo(ical4jOccurrences(rule.rrule(), dtstart, from, to));
  }
}
