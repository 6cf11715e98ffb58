package org.liaison.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;
import org.liaison.kernel.NotFoundException;
import org.liaison.kernel.Page;
import org.liaison.kernel.PageRequest;
import org.liaison.mail.Mail;
import org.liaison.mail.MailOutbox;

/**
 * Tells professionals what concerns them: a notification in the app, and an e-mail that says only
 * what kind of thing happened, with a link. The other contexts decide who is concerned (always
 * members of the patient's team).
 */
@Stateless
public class NotificationService {

  @Inject private NotificationRepository repository;
  @Inject private DirectoryService directory;
  @Inject private MailOutbox mail;

  private final Clock clock = Clock.systemUTC();

  /** In the caller's transaction: nothing is notified if what it tells about rolls back. */
  public void notify(
      ProfessionalView recipient,
      NotificationKind kind,
      UUID fileId,
      String actorName,
      String path) {
    repository.add(Notification.of(recipient.id(), kind, fileId, actorName, path, clock.instant()));
    mail.send(mailOf(recipient, kind, actorName, path));
  }

  public Page<NotificationView> mine(Caller caller, PageRequest page) {
    var me = directory.professionalOf(caller).id();
    return new Page<>(
        repository.page(me, page.offset(), page.size()).stream().map(Notification::view).toList(),
        page.page(),
        page.size(),
        repository.count(me));
  }

  public long unread(Caller caller) {
    return repository.unread(directory.professionalOf(caller).id());
  }

  public NotificationView markRead(Caller caller, UUID id) {
    var me = directory.professionalOf(caller).id();
    var notification =
        repository
            .find(id)
            .filter(n -> n.recipientId().equals(me))
            .orElseThrow(() -> new NotFoundException("No notification " + id + " for you."));
    notification.markRead(clock.instant());
    return notification.view();
  }

  public void markAllRead(Caller caller) {
    repository.markAllRead(directory.professionalOf(caller).id(), clock.instant());
  }

  private static Mail mailOf(
      ProfessionalView to, NotificationKind kind, String actorName, String path) {
    var link = MailOutbox.link(path);
    var by = actorName == null ? "" : " (" + actorName + ")";
    return new Mail(
        to.email(),
        "Liaison : vous avez quelque chose à voir / You have something to see",
        "Bonjour "
            + to.displayName()
            + ",\n\nDans Liaison, "
            + kind.french()
            + by
            + ".\nPour le voir (connexion requise) : "
            + link
            + "\n\n---\n\nHello "
            + to.displayName()
            + ",\n\nIn Liaison, "
            + kind.english()
            + by
            + ".\nTo see it (login required): "
            + link
            + "\n");
  }
}
