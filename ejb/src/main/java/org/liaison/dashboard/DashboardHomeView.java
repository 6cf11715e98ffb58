package org.liaison.dashboard;

import java.util.List;
import java.util.UUID;

/** What a reader of dashboards may open. */
public record DashboardHomeView(
    DashboardScope scope, List<StructureRef> structures, int caseLoadNorm, int smallCellThreshold) {

  /** A structure by id and name. */
  public record StructureRef(UUID id, String name) {}
}
