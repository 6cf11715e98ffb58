package org.liaison.dashboard;

import java.text.MessageFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The labels and definitions of the dashboards, in French (default) or English. */
final class DashboardTexts {

  private final ResourceBundle bundle;
  private final Locale locale;

  private DashboardTexts(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "org.liaison.dashboard.texts",
            locale,
            DashboardTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** English when asked first, French otherwise. */
  static DashboardTexts of(Locale asked) {
    return new DashboardTexts(
        asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH);
  }

  Locale locale() {
    return locale;
  }

  String get(String key) {
    return find(key).orElse(key);
  }

  String format(String key, Object... arguments) {
    return new MessageFormat(get(key), locale).format(arguments);
  }

  String section(String key) {
    return get("section." + key);
  }

  String title(String table) {
    return get("table." + table);
  }

  String definition(String table) {
    return get("definition." + table);
  }

  String row(String table, String key) {
    return find("row." + table + "." + key).or(() -> find("code." + key)).orElse(key);
  }

  String column(String key) {
    return find("column." + key).or(() -> find("code." + key)).orElse(key);
  }

  String code(String key) {
    return find("code." + key).orElse(key);
  }

  String month(String key) {
    var month = YearMonth.parse(key);
    return month.format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
  }

  private java.util.Optional<String> find(String key) {
    try {
      return java.util.Optional.of(bundle.getString(key));
    } catch (MissingResourceException e) {
      return java.util.Optional.empty();
    }
  }
}
