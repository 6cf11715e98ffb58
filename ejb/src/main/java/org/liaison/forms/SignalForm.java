package org.liaison.forms;

import java.util.UUID;

/**
 * The form a coordination structure receives signals with: its latest published form copied from
 * the orientation grid, or the grid itself when it has none ({@code formId} null, number 0).
 */
public record SignalForm(UUID formId, int number, String title, FormDefinition definition) {}
