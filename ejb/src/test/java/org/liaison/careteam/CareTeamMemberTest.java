package org.liaison.careteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CareTeamMemberTest {

  private final LocalDate start = LocalDate.of(2026, 11, 1);

  @Test
  void membershipGrantsAccessFromItsFirstDayOn() {
    var member =
        CareTeamMember.join(
            UUID.randomUUID(),
            UUID.randomUUID(),
            CareTeamRole.NURSE,
            UUID.randomUUID(),
            Instant.now(),
            start);
    assertThat(member.isActiveOn(start.minusDays(1))).isFalse();
    assertThat(member.isActiveOn(start)).isTrue();
    assertThat(member.isActiveOn(start.plusYears(3))).isTrue();
  }
}
