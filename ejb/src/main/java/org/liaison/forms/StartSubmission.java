package org.liaison.forms;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.UUID;

/** Command: start filling a published form in a patient's file (optionally with answers). */
public record StartSubmission(@NotNull UUID formId, Map<String, Object> answers, boolean submit) {}
