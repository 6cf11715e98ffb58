package org.liaison.notification;

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
 * Sends the daily digests at 07:00, Paris time. Every node of a cluster runs this timer; the
 * notifications of a digest are claimed with {@code FOR UPDATE SKIP LOCKED}, so each is mailed
 * once. For tests and demos, {@code -Dliaison.notification.digest-every-seconds=N} sends them every
 * N seconds instead.
 */
@Singleton
@Startup
public class NotificationDigest {

  private static final Logger LOG = Logger.getLogger(NotificationDigest.class.getName());
  static final String EVERY = "liaison.notification.digest-every-seconds";

  @Resource private TimerService timers;
  @Inject private NotificationService notifications;

  @PostConstruct
  void schedule() {
    var config = new TimerConfig("notification-digest", false);
    var every = Integer.getInteger(EVERY, 0);
    if (every > 0) {
      timers.createIntervalTimer(every * 1000L, every * 1000L, config);
    } else {
      timers.createCalendarTimer(
          new ScheduleExpression().hour(7).minute(0).second(0).timezone("Europe/Paris"), config);
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sendDigests() {
    for (var recipient : notifications.digestRecipients()) {
      try {
        notifications.sendDigest(recipient);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Digest of " + recipient + " not sent, next time: " + e);
      }
    }
  }
}
