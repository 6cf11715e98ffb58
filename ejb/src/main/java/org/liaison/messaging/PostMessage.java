package org.liaison.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Command: a message, the members it mentions, and the client's key against duplicates. */
public record PostMessage(
    @NotBlank @Size(max = Message.MAX_TEXT) String text,
    @Size(max = 20) List<@NotNull UUID> mentions,
    UUID clientKey) {

  public PostMessage {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
