package org.liaison.logbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Command: write an observation in a patient's logbook. {@code important} defaults to false. */
public record WriteLogbookEntry(
    @NotNull LogbookCategory category,
    @NotBlank @Size(max = LogbookEntry.MAX_TEXT) String text,
    Boolean important) {}
