package org.liaison.agenda;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes agendas as RFC 5545 iCalendar text ({@code text/calendar}), for the .ics export and the
 * subscription feed. Times are written in the wall-clock time of one zone with its VTIMEZONE,
 * generated from the JDK's own rules (no network, no bundled files), so that calendar apps keep a
 * recurring 08:00 visit at 08:00 across daylight-saving changes.
 */
public final class ICalendar {

  /** Octets per physical line, CRLF excluded (RFC 5545 §3.1). */
  static final int MAX_LINE_OCTETS = 75;

  private static final String CRLF = "\r\n";
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ZONE_NAME =
      DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

  /** The year VTIMEZONE sub-components start in, as most calendar software writes them. */
  private static final int ONSET_YEAR = 1970;

  private ICalendar() {}

  /**
   * One appointment or meeting, as a VEVENT. {@code location}, {@code description}, {@code url} and
   * {@code recurrence} may be null; the occurrences cancelled or moved are keyed by their original
   * local start in the series.
   */
  public record Event(
      String uid,
      Instant stamp,
      LocalDateTime start,
      int durationMinutes,
      String summary,
      String location,
      String description,
      String url,
      Recurrence recurrence,
      List<LocalDateTime> cancelledOccurrences,
      List<MovedOccurrence> moved,
      int sequence,
      boolean cancelled) {

    public Event {
      Objects.requireNonNull(uid, "uid");
      Objects.requireNonNull(stamp, "stamp");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(summary, "summary");
      cancelledOccurrences =
          List.copyOf(cancelledOccurrences == null ? List.of() : cancelledOccurrences);
      moved = List.copyOf(moved == null ? List.of() : moved);
    }
  }

  /** One occurrence of a series that now starts at another time, or lasts another time. */
  public record MovedOccurrence(
      LocalDateTime occurrence, LocalDateTime start, int durationMinutes) {

    public MovedOccurrence {
      Objects.requireNonNull(occurrence, "occurrence");
      Objects.requireNonNull(start, "start");
    }
  }

  /**
   * A whole VCALENDAR (METHOD:PUBLISH) with the VTIMEZONE of {@code zone} and the events: CRLF line
   * ends, lines folded at 75 octets of UTF-8.
   */
  public static String calendar(String name, ZoneId zone, List<Event> events) {
    var out = new Lines();
    out.add("BEGIN:VCALENDAR");
    out.add("VERSION:2.0");
    out.add("PRODID:-//Liaison//Agenda//FR");
    out.add("CALSCALE:GREGORIAN");
    out.add("METHOD:PUBLISH");
    out.add("X-WR-CALNAME:" + text(name == null ? "" : name));
    out.add("X-WR-TIMEZONE:" + zone.getId());
    timeZone(out, zone);
    for (var event : events) {
      event(out, zone, event);
    }
    out.add("END:VCALENDAR");
    return out.toString();
  }

  private static void event(Lines out, ZoneId zone, Event event) {
    var tzid = ";TZID=" + parameter(zone.getId()) + ":";
    var status = event.cancelled() ? "CANCELLED" : "CONFIRMED";
    out.add("BEGIN:VEVENT");
    out.add("UID:" + text(event.uid()));
    out.add("DTSTAMP:" + UTC.format(event.stamp()));
    out.add("DTSTART" + tzid + LOCAL.format(event.start()));
    out.add("DTEND" + tzid + LOCAL.format(end(event.start(), event.durationMinutes(), zone)));
    describe(out, event);
    if (event.recurrence() != null) {
      out.add("RRULE:" + event.recurrence().rrule());
    }
    for (var occurrence : event.cancelledOccurrences()) {
      out.add("EXDATE" + tzid + LOCAL.format(occurrence));
    }
    out.add("SEQUENCE:" + event.sequence());
    out.add("STATUS:" + status);
    out.add("TRANSP:OPAQUE");
    out.add("END:VEVENT");

    for (var moved : event.moved()) {
      out.add("BEGIN:VEVENT");
      out.add("UID:" + text(event.uid()));
      out.add("DTSTAMP:" + UTC.format(event.stamp()));
      out.add("RECURRENCE-ID" + tzid + LOCAL.format(moved.occurrence()));
      out.add("DTSTART" + tzid + LOCAL.format(moved.start()));
      out.add("DTEND" + tzid + LOCAL.format(end(moved.start(), moved.durationMinutes(), zone)));
      describe(out, event);
      out.add("SEQUENCE:" + event.sequence());
      out.add("STATUS:" + status);
      out.add("TRANSP:OPAQUE");
      out.add("END:VEVENT");
    }
  }

  private static void describe(Lines out, Event event) {
    out.add("SUMMARY:" + text(event.summary()));
    if (event.location() != null) {
      out.add("LOCATION:" + text(event.location()));
    }
    if (event.description() != null) {
      out.add("DESCRIPTION:" + text(event.description()));
    }
    if (event.url() != null) {
      out.add("URL:" + event.url()); // a URI, not TEXT: no escaping
    }
  }

  /** The end on the time line, back in wall-clock time: right on a daylight-saving night. */
  private static LocalDateTime end(LocalDateTime start, int minutes, ZoneId zone) {
    return ZonedDateTime.of(start, zone).plusMinutes(minutes).toLocalDateTime();
  }

  /**
   * The VTIMEZONE of {@code zone}: one STANDARD or DAYLIGHT block per yearly transition rule of the
   * JDK, starting in 1970; a single STANDARD block for a zone without daylight saving.
   */
  private static void timeZone(Lines out, ZoneId zone) {
    var rules = zone.getRules();
    out.add("BEGIN:VTIMEZONE");
    out.add("TZID:" + zone.getId());
    var transitionRules = rules.getTransitionRules();
    if (transitionRules.isEmpty()) {
      var transitions = rules.getTransitions();
      var at =
          transitions.isEmpty()
              ? Instant.EPOCH
              : transitions.get(transitions.size() - 1).getInstant();
      var offset = rules.getOffset(at);
      out.add("BEGIN:STANDARD");
      out.add("TZOFFSETFROM:" + offset(offset));
      out.add("TZOFFSETTO:" + offset(offset));
      out.add("TZNAME:" + text(zoneName(zone, at, offset)));
      out.add("DTSTART:" + LOCAL.format(LocalDateTime.of(ONSET_YEAR, 1, 1, 0, 0)));
      out.add("END:STANDARD");
    } else {
      var nameYear = yearAfterLastTransition(rules);
      for (var rule : transitionRules) {
        var daylight =
            rule.getOffsetAfter().getTotalSeconds() > rule.getOffsetBefore().getTotalSeconds();
        var kind = daylight ? "DAYLIGHT" : "STANDARD";
        var onset = rule.createTransition(ONSET_YEAR).getDateTimeBefore();
        var named = rule.createTransition(nameYear).getInstant();
        out.add("BEGIN:" + kind);
        out.add("TZOFFSETFROM:" + offset(rule.getOffsetBefore()));
        out.add("TZOFFSETTO:" + offset(rule.getOffsetAfter()));
        out.add("TZNAME:" + text(zoneName(zone, named, rule.getOffsetAfter())));
        out.add("DTSTART:" + LOCAL.format(onset));
        out.add("RRULE:" + yearlyRule(rule, onset.toLocalDate()));
        out.add("END:" + kind);
      }
    }
    out.add("END:VTIMEZONE");
  }

  /** A year when the transition rules are in force, to read the names they give (CET, CEST). */
  private static int yearAfterLastTransition(ZoneRules rules) {
    var transitions = rules.getTransitions();
    if (transitions.isEmpty()) {
      return 2000;
    }
    var last = transitions.get(transitions.size() - 1);
    return last.getDateTimeAfter().getYear() + 1;
  }

  /** The short name of the zone at that instant ("CEST"), or the offset when it has none. */
  private static String zoneName(ZoneId zone, Instant at, ZoneOffset offset) {
    var name = ZONE_NAME.format(at.atZone(zone));
    if (name.equals("Z")) {
      return "UTC";
    }
    var numeric =
        name.isBlank()
            || name.startsWith("+")
            || name.startsWith("-")
            || name.matches("(GMT|UTC)[+-].*");
    return numeric ? offset(offset) : name;
  }

  /**
   * The RRULE of a yearly transition: {@code BYDAY=-1SU} for "last Sunday", otherwise the weekday
   * within a week of month days (RFC 5545 §3.8.5.3). When the local onset falls on another day than
   * the rule's (a rule at 24:00, or defined in UTC) the week is shifted; when it then spills into
   * the next month (Egypt: "last Thursday at 24:00"), it is written as days of the year counted
   * from its end, which leap years do not move.
   */
  private static String yearlyRule(ZoneOffsetTransitionRule rule, LocalDate onset) {
    var dayOfWeek = rule.getDayOfWeek();
    if (dayOfWeek == null) {
      return "FREQ=YEARLY;BYMONTH="
          + onset.getMonthValue()
          + ";BYMONTHDAY="
          + onset.getDayOfMonth();
    }
    var month = rule.getMonth();
    var indicator = rule.getDayOfMonthIndicator();
    if (indicator > 0 && indicator + 6 == month.minLength() && month.maxLength() == indicator + 6) {
      indicator = -1; // the JDK writes "last Sunday of March" as "Sunday on or after the 25th"
    }
    var shift = (int) ChronoUnit.DAYS.between(ruleDate(rule), onset);
    dayOfWeek = dayOfWeek.plus(shift);
    // the week of month days the onset falls in: negative days count from the end of the month
    var low = (indicator < 0 ? indicator - 6 : indicator) + shift;
    var high = low + 6;
    var head = "FREQ=YEARLY;BYMONTH=" + month.getValue() + ";BYDAY=" + day(dayOfWeek);
    if (indicator < 0 && low == -7) {
      return "FREQ=YEARLY;BYMONTH=" + month.getValue() + ";BYDAY=-1" + day(dayOfWeek);
    }
    var withinMonth =
        indicator < 0
            ? low >= -month.minLength() && high <= -1
            : low >= 1 && high <= month.minLength();
    if (withinMonth) {
      return head + ";BYMONTHDAY=" + range(low, high);
    }
    var first =
        indicator < 0
            ? LocalDate.of(ONSET_YEAR, month, month.length(false)).plusDays(low + 1L)
            : LocalDate.of(ONSET_YEAR, month, 1).plusDays(low - 1L);
    var last = first.plusDays(6);
    if (first.getMonthValue() >= 3 && last.getYear() == ONSET_YEAR) {
      var fromEnd = first.lengthOfYear() + 1;
      return "FREQ=YEARLY;BYDAY="
          + day(dayOfWeek)
          + ";BYYEARDAY="
          + range(first.getDayOfYear() - fromEnd, last.getDayOfYear() - fromEnd);
    }
    // no zone of the JDK needs more; the first onset (DTSTART) is right in any case
    return head + ";BYMONTHDAY=" + range(Math.max(low, 1), Math.min(high, month.minLength()));
  }

  private static String range(int low, int high) {
    return IntStream.rangeClosed(low, high)
        .mapToObj(Integer::toString)
        .collect(Collectors.joining(","));
  }

  /** The day a transition rule names in 1970, before any adjustment of its time. */
  private static LocalDate ruleDate(ZoneOffsetTransitionRule rule) {
    var month = rule.getMonth();
    var indicator = rule.getDayOfMonthIndicator();
    if (indicator < 0) {
      var date = LocalDate.of(ONSET_YEAR, month, month.length(false) + 1 + indicator);
      return date.with(TemporalAdjusters.previousOrSame(rule.getDayOfWeek()));
    }
    return LocalDate.of(ONSET_YEAR, month, indicator)
        .with(TemporalAdjusters.nextOrSame(rule.getDayOfWeek()));
  }

  private static String day(DayOfWeek day) {
    return day.name().substring(0, 2);
  }

  /** {@code +0100}, with seconds only when there are some. */
  private static String offset(ZoneOffset offset) {
    var total = offset.getTotalSeconds();
    var sign = total < 0 ? "-" : "+";
    total = Math.abs(total);
    var text = String.format(Locale.ROOT, "%s%02d%02d", sign, total / 3600, total / 60 % 60);
    return total % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", total % 60);
  }

  /** A TZID parameter value, quoted when it holds a character that would end it. */
  private static String parameter(String value) {
    var clean = value.replace("\"", "");
    return clean.matches(".*[:;,].*") ? "\"" + clean + "\"" : clean;
  }

  /** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
  static String text(String value) {
    var out = new StringBuilder(value.length() + 16);
    for (var i = 0; i < value.length(); i++) {
      var c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case ';' -> out.append("\\;");
        case ',' -> out.append("\\,");
        case '\n' -> out.append("\\n");
        case '\r' -> {
          out.append("\\n");
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            i++;
          }
        }
        default -> {
          if (c == '\t' || (c >= 0x20 && c != 0x7f)) {
            out.append(c); // other control characters are not allowed in TEXT
          }
        }
      }
    }
    return out.toString();
  }

  /** Content lines, each folded at 75 octets without splitting a character, ended by CRLF. */
  private static final class Lines {
    private final StringBuilder text = new StringBuilder();

    void add(String line) {
      var octets = 0;
      for (var i = 0; i < line.length(); ) {
        var codePoint = line.codePointAt(i);
        var size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        if (octets + size > MAX_LINE_OCTETS) {
          text.append(CRLF).append(' ');
          octets = 1;
        }
        text.appendCodePoint(codePoint);
        octets += size;
        i += Character.charCount(codePoint);
      }
      text.append(CRLF);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
