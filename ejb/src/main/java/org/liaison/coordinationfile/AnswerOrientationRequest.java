package org.liaison.coordinationfile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Command: accept, refuse, record the admission of, or (sender) cancel a request. */
public record AnswerOrientationRequest(
    @NotNull OrientationRequest.Status status,
    @Size(max = 1000) String comment,
    LocalDate admittedOn) {}
