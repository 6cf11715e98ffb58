package org.liaison.forms;

import java.util.Map;

/**
 * Command: the answers of a form being filled ({@code questionId → answer}); {@code submit} makes
 * it final, after every check.
 */
public record FillForm(Map<String, Object> answers, boolean submit) {}
