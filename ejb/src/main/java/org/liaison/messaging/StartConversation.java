package org.liaison.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Command: a conversation about a patient ({@code fileId}) or a topic ({@code memberIds}). */
public record StartConversation(
    @NotNull Conversation.Kind kind,
    UUID fileId,
    @NotBlank @Size(max = Conversation.MAX_SUBJECT) String subject,
    @Size(max = 50) List<@NotNull UUID> memberIds) {

  public StartConversation {
    memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
  }
}
