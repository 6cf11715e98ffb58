package org.liaison.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.directory.ImportReport.LineError;

/**
 * Reads a CSV file of professionals, as a spreadsheet exports it: a header line naming the columns
 * (any order; {@code lastName}, {@code firstName} and {@code profession} required), separated by
 * ";" or ",", fields optionally in double quotes. Professions by code ({@code NURSE}) or French
 * name ({@code infirmier}).
 */
final class ProfessionalCsv {

  static final List<String> COLUMNS =
      List.of("lastName", "firstName", "profession", "rpps", "email", "phone", "username");
  private static final List<String> REQUIRED = List.of("lastName", "firstName", "profession");
  private static final Map<String, Profession> FRENCH =
      Map.ofEntries(
          Map.entry("gestionnaire de cas", Profession.CASE_MANAGER),
          Map.entry("coordinateur", Profession.COORDINATOR),
          Map.entry("coordinatrice", Profession.COORDINATOR),
          Map.entry("médecin généraliste", Profession.GP),
          Map.entry("medecin generaliste", Profession.GP),
          Map.entry("médecin", Profession.PHYSICIAN),
          Map.entry("medecin", Profession.PHYSICIAN),
          Map.entry("infirmier", Profession.NURSE),
          Map.entry("infirmière", Profession.NURSE),
          Map.entry("pharmacien", Profession.PHARMACIST),
          Map.entry("pharmacienne", Profession.PHARMACIST),
          Map.entry("kinésithérapeute", Profession.PHYSIOTHERAPIST),
          Map.entry("kinesitherapeute", Profession.PHYSIOTHERAPIST),
          Map.entry("aide à domicile", Profession.HOME_AIDE),
          Map.entry("aide a domicile", Profession.HOME_AIDE),
          Map.entry("aide-soignant", Profession.CARE_ASSISTANT),
          Map.entry("aide-soignante", Profession.CARE_ASSISTANT),
          Map.entry("assistant social", Profession.SOCIAL_WORKER),
          Map.entry("assistante sociale", Profession.SOCIAL_WORKER));

  /** One data line, as read: its number in the file and its values by column. */
  record Row(int line, Map<String, String> values) {
    String get(String column) {
      var v = values.get(column);
      return v == null || v.isBlank() ? null : v.strip();
    }
  }

  /** The rows, or the errors that stop the whole file from being read (header, quoting). */
  record Parsed(List<Row> rows, List<LineError> errors) {}

  private ProfessionalCsv() {}

  static Parsed parse(String text) {
    var errors = new ArrayList<LineError>();
    var lines = splitLines(text == null ? "" : text.replace("\uFEFF", ""));
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      errors.add(new LineError(1, "header", "the file is empty: expected a header line"));
      return new Parsed(List.of(), errors);
    }
    char separator = lines.get(0).indexOf(';') >= 0 ? ';' : ',';
    var header = fields(lines.get(0), separator);
    if (header == null) {
      errors.add(new LineError(1, "header", "unbalanced double quote"));
      return new Parsed(List.of(), errors);
    }
    var columns = new ArrayList<String>();
    for (var name : header) {
      var column =
          COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name.strip())).findFirst().orElse(null);
      if (column == null) {
        errors.add(new LineError(1, name.strip(), "unknown column; expected some of " + COLUMNS));
      } else if (columns.contains(column)) {
        errors.add(new LineError(1, column, "column given twice"));
      }
      columns.add(column);
    }
    for (var required : REQUIRED) {
      if (!columns.contains(required)) {
        errors.add(new LineError(1, required, "required column missing"));
      }
    }
    if (!errors.isEmpty()) {
      return new Parsed(List.of(), errors);
    }
    var rows = new ArrayList<Row>();
    for (int i = 1; i < lines.size(); i++) {
      var line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      var values = fields(line, separator);
      if (values == null) {
        errors.add(new LineError(i + 1, "line", "unbalanced double quote"));
        continue;
      }
      if (values.size() != columns.size()) {
        errors.add(
            new LineError(
                i + 1,
                "line",
                "has " + values.size() + " fields, the header has " + columns.size()));
        continue;
      }
      var byColumn = new HashMap<String, String>();
      for (int c = 0; c < columns.size(); c++) {
        byColumn.put(columns.get(c), values.get(c));
      }
      rows.add(new Row(i + 1, byColumn));
    }
    return new Parsed(rows, errors);
  }

  /** A profession by code or French name, or null. */
  static Profession profession(String value) {
    var v = value.strip().toLowerCase(Locale.ROOT);
    for (var p : Profession.values()) {
      if (p.name().equalsIgnoreCase(v)) {
        return p;
      }
    }
    return FRENCH.get(v);
  }

  private static List<String> splitLines(String text) {
    return List.of(text.split("\r?\n", -1)).stream().toList();
  }

  /** The fields of one line, or null if a quote is not closed. */
  private static List<String> fields(String line, char separator) {
    var out = new ArrayList<String>();
    var field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == separator) {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      return null;
    }
    out.add(field.toString());
    return out;
  }
}
