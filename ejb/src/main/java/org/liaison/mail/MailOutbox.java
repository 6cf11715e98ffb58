package org.liaison.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Puts mail in the outbox, in the caller's transaction; it leaves once that commits. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

  @PersistenceContext private EntityManager em;
  @Inject private Event<MailQueued> queued;

  private final Clock clock = Clock.systemUTC();

  public void send(Mail mail) {
    if (mail.to() == null || mail.to().isBlank()) {
      return;
    }
    em.persist(new OutgoingMail(mail.to().strip(), mail.subject(), mail.body(), clock.instant()));
    queued.fire(new MailQueued());
  }

  /** The address people follow from an e-mail: Liaison's public URL. */
  public static String link(String path) {
    var base = System.getenv().getOrDefault("LIAISON_PUBLIC_URL", "http://127.0.0.1:8080");
    return base.replaceAll("/+$", "") + path;
  }
}
