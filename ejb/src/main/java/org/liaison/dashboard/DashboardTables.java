package org.liaison.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.liaison.dashboard.DashboardView.Cell;
import org.liaison.dashboard.DashboardView.Column;
import org.liaison.dashboard.DashboardView.Row;
import org.liaison.dashboard.DashboardView.Section;
import org.liaison.dashboard.DashboardView.Table;
import org.liaison.dashboard.Indicator.Buckets;
import org.liaison.dashboard.Indicator.Measure;

/**
 * Lays the figures out as tables: rows and columns in order, translated labels, zeros where no
 * fact, overloads flagged and, for the region, small cells suppressed.
 *
 * @param smallCells counts from 1 to {@code smallCells - 1} are suppressed; null: none is
 * @param rowLabel the label of a dynamic row (a professional, a structure, a form)
 */
record DashboardTables(
    DashboardTexts texts,
    IndicatorQuery query,
    Integer smallCells,
    int caseLoadNorm,
    Function<Indicator, Function<String, String>> rowLabel) {

  private record CellKey(String table, String bucket, String row, String column) {}

  List<Section> build(List<Indicator> tables, List<Figure> figures) {
    var byCell = new HashMap<CellKey, Figure>();
    figures.forEach(f -> byCell.put(new CellKey(f.table(), f.bucket(), f.row(), f.column()), f));
    var sections = new ArrayList<Section>();
    for (var section : Indicators.SECTIONS) {
      var inSection =
          tables.stream()
              .filter(t -> t.section().equals(section))
              .map(t -> table(t, figures, byCell))
              .toList();
      sections.add(new Section(section, texts.section(section), inSection));
    }
    return sections;
  }

  private Table table(Indicator t, List<Figure> figures, Map<CellKey, Figure> byCell) {
    var rowKeys = rowKeys(t, figures);
    var labels = rowLabel.apply(t);
    var rows = new ArrayList<Row>();
    for (var row : rowKeys) {
      var cells = new ArrayList<Cell>();
      for (var column : t.columns()) {
        cells.add(cell(t, byCell, row, column));
      }
      boolean overload =
          t.key().equals("caseLoadByManager")
              && cells.get(0).value() != null
              && cells.get(0).value() > caseLoadNorm;
      rows.add(new Row(row, labels.apply(row), overload ? "OVERLOAD" : null, cells));
    }
    var columns = t.columns().stream().map(c -> new Column(c, texts.column(c))).toList();
    return new Table(
        t.key(),
        texts.title(t.key()),
        texts.definition(t.key()),
        t.chart().name(),
        t.unit().name(),
        columns,
        rows);
  }

  private List<String> rowKeys(Indicator t, List<Figure> figures) {
    if (!t.rows().isEmpty()) {
      return t.rows();
    }
    if (t.buckets() == Buckets.MONTHS) {
      return query.period().months().stream()
          .map(m -> m.from().toString().substring(0, 7))
          .toList();
    }
    var keys = new LinkedHashSet<String>();
    figures.stream().filter(f -> f.table().equals(t.key())).forEach(f -> keys.add(f.row()));
    var labels = rowLabel.apply(t);
    return keys.stream().sorted((a, b) -> labels.apply(a).compareTo(labels.apply(b))).toList();
  }

  private Cell cell(Indicator t, Map<CellKey, Figure> byCell, String row, String column) {
    if (t.measure() == Measure.STATS) {
      return statistic(t, byCell, row, column);
    }
    var key =
        switch (t.buckets()) {
          case COMPARE -> new CellKey(t.key(), column, row, null);
          case CURRENT -> new CellKey(t.key(), "current", row, column);
          case MONTHS -> new CellKey(t.key(), row, row, column);
        };
    var figure = byCell.get(key);
    double value =
        figure == null
            ? 0
            : t.measure() == Measure.FILES
                ? figure.files()
                : figure.total() == null ? 0 : figure.total();
    if (small(value)) {
      return new Cell(null, true, false);
    }
    return new Cell(value, false, t.drill() && value > 0);
  }

  private Cell statistic(Indicator t, Map<CellKey, Figure> byCell, String row, String column) {
    var bucket = column.startsWith("previous") ? "previous" : "current";
    var figure = byCell.get(new CellKey(t.key(), bucket, row, null));
    if (figure != null && small(figure.count())) {
      return new Cell(null, true, false);
    }
    if (figure == null) {
      return new Cell("count".equals(column) ? 0.0 : null, false, false);
    }
    Double value =
        switch (column) {
          case "count" -> (double) figure.count();
          case "mean" -> round(figure.mean());
          case "median", "previousMedian" -> round(figure.median());
          case "p90" -> round(figure.p90());
          default -> null;
        };
    return new Cell(value, false, false);
  }

  private boolean small(double value) {
    return smallCells != null && value > 0 && value < smallCells;
  }

  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 10) / 10.0;
  }
}
