package org.liaison.agenda;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** The commands of the agenda (docs/api/agenda.md). Times are Paris wall-clock times. */
public final class AgendaCommands {

  private AgendaCommands() {}

  public static final int MAX_REMINDER = 10080;

  /** A decision, with the words that say where it comes from, fits in a logbook entry. */
  public static final int MAX_DECISION = 3800;

  /** An appointment or home visit about a patient; {@code kind} is ignored on a change. */
  public record ScheduleAppointment(
      Appointment.Kind kind,
      @NotBlank @Size(max = Appointment.MAX_TITLE) String title,
      @Size(max = Appointment.MAX_LOCATION) String location,
      @NotNull UUID performerId,
      @NotNull LocalDateTime start,
      @NotNull @Min(5) @Max(720) Integer durationMinutes,
      @Size(max = 300) String rrule,
      @Min(0) @Max(MAX_REMINDER) Integer reminderMinutes) {}

  /** One occurrence cancelled ({@code cancelled: true}) or moved ({@code start}). */
  public record ChangeOccurrence(
      Boolean cancelled, LocalDateTime start, @Min(5) @Max(720) Integer durationMinutes) {}

  public record ScheduleMeeting(
      @NotBlank @Size(max = Appointment.MAX_TITLE) String title,
      @NotNull LocalDateTime start,
      @NotNull @Min(5) @Max(720) Integer durationMinutes,
      @Size(max = Appointment.MAX_LOCATION) String location,
      @Size(max = Appointment.MAX_AGENDA) String agenda,
      @NotEmpty @Size(max = 20) List<@NotNull UUID> fileIds,
      @NotEmpty @Size(max = 30) List<@NotNull UUID> participantIds,
      @Min(0) @Max(MAX_REMINDER) Integer reminderMinutes) {}

  public record AnswerInvitation(
      @NotNull MeetingParticipant.Answer answer,
      @Size(max = MeetingParticipant.MAX_COMMENT) String comment) {}

  public record Decision(@NotNull UUID fileId, @NotBlank @Size(max = MAX_DECISION) String text) {}

  public record RecordDecisions(
      @NotEmpty @Size(max = 20) List<@NotNull @Valid Decision> decisions) {}

  /** {@code count} consecutive slots from {@code start}, for me or for my structure. */
  public record PublishSlots(
      UUID structureId,
      @NotNull LocalDateTime start,
      @NotNull @Min(5) @Max(480) Integer durationMinutes,
      @Min(1) @Max(48) Integer count) {}

  public record BookSlot(
      @NotNull UUID fileId,
      @NotBlank @Size(max = Appointment.MAX_TITLE) String title,
      Appointment.Kind kind,
      @Size(max = Appointment.MAX_LOCATION) String location,
      @Min(0) @Max(MAX_REMINDER) Integer reminderMinutes) {}

  public record FeedSettings(CalendarFeed.Detail detail) {}
}
