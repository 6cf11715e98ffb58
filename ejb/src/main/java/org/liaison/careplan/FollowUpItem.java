package org.liaison.careplan;

import java.time.LocalDate;
import java.util.UUID;

/** An overdue review or action in one of the case manager's files. */
public record FollowUpItem(
    UUID fileId,
    String patientName,
    String kind,
    String description,
    LocalDate dueOn,
    String assigneeName) {}
