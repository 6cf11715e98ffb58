package org.liaison.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardView.Cell;
import org.liaison.dashboard.DashboardView.Column;
import org.liaison.dashboard.DashboardView.Row;
import org.liaison.dashboard.DashboardView.Section;
import org.liaison.dashboard.DashboardView.Table;
import org.liaison.kernel.InvalidInputException;

class DashboardExportTest {

  private static DashboardView regionWith(String rowLabel, Cell... cells) {
    var period = new Period(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
    var table =
        new Table(
            "caseLoadByArea",
            "Dossiers inclus par territoire",
            "Définition",
            "BAR",
            "FILES",
            List.of(new Column("value", "Nombre")),
            List.of(new Row("x", rowLabel, null, List.of(cells))));
    return new DashboardView(
        DashboardScope.REGION,
        null,
        period,
        period.previous(),
        new DashboardView.Filters(null, null, null),
        new DashboardView.Options(List.of(), List.of(), List.of()),
        40,
        5,
        Instant.parse("2026-12-07T10:00:00Z"),
        null,
        List.of(new Section("caseLoad", "File active", List.of(table))));
  }

  private static String csv(DashboardView view) {
    var file =
        DashboardExport.write(
            view, null, DashboardExport.Format.CSV, DashboardTexts.of(Locale.FRENCH));
    return new String(file.content(), StandardCharsets.UTF_8);
  }

  @Test
  void aSuppressedCellIsWrittenAsBelowTheThresholdNeverItsValue() {
    var csv = csv(regionWith("Orléans", new Cell(null, true, false)));
    assertThat(csv).contains("Orléans;<5").contains("masqués");
  }

  @Test
  void aLabelTypedBySomebodyNeverBecomesAFormula() {
    var csv = csv(regionWith("=HYPERLINK(\"x\")", new Cell(12.0, false, false)));
    assertThat(csv).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK");
  }

  @Test
  void theFileIsNamedAfterTheScopeAndThePeriod() {
    var file =
        DashboardExport.write(
            regionWith("a", new Cell(3.0, false, false)),
            null,
            DashboardExport.Format.XLSX,
            DashboardTexts.of(Locale.ENGLISH));
    assertThat(file.filename()).isEqualTo("liaison-dashboard-region-2024-01-01-2024-12-31.xlsx");
    assertThat(file.content()).startsWith((byte) 'P', (byte) 'K');
  }

  @Test
  void anUnknownFormatOrTableIsRefused() {
    assertThatThrownBy(() -> DashboardExport.Format.parse("pdf"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                DashboardExport.write(
                    regionWith("a"),
                    "nope",
                    DashboardExport.Format.CSV,
                    DashboardTexts.of(Locale.FRENCH)))
        .isInstanceOf(InvalidInputException.class);
  }
}
