package org.liaison.dashboard;

import java.util.UUID;
import org.liaison.coordinationfile.ReferralOrigin;

/**
 * The filters of a dashboard: the period (null: the last twelve full months), and optionally a
 * catchment area, a case manager and a referral origin.
 */
public record DashboardFilter(Period period, String area, UUID caseManager, ReferralOrigin origin) {

  public DashboardFilter withPeriod(Period p) {
    return new DashboardFilter(p, area, caseManager, origin);
  }

  public DashboardFilter withCaseManager(UUID id) {
    return new DashboardFilter(period, area, id, origin);
  }
}
