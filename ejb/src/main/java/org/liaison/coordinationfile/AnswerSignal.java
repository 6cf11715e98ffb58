package org.liaison.coordinationfile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: the structure accepts a signal (a file is opened, in request analysis, with the caller
 * as case manager) or refuses it, with a comment the sender reads.
 */
public record AnswerSignal(@NotNull Signal.Status status, @Size(max = 1000) String comment) {}
