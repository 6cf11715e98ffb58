package org.liaison.dashboard;

import java.util.List;
import java.util.UUID;

/**
 * The files behind one figure: those the reader may open, named; the others only counted.
 *
 * @param total every file behind the figure
 * @param files the files the reader may open (at most {@link DashboardRepository#MAX_DRILL})
 * @param hidden the files the reader may not open: counted, never named
 */
public record DrillView(
    String table,
    String row,
    String column,
    String title,
    int total,
    List<DrillFile> files,
    int hidden) {

  public record DrillFile(
      UUID id, String name, Integer birthYear, String status, String caseManager) {}
}
