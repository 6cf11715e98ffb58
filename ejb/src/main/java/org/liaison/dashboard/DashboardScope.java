package org.liaison.dashboard;

/** What a reader of dashboards sees: a structure, his or her own case load, or the region. */
public enum DashboardScope {
  STRUCTURE,
  OWN_CASE_LOAD,
  REGION
}
