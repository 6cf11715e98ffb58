package org.liaison.bench;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * One COPY … FROM STDIN (text format) into a table: rows are written field by field, escaped, and
 * sent in large buffers. Progress is reported every {@link #REPORT} rows.
 */
final class Copy implements AutoCloseable {

  private static final int REPORT = 250_000;
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS'+00'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final CopyIn in;
  private final String table;
  private final Progress progress;
  private final StringBuilder row = new StringBuilder(512);
  private final StringBuilder buffer = new StringBuilder(1 << 20);
  private boolean first = true;
  private long rows;

  Copy(CopyManager manager, String table, String columns, Progress progress) throws SQLException {
    this.in = manager.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    this.table = table;
    this.progress = progress;
  }

  private Copy sep() {
    if (!first) {
      row.append('\t');
    }
    first = false;
    return this;
  }

  Copy nul() {
    sep().row.append("\\N");
    return this;
  }

  Copy text(String s) {
    if (s == null) {
      return nul();
    }
    sep();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> row.append("\\\\");
        case '\t' -> row.append("\\t");
        case '\n' -> row.append("\\n");
        case '\r' -> row.append("\\r");
        default -> row.append(c);
      }
    }
    return this;
  }

  Copy id(UUID id) {
    return id == null ? nul() : raw(id.toString());
  }

  Copy num(long n) {
    return raw(Long.toString(n));
  }

  Copy num(Integer n) {
    return n == null ? nul() : raw(n.toString());
  }

  Copy bool(boolean b) {
    return raw(b ? "t" : "f");
  }

  Copy date(LocalDate d) {
    return d == null ? nul() : raw(d.toString());
  }

  Copy at(Instant t) {
    return t == null ? nul() : raw(INSTANT.format(t));
  }

  Copy local(LocalDateTime t) {
    return t == null ? nul() : raw(LOCAL.format(t));
  }

  private Copy raw(String s) {
    sep().row.append(s);
    return this;
  }

  void end() {
    row.append('\n');
    buffer.append(row);
    row.setLength(0);
    first = true;
    rows++;
    if (buffer.length() > (1 << 20) - 8192) {
      flush();
    }
    if (rows % REPORT == 0) {
      progress.rows(table, rows);
    }
  }

  private void flush() {
    if (buffer.length() == 0) {
      return;
    }
    var bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    try {
      in.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
    }
    buffer.setLength(0);
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() throws SQLException {
    flush();
    long copied = in.endCopy();
    if (copied != rows) {
      throw new IllegalStateException(table + ": " + copied + " rows copied, " + rows + " sent");
    }
    progress.done(table, rows);
  }
}
