package org.liaison.forms;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A form filled in a patient's file, with the version it was answered on (so it always shows as
 * answered), its answers and the scores the server computed.
 */
public record SubmissionView(
    UUID id,
    UUID fileId,
    UUID formId,
    String title,
    int formVersion,
    FormDefinition definition,
    FormSubmission.Status status,
    Map<String, Object> answers,
    List<FormFilling.ScoreResult> scores,
    UUID createdBy,
    String createdByName,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt,
    long version) {}
