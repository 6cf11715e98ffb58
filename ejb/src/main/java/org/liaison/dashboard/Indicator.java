package org.liaison.dashboard;

import java.util.List;

/**
 * One table of a dashboard: what its rows and columns are, how its figures are drawn, and the SQL
 * of its facts (see {@link Indicators}).
 *
 * @param rows the rows in order; empty when the data give them (case managers, areas, forms)
 * @param columns the columns: for {@link Buckets#COMPARE} {@code current} and {@code previous}, for
 *     {@link Measure#STATS} the statistics, else the values of {@code col_key}
 * @param facts a select of {@code bucket, row_key, col_key, file_id, value} over the common CTEs
 */
record Indicator(
    String section,
    String key,
    Chart chart,
    Unit unit,
    Buckets buckets,
    Measure measure,
    List<String> rows,
    List<String> columns,
    RowLabels rowLabels,
    boolean drill,
    String facts) {

  /** How the table is drawn beside its data table. */
  enum Chart {
    BAR,
    STACKED_BAR,
    LINE,
    NONE
  }

  /** What a figure counts. */
  enum Unit {
    FILES,
    COUNT,
    DAYS,
    YEARS,
    PEOPLE
  }

  /** Which periods the facts are computed for. */
  enum Buckets {
    /** the period and the previous one, as the two columns */
    COMPARE,
    /** the period only */
    CURRENT,
    /** each month of the period, as the rows */
    MONTHS
  }

  /** How the facts of a cell make its figure. */
  enum Measure {
    /** distinct files */
    FILES,
    /** the sum of the facts' values (events, pre-counted entries) */
    EVENTS,
    /** count, mean, median and 90th percentile of the values */
    STATS
  }

  /** Where the label of a row comes from. */
  enum RowLabels {
    /** the texts bundle: {@code row.<table>.<key>}, else {@code code.<key>} */
    TEXTS,
    /** a professional's name */
    PROFESSIONAL,
    /** a structure's name */
    STRUCTURE,
    /** a form's title */
    FORM,
    /** the key itself (catchment areas) */
    VERBATIM,
    /** a month, {@code yyyy-MM} */
    MONTH
  }

  boolean drillable(String column) {
    return drill && !(measure == Measure.STATS && !"count".equals(column));
  }
}
