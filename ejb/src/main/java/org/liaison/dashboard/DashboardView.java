package org.liaison.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.liaison.dashboard.DashboardHomeView.StructureRef;

/**
 * A dashboard as shown and exported: its sections of tables, each table a chart kind, columns and
 * rows of cells, with translated labels and definitions. {@code refreshMinutes}: when the figures
 * were prepared ahead of the request, how often they are computed again (else null).
 */
public record DashboardView(
    DashboardScope scope,
    StructureRef structure,
    Period period,
    Period previous,
    Filters filters,
    Options options,
    int caseLoadNorm,
    Integer smallCellThreshold,
    Instant generatedAt,
    Integer refreshMinutes,
    List<Section> sections) {

  /** The filters applied; null: all. */
  public record Filters(String area, UUID caseManager, String origin) {}

  /** The values the filters may take. */
  public record Options(List<String> areas, List<Choice> caseManagers, List<Choice> origins) {}

  /** A value of a filter and its label. */
  public record Choice(String id, String label) {}

  public record Section(String key, String title, List<Table> tables) {}

  public record Table(
      String key,
      String title,
      String definition,
      String chart,
      String unit,
      List<Column> columns,
      List<Row> rows) {}

  public record Column(String key, String label) {}

  public record Row(String key, String label, String flag, List<Cell> cells) {}

  /**
   * A figure: {@code value} null when {@code suppressed} (a small regional cell) or when a
   * statistic has no case; {@code drill} when the files behind it may be listed.
   */
  public record Cell(Double value, boolean suppressed, boolean drill) {}
}
