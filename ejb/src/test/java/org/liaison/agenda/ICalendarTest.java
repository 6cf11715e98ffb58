package org.liaison.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.agenda.ICalendar.Event;
import org.liaison.agenda.ICalendar.MovedOccurrence;

class ICalendarTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant STAMP = Instant.parse("2026-03-20T10:15:30.123Z");

  static {
    Ical4jOffline.configure();
  }

  private static LocalDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime);
  }

  /** A daily 08:00 visit across the spring change, one day cancelled, one day moved. */
  private static Event dailyVisit() {
    return new Event(
        "appointment-1@liaison",
        STAMP,
        at("2026-03-27T08:00"),
        30,
        "Visite — M. L.",
        "12 rue des Carmes, Orléans",
        "Toilette; pansement\nhttps://liaison.example/agenda",
        "https://liaison.example/agenda/appointments/1",
        Recurrence.parse("FREQ=DAILY;UNTIL=20260405", PARIS),
        List.of(at("2026-03-30T08:00")),
        List.of(new MovedOccurrence(at("2026-04-01T08:00"), at("2026-04-01T10:00"), 45)),
        3,
        false);
  }

  private static final String LONG_SUMMARY =
      ("Réunion de concertation pluriprofessionnelle, maintien à domicile; "
              + "M. Lemoine — kinésithérapie, soins infirmiers, aide à la toilette; "
              + "ordre du jour : chutes répétées, dénutrition, épuisement de l'aidant, "
              + "et le reste…")
          .substring(0, 200);

  /** One hour from 01:30 in Paris on the spring night: it ends at 03:30 wall-clock time. */
  private static Event springNightMeeting() {
    return new Event(
        "meeting-2@liaison",
        STAMP,
        at("2026-03-29T01:30"),
        60,
        LONG_SUMMARY,
        "Salle 2, bâtiment B; 1er étage",
        "Chemin C:\\partage\\rcp, à lire",
        null,
        null,
        List.of(),
        List.of(),
        0,
        false);
  }

  private static String writeBoth() {
    return ICalendar.calendar(
        "Agenda de Claire Dubois", PARIS, List.of(dailyVisit(), springNightMeeting()));
  }

  private static Calendar read(String text) throws Exception {
    var registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    return new CalendarBuilder(registry).build(new StringReader(text));
  }

  private static List<VEvent> events(Calendar calendar, String uid) {
    return calendar.<VEvent>getComponents(Component.VEVENT).stream()
        .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(uid))
        .toList();
  }

  private static Instant instant(VEvent event, String property) {
    DateProperty<?> date = event.<DateProperty<?>>getProperty(property).orElseThrow();
    return Instant.from(date.getDate());
  }

  private static String value(Component component, String property) {
    return component.getProperty(property).orElseThrow().getValue();
  }

  @Test
  void everyPhysicalLineHasAtMostSeventyFiveOctetsAndEndsWithCrlf() {
    var text = writeBoth();

    assertThat(text).endsWith("END:VCALENDAR\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
    var lines = Arrays.asList(text.split("\r\n", -1));
    assertThat(lines.get(lines.size() - 1)).isEmpty();
    assertThat(lines.subList(0, lines.size() - 1))
        .allSatisfy(
            line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as(line)
                    .isLessThanOrEqualTo(75)
                    .isPositive())
        .anySatisfy(line -> assertThat(line).startsWith(" "));
    // folding never splits a character in two: every physical line is valid UTF-8 on its own
    assertThat(lines)
        .allSatisfy(
            line ->
                assertThat(
                        new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                    .isEqualTo(line)
                    .doesNotContain("\uFFFD"));
  }

  @Test
  void aLineOfMultiByteCharactersIsFoldedBetweenCharacters() {
    var summary = "é".repeat(100) + "😀".repeat(30);
    var text =
        ICalendar.calendar(
            "x",
            PARIS,
            List.of(
                new Event(
                    "u",
                    STAMP,
                    at("2026-05-04T09:00"),
                    15,
                    summary,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    0,
                    false)));
    var start = text.indexOf("SUMMARY:");
    var folded = text.substring(start, text.indexOf("\r\nSEQUENCE", start));

    var lines = folded.split("\r\n");
    for (var line : lines) {
      var octets = line.getBytes(StandardCharsets.UTF_8).length;
      assertThat(octets).isLessThanOrEqualTo(75);
      if (line != lines[lines.length - 1]) {
        assertThat(octets).as("no more room for one more character").isGreaterThan(71);
      }
      assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).isFalse();
    }
    assertThat(folded.replace("\r\n ", "")).isEqualTo("SUMMARY:" + summary);
  }

  @Test
  void theTimeZoneOfParisIsWrittenAsCalendarAppsExpectIt() {
    var text = writeBoth();

    assertThat(text)
        .contains(
            String.join(
                "\r\n",
                "BEGIN:VTIMEZONE",
                "TZID:Europe/Paris",
                "BEGIN:DAYLIGHT",
                "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0200",
                "TZNAME:CEST",
                "DTSTART:19700329T020000",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                "END:DAYLIGHT",
                "BEGIN:STANDARD",
                "TZOFFSETFROM:+0200",
                "TZOFFSETTO:+0100",
                "TZNAME:CET",
                "DTSTART:19701025T030000",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                "END:STANDARD",
                "END:VTIMEZONE",
                ""));
  }

  @Test
  void ical4jReadsTheTimeZoneWithItsTwoYearlyChanges() throws Exception {
    var calendar = read(writeBoth());

    VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
    assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Paris");
    assertThat(zone.getObservances())
        .extracting(
            Observance::getName,
            o -> o.getTimeZoneOffsetFrom().getOffset(),
            o -> o.getTimeZoneOffsetTo().getOffset(),
            o -> o.getStartDate().getDate())
        .containsExactly(
            tuple("DAYLIGHT", ZoneOffset.ofHours(1), ZoneOffset.ofHours(2), at("1970-03-29T02:00")),
            tuple(
                "STANDARD", ZoneOffset.ofHours(2), ZoneOffset.ofHours(1), at("1970-10-25T03:00")));
    // the VTIMEZONE alone says when the clocks change: ical4j expands its yearly rules
    assertThat(onsetsReadByIcal4j(zone, 2026, 2028))
        .containsExactly(
            at("2026-03-29T02:00"),
            at("2026-10-25T03:00"),
            at("2027-03-28T02:00"),
            at("2027-10-31T03:00"));
    assertThat(onsetsReadByIcal4j(zone, 2026, 2060)).isEqualTo(onsetsOfTheJdk(PARIS, 2026, 2060));
  }

  /**
   * The wall-clock times just before each change of offset, as ical4j expands the observances of a
   * VTIMEZONE. (Not {@code VTimeZone.getApplicableObservance}: in ical4j 4.2.0 it takes the onsets
   * for UTC times, so it is wrong for a few hours after each change.)
   */
  private static List<LocalDateTime> onsetsReadByIcal4j(VTimeZone zone, int fromYear, int toYear) {
    var from = LocalDateTime.of(fromYear, 1, 1, 0, 0);
    var to = LocalDateTime.of(toYear, 1, 1, 0, 0);
    return zone.getObservances().stream()
        .flatMap(
            o ->
                o
                    .<RRule<LocalDateTime>>getProperty(Property.RRULE)
                    .orElseThrow()
                    .getRecur()
                    .getDates(o.getStartDate().getDate(), from, to)
                    .stream())
        .filter(onset -> !onset.isBefore(from) && onset.isBefore(to))
        .sorted()
        .toList();
  }

  /** The same, from the JDK's rules. */
  private static List<LocalDateTime> onsetsOfTheJdk(ZoneId zone, int fromYear, int toYear) {
    var onsets = new ArrayList<LocalDateTime>();
    var transition =
        zone.getRules()
            .nextTransition(LocalDateTime.of(fromYear - 1, 12, 1, 0, 0).toInstant(ZoneOffset.UTC));
    while (transition.getDateTimeBefore().getYear() < toYear) {
      if (transition.getDateTimeBefore().getYear() >= fromYear) {
        onsets.add(transition.getDateTimeBefore());
      }
      transition = zone.getRules().nextTransition(transition.getInstant());
    }
    return onsets;
  }

  @Test
  void ical4jReadsTheRecurringVisitWithItsCancelledAndMovedDays() throws Exception {
    var calendar = read(writeBoth());
    var visit = events(calendar, "appointment-1@liaison");

    assertThat(visit).hasSize(2);
    var series = visit.get(0);
    var moved = visit.get(1);
    assertThat(instant(series, Property.DTSTART)).isEqualTo(Instant.parse("2026-03-27T07:00:00Z"));
    assertThat(instant(series, Property.DTEND)).isEqualTo(Instant.parse("2026-03-27T07:30:00Z"));
    assertThat(series.<RRule<?>>getProperty(Property.RRULE).orElseThrow().getRecur().toString())
        .isEqualTo("FREQ=DAILY;UNTIL=20260405T215959Z");
    assertThat(series.<ExDate<?>>getProperty(Property.EXDATE).orElseThrow().getDates())
        .extracting(Instant::from)
        .containsExactly(Instant.parse("2026-03-30T06:00:00Z"));
    assertThat(value(series, Property.SUMMARY)).isEqualTo("Visite — M. L.");
    assertThat(value(series, Property.LOCATION)).isEqualTo("12 rue des Carmes, Orléans");
    assertThat(value(series, Property.DESCRIPTION))
        .isEqualTo("Toilette; pansement\nhttps://liaison.example/agenda");
    assertThat(value(series, Property.URL))
        .isEqualTo("https://liaison.example/agenda/appointments/1");
    assertThat(value(series, Property.SEQUENCE)).isEqualTo("3");
    assertThat(value(series, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(value(series, Property.DTSTAMP)).isEqualTo("20260320T101530Z");

    assertThat(instant(moved, Property.RECURRENCE_ID))
        .isEqualTo(Instant.parse("2026-04-01T06:00:00Z"));
    assertThat(instant(moved, Property.DTSTART)).isEqualTo(Instant.parse("2026-04-01T08:00:00Z"));
    assertThat(instant(moved, Property.DTEND)).isEqualTo(Instant.parse("2026-04-01T08:45:00Z"));
    assertThat(value(moved, Property.SUMMARY)).isEqualTo("Visite — M. L.");
    assertThat(moved.getProperty(Property.RRULE)).isEmpty();
  }

  @Test
  void ical4jExpandsTheSeriesAtEightParisTimeOnBothSidesOfTheSpringChange() throws Exception {
    var series = events(read(writeBoth()), "appointment-1@liaison").get(0);
    var period =
        new Period<Temporal>(
            ZonedDateTime.parse("2026-03-20T00:00Z"), ZonedDateTime.parse("2026-04-30T00:00Z"));

    var starts =
        series.calculateRecurrenceSet(period).stream()
            .map(p -> Instant.from(((Period<?>) p).getStart()))
            .sorted()
            .toList();

    assertThat(starts)
        .containsExactly(
            Instant.parse("2026-03-27T07:00:00Z"),
            Instant.parse("2026-03-28T07:00:00Z"),
            Instant.parse("2026-03-29T06:00:00Z"),
            // 30 March is cancelled
            Instant.parse("2026-03-31T06:00:00Z"),
            Instant.parse("2026-04-01T06:00:00Z"), // replaced by its RECURRENCE-ID event
            Instant.parse("2026-04-02T06:00:00Z"),
            Instant.parse("2026-04-03T06:00:00Z"),
            Instant.parse("2026-04-04T06:00:00Z"),
            Instant.parse("2026-04-05T06:00:00Z"));
  }

  @Test
  void anEventOnTheSpringNightEndsByTheClockOfTheTimeLine() throws Exception {
    var text = writeBoth();
    var meeting = events(read(text), "meeting-2@liaison").get(0);

    assertThat(text)
        .contains("DTSTART;TZID=Europe/Paris:20260329T013000\r\n")
        .contains("DTEND;TZID=Europe/Paris:20260329T033000\r\n");
    assertThat(instant(meeting, Property.DTSTART)).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
    assertThat(instant(meeting, Property.DTEND)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void textWithAccentsCommasSemicolonsAndBackslashesReadsBackUnchanged() throws Exception {
    var text = writeBoth();
    var meeting = events(read(text), "meeting-2@liaison").get(0);

    assertThat(LONG_SUMMARY).hasSize(200);
    assertThat(value(meeting, Property.SUMMARY)).isEqualTo(LONG_SUMMARY);
    assertThat(value(meeting, Property.LOCATION)).isEqualTo("Salle 2, bâtiment B; 1er étage");
    assertThat(value(meeting, Property.DESCRIPTION)).isEqualTo("Chemin C:\\partage\\rcp, à lire");
    assertThat(meeting.getProperty(Property.URL)).isEmpty();
    assertThat(meeting.getProperty(Property.RRULE)).isEmpty();
    assertThat(text).contains("LOCATION:Salle 2\\, bâtiment B\\; 1er étage\r\n");
  }

  @Test
  void textValuesAreEscapedAsRfc5545Says() {
    assertThat(ICalendar.text("a,b;c\\d\ne\r\nf\rg\th\u0007"))
        .isEqualTo("a\\,b\\;c\\\\d\\ne\\nf\\ng\th");
  }

  @Test
  void aCancelledSeriesAndItsMovedOccurrencesAreMarkedCancelled() throws Exception {
    var visit = dailyVisit();
    var cancelled =
        new Event(
            visit.uid(),
            visit.stamp(),
            visit.start(),
            visit.durationMinutes(),
            visit.summary(),
            null,
            null,
            null,
            visit.recurrence(),
            visit.cancelledOccurrences(),
            visit.moved(),
            4,
            true);

    var events = events(read(ICalendar.calendar("x", PARIS, List.of(cancelled))), visit.uid());

    assertThat(events)
        .hasSize(2)
        .allSatisfy(e -> assertThat(value(e, Property.STATUS)).isEqualTo("CANCELLED"))
        .allSatisfy(e -> assertThat(value(e, Property.SEQUENCE)).isEqualTo("4"))
        .allSatisfy(e -> assertThat(e.getProperty(Property.LOCATION)).isEmpty());
  }

  @Test
  void theCalendarSaysWhoseItIsAndInWhichZone() throws Exception {
    var calendar = read(writeBoth());

    assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Agenda de Claire Dubois");
    assertThat(value(calendar, "X-WR-TIMEZONE")).isEqualTo("Europe/Paris");
    assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Liaison//Agenda//FR");
    assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
    assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
  }

  private static String value(Calendar calendar, String property) {
    return calendar.getProperty(property).orElseThrow().getValue();
  }

  @Test
  void aZoneWithoutDaylightSavingGetsOneStandardBlock() throws Exception {
    var text = ICalendar.calendar("UTC", ZoneId.of("UTC"), List.of());

    assertThat(text)
        .contains(
            String.join(
                "\r\n",
                "BEGIN:VTIMEZONE",
                "TZID:UTC",
                "BEGIN:STANDARD",
                "TZOFFSETFROM:+0000",
                "TZOFFSETTO:+0000",
                "TZNAME:UTC",
                "DTSTART:19700101T000000",
                "END:STANDARD",
                "END:VTIMEZONE",
                ""));
    assertThat(read(text).<VTimeZone>getComponent(Component.VTIMEZONE)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "America/New_York",
        "Australia/Sydney",
        "Pacific/Auckland",
        "America/Santiago",
        "Africa/Cairo", // "last Thursday at 24:00": the Friday after, sometimes in November
        "Europe/London",
        "Asia/Tokyo"
      })
  void theTimeZonesOfOtherPlacesAreReadBackByIcal4j(String id) throws Exception {
    var zone = ZoneId.of(id);
    var winter = at("2026-01-15T12:00");
    var summer = at("2026-07-15T12:00");
    var text =
        ICalendar.calendar(
            id,
            zone,
            List.of(
                new Event(
                    "w", STAMP, winter, 30, "w", null, null, null, null, List.of(), List.of(), 0,
                    false),
                new Event(
                    "s", STAMP, summer, 30, "s", null, null, null, null, List.of(), List.of(), 0,
                    false)));
    var calendar = read(text);
    VTimeZone written = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();

    if (zone.getRules().getTransitionRules().isEmpty()) {
      assertThat(written.getObservances()).hasSize(1);
    } else {
      assertThat(onsetsReadByIcal4j(written, 2026, 2046))
          .isNotEmpty()
          .isEqualTo(onsetsOfTheJdk(zone, 2026, 2046));
    }
    assertThat(instant(events(calendar, "w").get(0), Property.DTSTART))
        .isEqualTo(ZonedDateTime.of(winter, zone).toInstant());
    assertThat(instant(events(calendar, "s").get(0), Property.DTSTART))
        .isEqualTo(ZonedDateTime.of(summer, zone).toInstant());
  }
}
