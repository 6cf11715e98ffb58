package org.liaison.logbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Command: write an observation in a patient's logbook. {@code important} defaults to false, or for
 * a correction to the importance of the entry corrected; {@code corrects} names the entry this one
 * corrects (entries are never edited; only their author corrects them); {@code clientKey}, chosen
 * by the client (e.g. for an entry queued offline), makes a replay return the entry already written
 * instead of a duplicate; {@code attachments} names files uploaded before, for this patient, by the
 * same author.
 */
public record WriteLogbookEntry(
    @NotNull LogbookCategory category,
    @NotBlank @Size(max = LogbookEntry.MAX_TEXT) String text,
    Boolean important,
    UUID corrects,
    UUID clientKey,
    @Size(max = LogbookService.MAX_ATTACHMENTS) List<@NotNull UUID> attachments) {

  public WriteLogbookEntry {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** The same command, important as the entry it corrects when it did not say. */
  WriteLogbookEntry keepingImportance(boolean important) {
    return new WriteLogbookEntry(category, text, important, corrects, clientKey, attachments);
  }
}
