package org.liaison.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

  @Test
  void aFailedMailIsRetriedLaterEachTimeUpToHalfAnHour() {
    var at = Instant.parse("2026-11-23T10:00:00Z");
    var mail = new OutgoingMail("a@example.org", "s", "b", at);
    mail.failed("connection refused", at);
    assertThat(nextAttempt(mail)).isEqualTo(at.plus(Duration.ofSeconds(30)));
    mail.failed("connection refused", at);
    assertThat(nextAttempt(mail)).isEqualTo(at.plus(Duration.ofMinutes(1)));
    for (int i = 0; i < 10; i++) {
      mail.failed("connection refused", at);
    }
    assertThat(nextAttempt(mail)).isEqualTo(at.plus(Duration.ofMinutes(30)));
  }

  private static Instant nextAttempt(OutgoingMail mail) {
    return mail.nextAttemptAt();
  }
}
