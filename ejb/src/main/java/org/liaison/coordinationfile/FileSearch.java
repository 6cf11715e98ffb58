package org.liaison.coordinationfile;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Search of the caller's files: name (first or last, part of it), birth date, INS, status, case
 * manager, catchment area; every criterion optional.
 */
public record FileSearch(
    String name,
    LocalDate birthDate,
    String ins,
    CaseStatus status,
    UUID caseManagerId,
    String catchmentArea) {

  public static FileSearch all() {
    return new FileSearch(null, null, null, null, null, null);
  }
}
