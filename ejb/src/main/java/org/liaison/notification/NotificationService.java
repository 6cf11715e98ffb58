package org.liaison.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
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
 * Tells professionals what concerns them: a notification in the app and, as each one prefers, an
 * e-mail at once, in a daily digest, or never. An e-mail says only what kind of thing happened,
 * with a link. The other contexts decide who is concerned (always members of the patient's team).
 */
@Stateless
public class NotificationService {

  @Inject private NotificationRepository repository;
  @Inject private DirectoryService directory;
  @Inject private MailOutbox mail;
  @Inject private jakarta.enterprise.event.Event<LiveMessage> live;
  @Inject private PatientNames patientNames;

  private final Clock clock = Clock.systemUTC();

  /** In the caller's transaction: nothing is notified if what it tells about rolls back. */
  public void notify(
      ProfessionalView recipient,
      NotificationKind kind,
      UUID fileId,
      String actorName,
      String path) {
    notify(recipient, kind, fileId, actorName, path, null);
  }

  /**
   * The same, with the e-mail to send when the recipient wants one at once ({@code null}: the
   * generic one); a digest lists it like any other.
   */
  public void notify(
      ProfessionalView recipient,
      NotificationKind kind,
      UUID fileId,
      String actorName,
      String path,
      Mail immediateMail) {
    var preference = preferenceOf(recipient.id());
    var email =
        switch (preference) {
          case IMMEDIATE -> Notification.Email.SENT;
          case DAILY_DIGEST -> Notification.Email.DIGEST_PENDING;
          case NEVER -> Notification.Email.NOT_SENT;
        };
    repository.add(
        Notification.of(recipient.id(), kind, fileId, actorName, path, email, clock.instant()));
    unreadChanged(recipient.id());
    if (preference == EmailPreference.IMMEDIATE) {
      mail.send(
          immediateMail != null
              ? immediateMail
              : NotificationMails.one(recipient, kind, actorName, path));
    }
  }

  /**
   * For what is only worth knowing before a time (a reminder): the e-mail ({@code null}: the
   * generic one) goes at once unless the recipient wants none; a daily digest would come too late.
   */
  public void notifyNow(
      ProfessionalView recipient,
      NotificationKind kind,
      UUID fileId,
      String actorName,
      String path,
      Mail mailToSend) {
    var never = preferenceOf(recipient.id()) == EmailPreference.NEVER;
    repository.add(
        Notification.of(
            recipient.id(),
            kind,
            fileId,
            actorName,
            path,
            never ? Notification.Email.NOT_SENT : Notification.Email.SENT,
            clock.instant()));
    unreadChanged(recipient.id());
    if (!never) {
      mail.send(
          mailToSend != null
              ? mailToSend
              : NotificationMails.one(recipient, kind, actorName, path));
    }
  }

  /**
   * Tells a structure: each of the people it names (those who answer its requests), as each
   * prefers; when it names none, an e-mail to the structure's own address, if it has one — what
   * happened and a link, never a name.
   */
  public void notifyStructure(
      List<ProfessionalView> receivers,
      java.util.Optional<String> structureAddress,
      NotificationKind kind,
      UUID fileId,
      String actorName,
      String path) {
    if (receivers.isEmpty()) {
      structureAddress.ifPresent(
          address -> mail.send(NotificationMails.toStructure(address, kind, actorName, path)));
    }
    receivers.forEach(r -> notify(r, kind, fileId, actorName, path));
  }

  public Page<NotificationView> mine(Caller caller, PageRequest page) {
    var me = directory.professionalOf(caller).id();
    var notifications = repository.page(me, page.offset(), page.size());
    var names =
        patientNames.visibleTo(
            me,
            caller.username(),
            notifications.stream().map(Notification::fileId).filter(f -> f != null).toList());
    return new Page<>(
        notifications.stream().map(n -> n.view(names.get(n.fileId()))).toList(),
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
    unreadChanged(me);
    var file = notification.fileId();
    return notification.view(
        file == null
            ? null
            : patientNames.visibleTo(me, caller.username(), java.util.List.of(file)).get(file));
  }

  public void markAllRead(Caller caller) {
    var me = directory.professionalOf(caller).id();
    repository.markAllRead(me, clock.instant());
    unreadChanged(me);
  }

  public NotificationPreferences preferences(Caller caller) {
    return new NotificationPreferences(preferenceOf(directory.professionalOf(caller).id()));
  }

  public NotificationPreferences changePreferences(
      Caller caller, NotificationPreferences preferences) {
    var me = directory.professionalOf(caller).id();
    var existing = repository.preference(me);
    if (existing.isPresent()) {
      existing.get().change(preferences.email(), clock.instant());
    } else {
      repository.add(new NotificationPreference(me, preferences.email(), clock.instant()));
    }
    return new NotificationPreferences(preferences.email());
  }

  /** Who has notifications waiting for the digest (see {@link NotificationDigest}). */
  public List<UUID> digestRecipients() {
    return repository.digestRecipients();
  }

  /** One recipient's digest, in its own transaction: one e-mail for all that waited. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void sendDigest(UUID recipientId) {
    var waiting = repository.claimDigest(recipientId);
    if (waiting.isEmpty()) {
      return; // another node took them
    }
    var recipient = directory.findProfessional(recipientId);
    if (recipient.isPresent()) {
      mail.send(NotificationMails.digest(recipient.get(), waiting));
    }
    waiting.forEach(Notification::digested);
  }

  /** Tells the recipient's open browsers the new unread count, once this transaction commits. */
  private void unreadChanged(UUID recipientId) {
    live.fire(
        new LiveMessage(
            java.util.Set.of(recipientId),
            "notification",
            "{\"unread\":" + repository.unread(recipientId) + "}"));
  }

  private EmailPreference preferenceOf(UUID professionalId) {
    return repository
        .preference(professionalId)
        .map(NotificationPreference::email)
        .orElse(EmailPreference.IMMEDIATE);
  }
}
