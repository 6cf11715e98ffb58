package org.liaison.careteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.StaleVersionException;

class CareTeamMemberTest {

  private final LocalDate start = LocalDate.of(2026, 11, 1);

  private CareTeamMember aNurseFrom(LocalDate since, LocalDate until) {
    return CareTeamMember.join(
        UUID.randomUUID(),
        UUID.randomUUID(),
        CareTeamRole.NURSE,
        UUID.randomUUID(),
        Instant.now(),
        since,
        until);
  }

  @Test
  void membershipGrantsAccessFromItsFirstDayOn() {
    var member = aNurseFrom(start, null);
    assertThat(member.isActiveOn(start.minusDays(1))).isFalse();
    assertThat(member.isActiveOn(start)).isTrue();
    assertThat(member.isActiveOn(start.plusYears(3))).isTrue();
  }

  @Test
  void accessStopsByItselfAfterTheEndDate() {
    var member = aNurseFrom(start, start.plusDays(9));
    assertThat(member.isActiveOn(start.plusDays(9))).isTrue();
    assertThat(member.isActiveOn(start.plusDays(10))).isFalse();
  }

  @Test
  void leavingStopsAccessAtOnce() {
    var member = aNurseFrom(start, null);
    member.end(UUID.randomUUID(), Instant.now(), "fin de prise en charge");
    assertThat(member.isActiveOn(start.plusDays(1))).isFalse();
    assertThat(member.endReason()).isEqualTo("fin de prise en charge");
  }

  @Test
  void anEndBeforeTheStartIsRefusedAndAStaleEditToo() {
    assertThatThrownBy(() -> aNurseFrom(start, start.minusDays(1)))
        .isInstanceOf(InvalidInputException.class);
    var member = aNurseFrom(start, null);
    assertThatThrownBy(() -> member.changePeriod(start, null, 4))
        .isInstanceOf(StaleVersionException.class);
  }
}
