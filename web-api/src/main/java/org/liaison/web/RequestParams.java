package org.liaison.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.PageRequest;

/**
 * Parses path and query parameters so that a wrong one is a 400 naming it (JAX-RS would answer a
 * badly typed path parameter with a bare 404). Optional parameters: null or blank gives null.
 */
public final class RequestParams {

  private RequestParams() {}

  public static UUID id(String name, String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException(name, "'" + raw + "' is not an identifier (UUID)");
    }
  }

  public static UUID optionalId(String name, String raw) {
    return blank(raw) ? null : id(name, raw.strip());
  }

  public static PageRequest page(String page, String size) {
    return new PageRequest(integer("page", page), integer("size", size));
  }

  public static LocalDate optionalDate(String name, String raw) {
    if (blank(raw)) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "'" + raw + "' is not a date (YYYY-MM-DD)");
    }
  }

  /** A Paris wall-clock time, "2026-03-28T08:00" (seconds allowed, no offset). */
  public static java.time.LocalDateTime localDateTime(String name, String raw) {
    if (blank(raw)) {
      throw new InvalidInputException(name, "a date and time is required (YYYY-MM-DDTHH:MM)");
    }
    try {
      return java.time.LocalDateTime.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          name, "'" + raw + "' is not a date and time (YYYY-MM-DDTHH:MM)");
    }
  }

  /** A day (start of day in Europe/Paris) or an instant (ISO 8601). */
  public static Instant optionalInstant(String name, String raw, boolean endOfDay) {
    if (blank(raw)) {
      return null;
    }
    try {
      if (raw.strip().length() == 10) {
        var day = LocalDate.parse(raw.strip());
        return (endOfDay ? day.plusDays(1) : day)
            .atStartOfDay(org.liaison.kernel.CareClockProvider.CARE_ZONE)
            .toInstant();
      }
      return Instant.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          name, "'" + raw + "' is not a date (YYYY-MM-DD) or an instant (ISO 8601)");
    }
  }

  public static <E extends Enum<E>> E optionalEnum(String name, String raw, Class<E> type) {
    if (blank(raw)) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          name, "'" + raw + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  public static String optionalText(String name, String raw, int max) {
    if (blank(raw)) {
      return null;
    }
    if (raw.length() > max) {
      throw new InvalidInputException(name, "at most " + max + " characters");
    }
    return raw.strip();
  }

  private static boolean blank(String raw) {
    return raw == null || raw.isBlank();
  }

  public static int integer(String name, String raw) {
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "'" + raw + "' is not a whole number");
    }
  }
}
