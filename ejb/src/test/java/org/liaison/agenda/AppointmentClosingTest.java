package org.liaison.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a patient's appointments become when his file is closed at a given moment. */
class AppointmentClosingTest {

  private static final Instant CLOSED = Appointment.instant(LocalDateTime.of(2026, 12, 7, 10, 30));

  private static Appointment visit(LocalDateTime start, String rrule) {
    return Appointment.about(
        UUID.randomUUID(),
        Appointment.Kind.VISIT,
        "Toilette",
        null,
        Appointment.PerformerKind.PROFESSIONAL,
        UUID.randomUUID(),
        new Appointment.When(
            start, 30, rrule == null ? null : Recurrence.parse(rrule, Appointment.PARIS)),
        null,
        UUID.randomUUID(),
        CLOSED.minusSeconds(86_400 * 30));
  }

  @Test
  void anAppointmentToComeIsCancelledOneInThePastStays() {
    var toCome = visit(LocalDateTime.of(2026, 12, 9, 9, 0), null);
    assertThat(toCome.endBefore(CLOSED)).isTrue();
    assertThat(toCome.isCancelled()).isTrue();
    var past = visit(LocalDateTime.of(2026, 12, 1, 9, 0), null);
    assertThat(past.endBefore(CLOSED)).isFalse();
    assertThat(past.isCancelled()).isFalse();
  }

  @Test
  void aSeriesUnderWayEndsWithItsLastOccurrenceBeforeTheClosingWhateverItsCount() {
    // every Monday and Thursday at 9:00 from 16 November, 20 times; closed Monday 7 December 10:30
    var series = visit(LocalDateTime.of(2026, 11, 16, 9, 0), "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=20");
    assertThat(series.endBefore(CLOSED)).isTrue();
    assertThat(series.isCancelled()).isFalse();
    assertThat(
            series.occurrences(
                LocalDateTime.of(2026, 11, 1, 0, 0), LocalDateTime.of(2027, 12, 31, 0, 0)))
        .extracting(Appointment.Occurrence::start)
        .containsExactly(
            LocalDateTime.of(2026, 11, 16, 9, 0),
            LocalDateTime.of(2026, 11, 19, 9, 0),
            LocalDateTime.of(2026, 11, 23, 9, 0),
            LocalDateTime.of(2026, 11, 26, 9, 0),
            LocalDateTime.of(2026, 11, 30, 9, 0),
            LocalDateTime.of(2026, 12, 3, 9, 0),
            LocalDateTime.of(2026, 12, 7, 9, 0));
    assertThat(series.rrule()).doesNotContain("COUNT").contains("UNTIL=20261207T080000Z");
    // it is over now: closing again changes nothing
    assertThat(series.endBefore(CLOSED.plusSeconds(3600))).isFalse();
  }

  @Test
  void aSeriesThatHasNotStartedIsCancelledWhole() {
    var series = visit(LocalDateTime.of(2026, 12, 8, 9, 0), "FREQ=DAILY");
    assertThat(series.endBefore(CLOSED)).isTrue();
    assertThat(series.isCancelled()).isTrue();
  }
}
