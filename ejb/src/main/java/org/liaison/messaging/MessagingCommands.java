package org.liaison.messaging;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.liaison.logbook.LogbookCategory;

/** The smaller commands of messaging. */
public final class MessagingCommands {

  private MessagingCommands() {}

  /** Add chosen members to a topic conversation. */
  public record AddMembers(@NotEmpty @Size(max = 50) List<@NotNull UUID> professionalIds) {}

  /** Call in the professionals of a structure (a resource team). */
  public record CallResourceTeam(@NotNull UUID structureId) {}

  /** Hand the conversation over to another member. */
  public record HandOver(@NotNull UUID to) {}

  /** Copy a message into the patient's logbook. */
  public record CopyToLogbook(@NotNull LogbookCategory category, Boolean important) {}
}
