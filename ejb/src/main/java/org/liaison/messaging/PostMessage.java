package org.liaison.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Command: a message, the members it mentions, the files uploaded for it, and the client's key
 * against duplicates.
 */
public record PostMessage(
    @NotBlank @Size(max = Message.MAX_TEXT) String text,
    @Size(max = 20) List<@NotNull UUID> mentions,
    UUID clientKey,
    @Size(max = 5) List<@NotNull UUID> attachments) {

  public PostMessage {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
