package org.liaison.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds: right after the transaction that queued it commits, and every half
 * minute for what could not be sent (SMTP server down). Rows are claimed with {@code FOR UPDATE
 * SKIP LOCKED}, so two nodes of a cluster never send the same mail.
 */
@Stateless
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
  private static final int BATCH = 20;

  @Resource(lookup = "java:jboss/mail/Default")
  private Session session;

  @Inject private MailDispatcher self;
  @Inject private OutboxRepository outbox;

  private final Clock clock = Clock.systemUTC();

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    self.sendPendingLater();
  }

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendPendingLater() {
    sendPending();
  }

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void retry() {
    sendPending();
  }

  private void sendPending() {
    while (self.sendBatch() == BATCH) {
      // a full batch: there may be more
    }
  }

  /** One transaction: claims due mail, sends each, records the outcome. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sendBatch() {
    var now = clock.instant();
    var due = outbox.claimDue(now, BATCH);
    for (var mail : due) {
      try {
        Transport.send(message(mail));
        mail.sent(clock.instant());
      } catch (MessagingException | RuntimeException e) {
        LOG.log(Level.WARNING, "Mail to " + mail.recipient() + " not sent, will retry: " + e);
        mail.failed(e.toString(), clock.instant());
      }
    }
    return due.size();
  }

  private MimeMessage message(OutgoingMail mail) throws MessagingException {
    var message = new MimeMessage(session);
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setText(mail.body(), StandardCharsets.UTF_8.name());
    message.setSentDate(java.util.Date.from(clock.instant()));
    return message;
  }
}
