package org.liaison.coordinationfile;

import java.util.List;

/**
 * The case workflow of the MAIA model (seeds): a request is analysed (T1), then the person is
 * re-oriented, included in case management, or dies; an included person is later re-oriented,
 * discharged, or dies. Only these transitions exist. The last four statuses close the file; a
 * closed file (but after a death) may be reopened as a new request (T1), its history kept
 * (docs/workflows.md).
 */
public enum CaseStatus {
  REQUEST_ANALYSIS,
  REORIENTED_T1,
  INCLUDED,
  REORIENTED_T2,
  DISCHARGED,
  DECEASED;

  /** Where a file in this status may go next. */
  public List<CaseStatus> next() {
    return switch (this) {
      case REQUEST_ANALYSIS -> List.of(REORIENTED_T1, INCLUDED, DECEASED);
      case INCLUDED -> List.of(REORIENTED_T2, DISCHARGED, DECEASED);
      case REORIENTED_T1, REORIENTED_T2, DISCHARGED -> List.of(REQUEST_ANALYSIS);
      case DECEASED -> List.of();
    };
  }

  /** The person is no longer followed: the logbook is read only, nothing is to come. */
  public boolean closes() {
    return this != REQUEST_ANALYSIS && this != INCLUDED;
  }

  public boolean mayGoTo(CaseStatus target) {
    return next().contains(target);
  }
}
