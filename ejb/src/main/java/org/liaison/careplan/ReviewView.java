package org.liaison.careplan;

import java.time.LocalDate;
import java.util.UUID;

/** A review (bilan) as the API shows it; {@code overdue} when its date passed without outcome. */
public record ReviewView(
    UUID id,
    LocalDate dueOn,
    String purpose,
    LocalDate heldOn,
    String outcome,
    String recordedByName,
    Integer openedVersion,
    boolean overdue) {}
