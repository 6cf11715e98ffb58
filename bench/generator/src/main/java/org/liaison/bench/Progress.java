package org.liaison.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Phase, rows and elapsed time on standard output, and the final row counts. */
final class Progress {

  private final long start = System.nanoTime();
  private long phaseStart = start;
  final Map<String, Long> counts = new LinkedHashMap<>();

  String elapsed() {
    return String.format("%6.1fs", (System.nanoTime() - start) / 1e9);
  }

  void phase(String name) {
    phaseStart = System.nanoTime();
    System.out.printf("[%s] %s%n", elapsed(), name);
    System.out.flush();
  }

  void rows(String table, long rows) {
    System.out.printf("[%s]   %-22s %,12d rows…%n", elapsed(), table, rows);
    System.out.flush();
  }

  void done(String table, long rows) {
    counts.merge(table, rows, Long::sum);
    System.out.printf(
        "[%s]   %-22s %,12d rows (%.1fs)%n",
        elapsed(), table, rows, (System.nanoTime() - phaseStart) / 1e9);
    System.out.flush();
    phaseStart = System.nanoTime();
  }

  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}
