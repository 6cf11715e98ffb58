package org.liaison.careplan;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every morning at 06:30 (Paris), reminds the people concerned of the care-plan actions and reviews
 * that fall due. Runs on every node; each reminder is claimed in the database first, so it goes out
 * once. {@code -Dliaison.careplan.reminders-every-seconds=N} runs it every N seconds (tests,
 * demos).
 */
@Singleton
@Startup
public class CarePlanReminders {

  private static final Logger LOG = Logger.getLogger(CarePlanReminders.class.getName());
  static final String EVERY = "liaison.careplan.reminders-every-seconds";

  @Resource private TimerService timers;
  @Inject private CarePlanService plans;

  @PostConstruct
  void schedule() {
    var config = new TimerConfig("care-plan-reminders", false);
    var every = Integer.getInteger(EVERY, 0);
    if (every > 0) {
      timers.createIntervalTimer(every * 1000L, every * 1000L, config);
    } else {
      timers.createCalendarTimer(
          new ScheduleExpression().hour(6).minute(30).second(0).timezone("Europe/Paris"), config);
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void remind() {
    try {
      plans.sendDueReminders();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Care-plan reminders not sent, next time: " + e);
    }
  }
}
