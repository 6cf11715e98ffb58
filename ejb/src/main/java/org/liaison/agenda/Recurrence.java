package org.liaison.agenda;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.liaison.kernel.InvalidInputException;

/**
 * How an appointment repeats: the subset of an RFC 5545 RRULE that Liaison accepts ({@code
 * FREQ=DAILY|WEEKLY|MONTHLY}, {@code INTERVAL}, {@code BYDAY}, {@code COUNT} or {@code UNTIL}),
 * expanded in the wall-clock time of a zone, so that a daily 08:00 visit stays at 08:00 across a
 * daylight-saving change. Immutable; built by {@link #parse}, which refuses anything else with a
 * 400 on the field {@code rrule}.
 *
 * <p>As in RFC 5545, the start of a series is always its first occurrence (and counts for {@code
 * COUNT}), even when it does not fall on one of the {@code BYDAY} days.
 */
public final class Recurrence {

  public static final int MAX_LENGTH = 300;
  public static final int MAX_INTERVAL = 99;
  public static final int MAX_COUNT = 1000;

  private static final String FIELD = "rrule";
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
  private static final Pattern DATE = Pattern.compile("[0-9]{8}");
  private static final Pattern UTC_DATE_TIME = Pattern.compile("[0-9]{8}T[0-9]{6}Z");
  private static final DateTimeFormatter BASIC_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter BASIC_UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final Set<String> UNSUPPORTED =
      Set.of(
          "BYMONTHDAY",
          "BYMONTH",
          "BYYEARDAY",
          "BYWEEKNO",
          "BYSETPOS",
          "BYHOUR",
          "BYMINUTE",
          "BYSECOND",
          "WKST",
          "RSCALE",
          "SKIP");
  private static final Map<String, DayOfWeek> DAYS =
      Map.of(
          "MO", DayOfWeek.MONDAY,
          "TU", DayOfWeek.TUESDAY,
          "WE", DayOfWeek.WEDNESDAY,
          "TH", DayOfWeek.THURSDAY,
          "FR", DayOfWeek.FRIDAY,
          "SA", DayOfWeek.SATURDAY,
          "SU", DayOfWeek.SUNDAY);

  /** No date-time beyond this is ever computed, whatever the bounds a caller gives. */
  private static final LocalDateTime HORIZON = LocalDateTime.of(9999, 1, 1, 0, 0);

  /** The repetitions Liaison supports. */
  public enum Frequency {
    DAILY,
    WEEKLY,
    MONTHLY
  }

  private final ZoneId zone;
  private final Frequency frequency;
  private final int interval;
  private final List<DayOfWeek> byDay;
  private final int count;
  private final Instant until;

  private Recurrence(
      ZoneId zone,
      Frequency frequency,
      int interval,
      List<DayOfWeek> byDay,
      int count,
      Instant until) {
    this.zone = zone;
    this.frequency = frequency;
    this.interval = interval;
    this.byDay = List.copyOf(byDay);
    this.count = count;
    this.until = until;
  }

  /**
   * Reads a rule (case-insensitive, optional leading {@code RRULE:}, parts in any order). A date
   * {@code UNTIL=YYYYMMDD} is a day of {@code zone}, inclusive: it becomes 23:59:59 of that day.
   *
   * @throws InvalidInputException on field {@code rrule}, saying which part is refused
   */
  public static Recurrence parse(String rrule, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    if (rrule == null || rrule.isBlank()) {
      throw invalid("the rule is empty");
    }
    if (rrule.length() > MAX_LENGTH) {
      throw invalid("the rule is longer than " + MAX_LENGTH + " characters");
    }
    var text = rrule.strip().toUpperCase(Locale.ROOT);
    if (text.startsWith("RRULE:")) {
      text = text.substring("RRULE:".length()).strip();
    }
    if (text.isEmpty()) {
      throw invalid("the rule is empty");
    }
    var parts = new HashMap<String, String>();
    for (var part : text.split(";", -1)) {
      var equals = part.indexOf('=');
      if (part.isBlank()) {
        throw invalid("the rule has an empty part (two ';' in a row, or one at the end)");
      }
      if (equals < 0) {
        throw invalid("'" + part.strip() + "' is not of the form NAME=VALUE");
      }
      var name = part.substring(0, equals).strip();
      var value = part.substring(equals + 1).strip();
      if (UNSUPPORTED.contains(name)) {
        throw invalid(name + " is not supported");
      }
      if (!Set.of("FREQ", "INTERVAL", "BYDAY", "COUNT", "UNTIL").contains(name)) {
        throw invalid("unknown part '" + name + "'");
      }
      if (parts.put(name, value) != null) {
        throw invalid(name + " is given twice");
      }
      if (value.isEmpty()) {
        throw invalid(name + " has no value");
      }
    }

    var freqText = parts.get("FREQ");
    if (freqText == null) {
      throw invalid("FREQ is required (DAILY, WEEKLY or MONTHLY)");
    }
    Frequency frequency;
    try {
      frequency = Frequency.valueOf(freqText);
    } catch (IllegalArgumentException e) {
      throw invalid("FREQ=" + freqText + " is not supported (DAILY, WEEKLY or MONTHLY)");
    }

    var interval =
        parts.containsKey("INTERVAL") ? number("INTERVAL", parts.get("INTERVAL"), MAX_INTERVAL) : 1;

    var days = new LinkedHashSet<DayOfWeek>();
    if (parts.containsKey("BYDAY")) {
      if (frequency == Frequency.MONTHLY) {
        throw invalid("BYDAY is only supported with FREQ=DAILY or FREQ=WEEKLY");
      }
      for (var code : parts.get("BYDAY").split(",", -1)) {
        var day = code.strip();
        if (!day.isEmpty()
            && (Character.isDigit(day.charAt(0)) || "+-".indexOf(day.charAt(0)) >= 0)) {
          throw invalid("BYDAY with a position (such as '" + day + "') is not supported");
        }
        var dayOfWeek = DAYS.get(day);
        if (dayOfWeek == null) {
          throw invalid("BYDAY: '" + day + "' is not a day (MO, TU, WE, TH, FR, SA or SU)");
        }
        days.add(dayOfWeek);
      }
    }

    if (parts.containsKey("COUNT") && parts.containsKey("UNTIL")) {
      throw invalid("COUNT and UNTIL cannot be given together");
    }
    var count = parts.containsKey("COUNT") ? number("COUNT", parts.get("COUNT"), MAX_COUNT) : 0;
    var until = parts.containsKey("UNTIL") ? until(parts.get("UNTIL"), zone) : null;

    return new Recurrence(zone, frequency, interval, new ArrayList<>(days), count, until);
  }

  private static int number(String name, String value, int max) {
    if (!NUMBER.matcher(value).matches()) {
      throw invalid(name + " must be a whole number from 1 to " + max + ", not '" + value + "'");
    }
    var n = Integer.parseInt(value);
    if (n < 1 || n > max) {
      throw invalid(name + " must be from 1 to " + max + ", not " + n);
    }
    return n;
  }

  private static Instant until(String value, ZoneId zone) {
    try {
      if (DATE.matcher(value).matches()) {
        return LocalDate.parse(value, BASIC_DATE)
            .atTime(LocalTime.of(23, 59, 59))
            .atZone(zone)
            .toInstant();
      }
      if (UTC_DATE_TIME.matcher(value).matches()) {
        return LocalDateTime.parse(value, BASIC_UTC).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      throw invalid("UNTIL=" + value + " is not a real date");
    }
    throw invalid(
        "UNTIL must be a date YYYYMMDD or a UTC date-time YYYYMMDDTHHMMSSZ, not '" + value + "'");
  }

  private static InvalidInputException invalid(String message) {
    return new InvalidInputException(FIELD, message);
  }

  public ZoneId zone() {
    return zone;
  }

  public Frequency frequency() {
    return frequency;
  }

  public int interval() {
    return interval;
  }

  /** The days of {@code BYDAY}, in the order given; empty when there is none. */
  public List<DayOfWeek> byDay() {
    return byDay;
  }

  public Optional<Integer> count() {
    return count == 0 ? Optional.empty() : Optional.of(count);
  }

  public Optional<Instant> until() {
    return Optional.ofNullable(until);
  }

  /** Whether the series ends (by {@code COUNT} or {@code UNTIL}). */
  public boolean isBounded() {
    return count > 0 || until != null;
  }

  /**
   * The normalised rule, as written after {@code RRULE:} in an iCalendar whose DTSTART has a TZID:
   * parts in the order FREQ, INTERVAL (when not 1), BYDAY, COUNT or UNTIL, UNTIL always in UTC.
   */
  public String rrule() {
    var text = new StringBuilder("FREQ=").append(frequency);
    if (interval != 1) {
      text.append(";INTERVAL=").append(interval);
    }
    if (!byDay.isEmpty()) {
      text.append(";BYDAY=")
          .append(
              byDay.stream().map(d -> d.name().substring(0, 2)).collect(Collectors.joining(",")));
    }
    if (count > 0) {
      text.append(";COUNT=").append(count);
    }
    if (until != null) {
      text.append(";UNTIL=").append(BASIC_UTC.format(until.atOffset(ZoneOffset.UTC)));
    }
    return text.toString();
  }

  /** The same series, ending with the occurrence that starts at {@code last} (a local time). */
  Recurrence endingAt(LocalDateTime last) {
    return new Recurrence(
        zone, frequency, interval, byDay, 0, ZonedDateTime.of(last, zone).toInstant());
  }

  /**
   * The local start times of the series beginning at {@code dtstart} that fall in [{@code from},
   * {@code to}), ascending. Without COUNT, the expansion jumps close to {@code from}, so a range
   * years after the start costs no more than one near it.
   */
  public List<LocalDateTime> occurrences(
      LocalDateTime dtstart, LocalDateTime from, LocalDateTime to) {
    Objects.requireNonNull(dtstart, "dtstart");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    var found = new ArrayList<LocalDateTime>();
    var end = to.isAfter(HORIZON) ? HORIZON : to;
    if (!from.isBefore(end)) {
      return found;
    }
    if (!dtstart.isBefore(from) && dtstart.isBefore(end)) {
      found.add(dtstart);
    }
    var time = dtstart.toLocalTime();
    var seen = 1; // dtstart is the first occurrence
    var period = count > 0 ? 0 : firstUsefulPeriod(dtstart, from);
    while (true) {
      var periodStart = periodStart(dtstart.toLocalDate(), period);
      if (!periodStart.atStartOfDay().isBefore(end)) {
        return found;
      }
      for (var date : datesOf(dtstart.toLocalDate(), periodStart)) {
        if (!date.isAfter(dtstart.toLocalDate())) {
          continue; // the start itself is counted above; nothing before it belongs to the series
        }
        var occurrence = date.atTime(time);
        if (count > 0 && seen >= count) {
          return found;
        }
        if (until != null && ZonedDateTime.of(occurrence, zone).toInstant().isAfter(until)) {
          return found;
        }
        if (!occurrence.isBefore(end)) {
          return found;
        }
        seen++;
        if (!occurrence.isBefore(from)) {
          found.add(occurrence);
        }
      }
      period++;
    }
  }

  /**
   * The local start of the last occurrence of a bounded series (COUNT or UNTIL); empty when the
   * series never ends.
   */
  public Optional<LocalDateTime> last(LocalDateTime dtstart) {
    Objects.requireNonNull(dtstart, "dtstart");
    if (count > 0) {
      var all = occurrences(dtstart, dtstart, HORIZON);
      return Optional.of(all.isEmpty() ? dtstart : all.get(all.size() - 1));
    }
    if (until == null) {
      return Optional.empty();
    }
    // Look backwards from UNTIL in growing windows: each window costs little (no COUNT to honour).
    var untilLocal = LocalDateTime.ofInstant(until, zone).plusDays(2);
    var end = untilLocal.isAfter(HORIZON) ? HORIZON : untilLocal;
    var span = 40L;
    while (end.isAfter(dtstart)) {
      var start = end.minusDays(span);
      if (start.isBefore(dtstart)) {
        start = dtstart;
      }
      var found = occurrences(dtstart, start, end);
      if (!found.isEmpty()) {
        return Optional.of(found.get(found.size() - 1));
      }
      end = start;
      span *= 2;
    }
    return Optional.of(dtstart);
  }

  /** Whether {@code candidate} is the local start of one occurrence of the series. */
  public boolean isOccurrence(LocalDateTime dtstart, LocalDateTime candidate) {
    Objects.requireNonNull(candidate, "candidate");
    if (!candidate.isBefore(HORIZON)) {
      return false;
    }
    return occurrences(dtstart, candidate, candidate.plusNanos(1)).contains(candidate);
  }

  /** A period (day, week or month, every INTERVAL) that starts no later than {@code from}. */
  private long firstUsefulPeriod(LocalDateTime dtstart, LocalDateTime from) {
    var first = periodStart(dtstart.toLocalDate(), 0);
    if (!from.toLocalDate().isAfter(first)) {
      return 0;
    }
    var units =
        switch (frequency) {
          case DAILY -> ChronoUnit.DAYS.between(first, from.toLocalDate());
          case WEEKLY -> ChronoUnit.DAYS.between(first, from.toLocalDate()) / 7;
          case MONTHLY ->
              ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(from.toLocalDate()));
        };
    return Math.max(0, units / interval - 1);
  }

  /** The first day of the {@code period}-th period of the series (counted from 0). */
  private LocalDate periodStart(LocalDate start, long period) {
    var steps = period * interval;
    return switch (frequency) {
      case DAILY -> start.plusDays(steps);
      case WEEKLY ->
          start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(steps);
      case MONTHLY -> start.withDayOfMonth(1).plusMonths(steps);
    };
  }

  /** The dates the rule gives in the period starting at {@code periodStart}, ascending. */
  private List<LocalDate> datesOf(LocalDate start, LocalDate periodStart) {
    return switch (frequency) {
      case DAILY ->
          byDay.isEmpty() || byDay.contains(periodStart.getDayOfWeek())
              ? List.of(periodStart)
              : List.of();
      case WEEKLY -> {
        if (byDay.isEmpty()) {
          yield List.of(periodStart.plusDays(start.getDayOfWeek().ordinal()));
        }
        yield byDay.stream().sorted().map(d -> periodStart.plusDays(d.ordinal())).toList();
      }
      case MONTHLY -> {
        var month = YearMonth.from(periodStart);
        yield month.isValidDay(start.getDayOfMonth())
            ? List.of(month.atDay(start.getDayOfMonth()))
            : List.of();
      }
    };
  }

  /** Equal when the normalised rules and the zones are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Recurrence that
        && rrule().equals(that.rrule())
        && zone.equals(that.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rrule(), zone);
  }

  /** The normalised rule. */
  @Override
  public String toString() {
    return rrule();
  }
}
