package org.liaison.agenda;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.liaison.kernel.CareClockProvider;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.InvalidInputException;

/**
 * Something in an agenda: an appointment or visit about one patient, possibly recurring with
 * exceptions, or a meeting (RCP) about several, with its participants and decisions. Its times are
 * Paris wall-clock times; the instants it gives are kept alongside for range queries.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

  public enum Kind {
    VISIT,
    APPOINTMENT,
    MEETING
  }

  public enum PerformerKind {
    PROFESSIONAL,
    STRUCTURE
  }

  public static final ZoneId PARIS = CareClockProvider.CARE_ZONE;

  /** The agenda's clock, to the microsecond that PostgreSQL keeps (what is read back is equal). */
  static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

  public static final int MAX_TITLE = 200;
  public static final int MAX_LOCATION = 300;
  public static final int MAX_AGENDA = 4000;

  /** How far (days) from its original date a moved occurrence is looked for. */
  static final int MOVE_REACH_DAYS = 31;

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 12)
  private Kind kind;

  @Column(name = "file_id", updatable = false)
  private UUID fileId;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(length = MAX_LOCATION)
  private String location;

  @Enumerated(EnumType.STRING)
  @Column(name = "performer_kind", length = 12)
  private PerformerKind performerKind;

  @Column(name = "performer_id")
  private UUID performerId;

  @Column(name = "start_local", nullable = false)
  private LocalDateTime startLocal;

  @Column(name = "time_zone", nullable = false, length = 40)
  private String timeZone;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(length = 300)
  private String rrule;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Column(name = "reminder_minutes")
  private Integer reminderMinutes;

  @Column(length = MAX_AGENDA)
  private String agenda;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private UUID decidedBy;

  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Version
  @Column(nullable = false)
  private int revision;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @CollectionTable(
      name = "appointment_exception",
      joinColumns = @JoinColumn(name = "appointment_id"))
  private List<OccurrenceChange> exceptions = new ArrayList<>(); // batched: an agenda lists many

  @ElementCollection(fetch = FetchType.LAZY)
  @BatchSize(size = 100)
  @CollectionTable(name = "meeting_patient", joinColumns = @JoinColumn(name = "meeting_id"))
  private List<MeetingPatient> patients = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @BatchSize(size = 100)
  @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
  private List<MeetingParticipant> participants = new ArrayList<>();

  protected Appointment() {}

  /** The time of an appointment or meeting: a Paris start, a duration, maybe a recurrence. */
  record When(LocalDateTime start, int durationMinutes, Recurrence recurrence) {}

  static Appointment about(
      UUID fileId,
      Kind kind,
      String title,
      String location,
      PerformerKind performerKind,
      UUID performerId,
      When when,
      Integer reminderMinutes,
      UUID by,
      Instant at) {
    var a = new Appointment();
    a.id = UUID.randomUUID();
    a.kind = kind;
    a.fileId = fileId;
    a.createdBy = by;
    a.createdAt = at;
    a.timeZone = PARIS.getId();
    a.change(title, location, performerKind, performerId, when, reminderMinutes);
    return a;
  }

  static Appointment meeting(
      String title,
      String location,
      String agenda,
      When when,
      Integer reminderMinutes,
      List<UUID> fileIds,
      List<UUID> participantIds,
      UUID by,
      Instant at) {
    var a = new Appointment();
    a.id = UUID.randomUUID();
    a.kind = Kind.MEETING;
    a.createdBy = by;
    a.createdAt = at;
    a.timeZone = PARIS.getId();
    a.title = title.strip();
    a.location = blankToNull(location);
    a.agenda = blankToNull(agenda);
    a.reminderMinutes = reminderMinutes;
    a.schedule(when);
    fileIds.forEach(f -> a.patients.add(new MeetingPatient(f)));
    participantIds.forEach(p -> a.participants.add(new MeetingParticipant(p)));
    return a;
  }

  /** New title, place, performer and time; exceptions of occurrences that no longer exist go. */
  void change(
      String title,
      String location,
      PerformerKind performerKind,
      UUID performerId,
      When when,
      Integer reminderMinutes) {
    requireActive();
    this.title = title.strip();
    this.location = blankToNull(location);
    this.performerKind = performerKind;
    this.performerId = performerId;
    this.reminderMinutes = reminderMinutes;
    schedule(when);
    var recurrence = recurrence();
    exceptions.removeIf(
        e -> recurrence.isEmpty() || !recurrence.get().isOccurrence(startLocal, e.occurrence()));
  }

  private void schedule(When when) {
    this.startLocal = when.start();
    this.durationMinutes = when.durationMinutes();
    this.rrule = when.recurrence() == null ? null : when.recurrence().rrule();
    this.startsAt = instant(startLocal);
    if (when.recurrence() == null) {
      this.endsAt = instant(startLocal).plusSeconds(60L * durationMinutes);
    } else {
      this.endsAt =
          when.recurrence()
              .last(startLocal)
              .map(last -> instant(last).plusSeconds(60L * durationMinutes))
              .orElse(null);
    }
  }

  /**
   * The patient left case management at {@code at}: an appointment still to come is cancelled, a
   * series under way ends with its last occurrence before then. Whether anything changed.
   */
  boolean endBefore(Instant at) {
    if (isCancelled() || (endsAt != null && !endsAt.isAfter(at))) {
      return false;
    }
    if (!startsAt.isBefore(at)) {
      cancelledAt = at;
      return true;
    }
    var recurrence = recurrence();
    if (recurrence.isEmpty()) {
      return false; // under way now: it happens
    }
    var past = recurrence.get().occurrences(startLocal, startLocal, paris(at));
    var last = past.get(past.size() - 1); // the first one at least: the series started
    schedule(new When(startLocal, durationMinutes, recurrence.get().endingAt(last)));
    exceptions.removeIf(e -> e.occurrence().isAfter(last));
    return true;
  }

  /** The patient left case management: he is no longer discussed; nobody left, no meeting. */
  boolean withoutPatient(UUID fileId, Instant at) {
    if (isCancelled()
        || !startsAt.isAfter(at)
        || !patients.removeIf(p -> p.fileId().equals(fileId))) {
      return false;
    }
    if (patients.isEmpty()) {
      cancelledAt = at;
    }
    return true;
  }

  /** One occurrence of the series cancelled ({@code start == null}) or moved. */
  void changeOccurrence(LocalDateTime occurrence, LocalDateTime start, Integer duration) {
    requireActive();
    var recurrence =
        recurrence()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "occurrence", "this appointment does not recur: change it as a whole"));
    if (!recurrence.isOccurrence(startLocal, occurrence)) {
      throw new InvalidInputException("occurrence", "the series has no occurrence " + occurrence);
    }
    exceptions.removeIf(e -> e.occurrence().equals(occurrence));
    exceptions.add(
        start == null
            ? OccurrenceChange.cancelled(occurrence)
            : OccurrenceChange.moved(
                occurrence, start, duration == null ? durationMinutes : duration));
  }

  void restoreOccurrence(LocalDateTime occurrence) {
    requireActive();
    if (!exceptions.removeIf(e -> e.occurrence().equals(occurrence))) {
      throw new InvalidInputException("occurrence", "no change was made to " + occurrence);
    }
  }

  void cancel(Instant at) {
    requireActive();
    cancelledAt = at;
  }

  MeetingParticipant participant(UUID professionalId) {
    return participants.stream()
        .filter(p -> p.professionalId().equals(professionalId))
        .findFirst()
        .orElse(null);
  }

  void recordDecisions(UUID by, Instant at) {
    requireActive();
    if (startsAt.isAfter(at)) {
      throw new ConflictException(
          "meeting-not-started",
          "Decisions are recorded from the start of the meeting, " + startsAt + ".");
    }
    if (decidedAt != null) {
      throw new ConflictException(
          "decision-already-recorded", "The decisions of this meeting were already recorded.");
    }
    decidedAt = at;
    decidedBy = by;
  }

  void requireActive() {
    if (cancelledAt != null) {
      throw new ConflictException(
          kind == Kind.MEETING ? "meeting-cancelled" : "appointment-cancelled",
          "This " + (kind == Kind.MEETING ? "meeting" : "appointment") + " was cancelled.");
    }
  }

  /** The occurrences that start in [from, to) (Paris), after exceptions, in start order. */
  List<Occurrence> occurrences(LocalDateTime from, LocalDateTime to) {
    var result = new ArrayList<Occurrence>();
    var recurrence = recurrence();
    if (recurrence.isEmpty()) {
      if (!startLocal.isBefore(from) && startLocal.isBefore(to)) {
        result.add(new Occurrence(startLocal, startLocal, durationMinutes, false, false));
      }
      return result;
    }
    // Moved occurrences may leave the range or come into it: look a little wider.
    for (var original :
        recurrence
            .get()
            .occurrences(
                startLocal, from.minusDays(MOVE_REACH_DAYS), to.plusDays(MOVE_REACH_DAYS))) {
      var change = exceptions.stream().filter(e -> e.occurrence().equals(original)).findFirst();
      if (change.isPresent() && change.get().cancelled()) {
        continue;
      }
      var start = change.map(OccurrenceChange::start).orElse(original);
      var duration = change.map(OccurrenceChange::durationMinutes).orElse(durationMinutes);
      if (!start.isBefore(from) && start.isBefore(to)) {
        result.add(new Occurrence(original, start, duration, true, change.isPresent()));
      }
    }
    result.sort(Comparator.comparing(Occurrence::start));
    return result;
  }

  /** An occurrence: the series' original start (its key), where it really is, how long. */
  record Occurrence(
      LocalDateTime occurrence,
      LocalDateTime start,
      int durationMinutes,
      boolean recurring,
      boolean moved) {

    Instant startsAt() {
      return instant(start);
    }

    Instant endsAt() {
      return startsAt().plusSeconds(60L * durationMinutes);
    }
  }

  static Instant instant(LocalDateTime paris) {
    return ZonedDateTime.of(paris, PARIS).toInstant();
  }

  static LocalDateTime paris(Instant instant) {
    return LocalDateTime.ofInstant(instant, PARIS);
  }

  Optional<Recurrence> recurrence() {
    return rrule == null ? Optional.empty() : Optional.of(Recurrence.parse(rrule, PARIS));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public UUID id() {
    return id;
  }

  Kind kind() {
    return kind;
  }

  UUID fileId() {
    return fileId;
  }

  String title() {
    return title;
  }

  String location() {
    return location;
  }

  PerformerKind performerKind() {
    return performerKind;
  }

  UUID performerId() {
    return performerId;
  }

  LocalDateTime startLocal() {
    return startLocal;
  }

  int durationMinutes() {
    return durationMinutes;
  }

  String rrule() {
    return rrule;
  }

  Integer reminderMinutes() {
    return reminderMinutes;
  }

  String agenda() {
    return agenda;
  }

  Instant decidedAt() {
    return decidedAt;
  }

  UUID decidedBy() {
    return decidedBy;
  }

  UUID createdBy() {
    return createdBy;
  }

  Instant createdAt() {
    return createdAt;
  }

  boolean isCancelled() {
    return cancelledAt != null;
  }

  int revision() {
    return revision;
  }

  List<OccurrenceChange> exceptions() {
    return exceptions.stream().sorted(Comparator.comparing(OccurrenceChange::occurrence)).toList();
  }

  List<MeetingPatient> patients() {
    return patients;
  }

  List<MeetingParticipant> participants() {
    return participants;
  }
}
