package org.liaison.kernel;

/** Text written into a CSV or a workbook that a spreadsheet opens. */
public final class SpreadsheetText {

  private SpreadsheetText() {}

  /**
   * The text, never a formula: a leading {@code = + - @}, tab or carriage return (what spreadsheets
   * run) is defused with a quote.
   */
  public static String defused(String value) {
    return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
        ? "'" + value
        : value;
  }
}
