package org.liaison.agenda;

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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, sends the agenda reminders that fall due. Runs on every node; each reminder is
 * claimed in the database first, so it goes out once. {@code
 * -Dliaison.agenda.reminders-every-seconds=N} runs it every N seconds (tests).
 */
@Singleton
@Startup
public class AgendaReminders {

  private static final Logger LOG = Logger.getLogger(AgendaReminders.class.getName());
  static final String EVERY = "liaison.agenda.reminders-every-seconds";

  @Resource private TimerService timers;
  @Inject private AgendaReminderService reminders;

  @PostConstruct
  void schedule() {
    var every = Integer.getInteger(EVERY, 60);
    timers.createIntervalTimer(
        every * 1000L, every * 1000L, new TimerConfig("agenda-reminders", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void remind() {
    try {
      reminders.sendDueReminders();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Agenda reminders not sent, next time: " + e);
    }
  }
}
