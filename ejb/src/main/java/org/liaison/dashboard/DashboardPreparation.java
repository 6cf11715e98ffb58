package org.liaison.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few minutes, computes the dashboards readers open first (each coordination structure's and
 * the region's, without filters, over the last twelve full months) so that they are served from the
 * cache even when nobody asked them in the last two minutes: the regional one aggregates every file
 * of the region and takes seconds (docs/adr/0015). Runs on every node, into its local cache. {@code
 * -Dliaison.dashboard.prepare-minutes=N} sets the interval (0: no preparation), {@code
 * -Dliaison.dashboard.prepare-first-seconds=N} the delay after deployment.
 */
@Singleton
@Startup
public class DashboardPreparation {

  private static final Logger LOG = Logger.getLogger(DashboardPreparation.class.getName());
  static final String EVERY = "liaison.dashboard.prepare-minutes";
  static final String FIRST = "liaison.dashboard.prepare-first-seconds";

  @Resource private TimerService timers;
  @Inject private DashboardService dashboards;

  /** The interval between two preparations, in minutes; 0: none. */
  static int everyMinutes() {
    return Math.max(0, Integer.getInteger(EVERY, 5));
  }

  @PostConstruct
  void schedule() {
    if (everyMinutes() > 0) {
      timers.createIntervalTimer(
          Math.max(0, Integer.getInteger(FIRST, 60)) * 1000L,
          everyMinutes() * 60_000L,
          new TimerConfig("dashboard-preparation", false));
    }
  }

  /** Each view in its own transaction: one that fails leaves the others prepared. */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void prepare() {
    var started = System.nanoTime();
    var views = new ArrayList<UUID>();
    views.add(null);
    try {
      views.addAll(dashboards.coordinationStructures());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Dashboards not prepared, next time: " + e);
      return;
    }
    int failed = 0;
    for (var structure : views) {
      try {
        dashboards.prepareDefaultView(structure);
      } catch (RuntimeException e) {
        failed++;
        LOG.log(
            Level.WARNING,
            "Dashboard of "
                + (structure == null ? "the region" : structure)
                + " not prepared: "
                + e);
      }
    }
    var done = views.size() - failed;
    var ms = (System.nanoTime() - started) / 1_000_000;
    LOG.fine(() -> done + " dashboards prepared in " + ms + " ms");
  }
}
