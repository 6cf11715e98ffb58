package org.liaison.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.liaison.dashboard.DashboardView.Cell;
import org.liaison.dashboard.DashboardView.Table;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.SpreadsheetText;

/**
 * Writes a dashboard's tables as CSV (Apache Commons CSV: {@code ;} separated, UTF-8 with a BOM, as
 * French spreadsheets open it) or XLSX (Apache POI: a sheet of filters, one sheet per table), with
 * the filters and the definitions in the file. A suppressed cell is written {@code <5}.
 */
final class DashboardExport {

  enum Format {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    static Format parse(String value) {
      if (value == null || value.isBlank()) {
        return CSV;
      }
      try {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("format", "csv or xlsx, not " + value);
      }
    }
  }

  private DashboardExport() {}

  static ExportFile write(DashboardView view, String table, Format format, DashboardTexts texts) {
    var tables =
        view.sections().stream()
            .flatMap(s -> s.tables().stream())
            .filter(t -> table == null || t.key().equals(table))
            .toList();
    if (tables.isEmpty()) {
      throw new InvalidInputException("table", "no table " + table + " in this dashboard");
    }
    var name =
        "liaison-dashboard-"
            + (view.structure() == null ? "region" : slug(view.structure().name()))
            + (table == null ? "" : "-" + table)
            + "-"
            + view.period().from()
            + "-"
            + view.period().to()
            + "."
            + format.name().toLowerCase(Locale.ROOT);
    var bytes = format == Format.CSV ? csv(view, tables, texts) : xlsx(view, tables, texts);
    return new ExportFile(name, format.mediaType, bytes);
  }

  /** The lines that say what the figures are: structure, periods, filters, suppression. */
  static List<List<String>> header(DashboardView view, DashboardTexts texts) {
    var lines = new ArrayList<List<String>>();
    lines.add(List.of(texts.get("export.title")));
    lines.add(
        view.structure() == null
            ? List.of(texts.get("export.region"))
            : List.of(texts.get("export.structure"), view.structure().name()));
    lines.add(
        List.of(texts.get("export.period"), view.period().from() + " — " + view.period().to()));
    lines.add(
        List.of(
            texts.get("export.previous"), view.previous().from() + " — " + view.previous().to()));
    var f = view.filters();
    lines.add(
        List.of(texts.get("export.area"), f.area() == null ? texts.get("export.all") : f.area()));
    var manager =
        f.caseManager() == null
            ? texts.get("export.all")
            : view.options().caseManagers().stream()
                .filter(c -> c.id().equals(f.caseManager().toString()))
                .map(DashboardView.Choice::label)
                .findFirst()
                .orElse(f.caseManager().toString());
    lines.add(List.of(texts.get("export.caseManager"), manager));
    lines.add(
        List.of(
            texts.get("export.origin"),
            f.origin() == null ? texts.get("export.all") : texts.code(f.origin())));
    lines.add(List.of(texts.get("export.generatedAt"), view.generatedAt().toString()));
    if (view.smallCellThreshold() != null) {
      int n = view.smallCellThreshold();
      lines.add(List.of(texts.format("export.suppressed", n - 1, n)));
    }
    return lines;
  }

  private static byte[] csv(DashboardView view, List<Table> tables, DashboardTexts texts) {
    var out = new ByteArrayOutputStream();
    var format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').get();
    try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        var csv = new CSVPrinter(writer, format)) {
      writer.write('\uFEFF');
      for (var line : header(view, texts)) {
        csv.printRecord(line.stream().map(DashboardExport::safe).toList());
      }
      for (var table : tables) {
        csv.println();
        csv.printRecord(table.title());
        csv.printRecord(texts.get("export.definition"), table.definition());
        var head = new ArrayList<String>();
        head.add(texts.get("export.row"));
        table.columns().forEach(c -> head.add(c.label()));
        csv.printRecord(head);
        for (var row : table.rows()) {
          var record = new ArrayList<String>();
          record.add(safe(row.label()));
          row.cells().forEach(c -> record.add(text(c, view)));
          csv.printRecord(record);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] xlsx(DashboardView view, List<Table> tables, DashboardTexts texts) {
    try (Workbook book = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var bold = book.createCellStyle();
      var font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      var filters = book.createSheet(WorkbookUtil.createSafeSheetName(texts.get("export.filters")));
      int r = 0;
      for (var line : header(view, texts)) {
        var row = filters.createRow(r++);
        for (int c = 0; c < line.size(); c++) {
          row.createCell(c).setCellValue(safe(line.get(c)));
        }
      }
      filters.setColumnWidth(0, 30 * 256);
      filters.setColumnWidth(1, 60 * 256);
      var used = new ArrayList<String>();
      for (var table : tables) {
        sheet(book, used, table, view, texts, bold);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(
      Workbook book,
      List<String> used,
      Table table,
      DashboardView view,
      DashboardTexts texts,
      CellStyle bold) {
    var name = WorkbookUtil.createSafeSheetName(table.title());
    for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
      name = WorkbookUtil.createSafeSheetName(table.title().substring(0, 25) + " " + i);
    }
    used.add(name.toLowerCase(Locale.ROOT));
    Sheet sheet = book.createSheet(name);
    int r = 0;
    var title = sheet.createRow(r++).createCell(0);
    title.setCellValue(table.title());
    title.setCellStyle(bold);
    var definition = sheet.createRow(r++);
    definition.createCell(0).setCellValue(texts.get("export.definition"));
    definition.createCell(1).setCellValue(table.definition());
    r++;
    var head = sheet.createRow(r++);
    head.createCell(0).setCellValue(texts.get("export.row"));
    for (int c = 0; c < table.columns().size(); c++) {
      var cell = head.createCell(c + 1);
      cell.setCellValue(table.columns().get(c).label());
      cell.setCellStyle(bold);
    }
    for (var row : table.rows()) {
      var line = sheet.createRow(r++);
      line.createCell(0).setCellValue(safe(row.label()));
      for (int c = 0; c < row.cells().size(); c++) {
        var figure = row.cells().get(c);
        var cell = line.createCell(c + 1);
        if (figure.value() != null) {
          cell.setCellValue(figure.value());
        } else {
          cell.setCellValue(text(figure, view));
        }
      }
    }
    sheet.setColumnWidth(0, 45 * 256);
  }

  private static String text(Cell cell, DashboardView view) {
    if (cell.suppressed()) {
      return "<" + view.smallCellThreshold();
    }
    if (cell.value() == null) {
      return "";
    }
    double v = cell.value();
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** A label typed by somebody (an area, a form's title): never a formula in a spreadsheet. */
  static String safe(String value) {
    return SpreadsheetText.defused(value);
  }

  private static String slug(String name) {
    var ascii =
        java.text.Normalizer.normalize(
                name.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae"),
                java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-");
    return ascii.replaceAll("(^-|-$)", "");
  }
}
