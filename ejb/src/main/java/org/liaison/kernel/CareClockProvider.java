package org.liaison.kernel;

import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock Bean Validation reads for {@code @PastOrPresent} and {@code @Future}: the care teams'
 * own (Europe/Paris), not the server's. A consent recorded "today" at half past midnight in Paris
 * is still yesterday in UTC, and the default clock refused it as a date in the future. Named by
 * {@code validation.xml} in the EJB module and in the WAR.
 */
public class CareClockProvider implements ClockProvider {

  /** Where the care teams live: every "today" of a command is a day there. */
  public static final ZoneId CARE_ZONE = ZoneId.of("Europe/Paris");

  @Override
  public Clock getClock() {
    return Clock.system(CARE_ZONE);
  }
}
