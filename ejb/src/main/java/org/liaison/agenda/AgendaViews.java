package org.liaison.agenda;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the agenda answers (docs/api/agenda.md): Paris local times and the exact instants. */
public final class AgendaViews {

  private AgendaViews() {}

  public record Person(UUID id, String name) {}

  public record Performer(Appointment.PerformerKind kind, UUID id, String name) {}

  public record PatientRef(UUID fileId, String patientName) {}

  /** One occurrence in a list: an appointment's, or a meeting. */
  public record OccurrenceView(
      UUID appointmentId,
      Appointment.Kind kind,
      String title,
      String location,
      UUID fileId,
      String patientName,
      List<PatientRef> patients,
      Performer performer,
      LocalDateTime occurrence,
      LocalDateTime start,
      LocalDateTime end,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      boolean recurring,
      boolean moved,
      String myAnswer) {}

  public record ExceptionView(
      LocalDateTime occurrence, boolean cancelled, LocalDateTime start, Integer durationMinutes) {}

  public record AppointmentView(
      UUID id,
      UUID fileId,
      String patientName,
      Appointment.Kind kind,
      String title,
      String location,
      Performer performer,
      LocalDateTime start,
      int durationMinutes,
      String timeZone,
      String rrule,
      List<ExceptionView> exceptions,
      Integer reminderMinutes,
      Person createdBy,
      Instant createdAt,
      boolean cancelled,
      int revision,
      boolean mayEdit) {}

  public record ParticipantView(
      UUID id,
      String name,
      String profession,
      MeetingParticipant.Answer answer,
      Instant answeredAt,
      String comment) {}

  public record DecisionView(UUID fileId, String patientName, String text, UUID logbookEntryId) {}

  public record MeetingView(
      UUID id,
      String title,
      LocalDateTime start,
      LocalDateTime end,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      int durationMinutes,
      String location,
      String agenda,
      Person organizer,
      List<PatientRef> patients,
      List<ParticipantView> participants,
      Integer reminderMinutes,
      List<DecisionView> decisions,
      Instant decidedAt,
      Person decidedBy,
      boolean cancelled,
      String myAnswer,
      boolean mayRecordDecision,
      boolean started) {}

  /** A meeting not over yet the caller is invited to and has not answered. */
  public record InvitationView(
      UUID meetingId,
      String title,
      LocalDateTime start,
      OffsetDateTime startsAt,
      Person organizer) {}

  public record SlotView(
      UUID id,
      Performer owner,
      LocalDateTime start,
      LocalDateTime end,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      boolean booked) {}

  /** The caller's subscription; {@code url} only when it was just created. */
  public record FeedView(
      boolean active, CalendarFeed.Detail detail, Instant createdAt, String url) {}

  /** An iCalendar text and the file name to offer. */
  public record CalendarText(String fileName, String text) {}
}
