package org.liaison.notification;

import java.util.List;
import org.liaison.directory.ProfessionalView;
import org.liaison.mail.Mail;
import org.liaison.mail.MailOutbox;

/**
 * The e-mails of notifications, French then English: the kind of event, who caused it and a link
 * into Liaison — never a patient's name or any health data.
 */
final class NotificationMails {

  private NotificationMails() {}

  static Mail one(ProfessionalView to, NotificationKind kind, String actorName, String path) {
    return mail(to.email(), " " + to.displayName(), kind, actorName, path);
  }

  /** To a structure's own address: for whoever reads it. */
  static Mail toStructure(String address, NotificationKind kind, String actorName, String path) {
    return mail(address, "", kind, actorName, path);
  }

  private static Mail mail(
      String address, String greeted, NotificationKind kind, String actorName, String path) {
    var link = MailOutbox.link(path);
    return new Mail(
        address,
        kind.subject(),
        "Bonjour"
            + greeted
            + ",\n\nDans Liaison, "
            + kind.french()
            + by(actorName)
            + ".\nPour le voir (connexion requise) : "
            + link
            + "\n\n---\n\nHello"
            + greeted
            + ",\n\nIn Liaison, "
            + kind.english()
            + by(actorName)
            + ".\nTo see it (login required): "
            + link
            + "\n");
  }

  static Mail digest(ProfessionalView to, List<Notification> notifications) {
    var french = new StringBuilder();
    var english = new StringBuilder();
    for (var n : notifications) {
      var link = MailOutbox.link(n.link());
      french.append("- ").append(capitalized(n.kind().french())).append(by(n.actorName()));
      french.append(" : ").append(link).append('\n');
      english.append("- ").append(capitalized(n.kind().english())).append(by(n.actorName()));
      english.append(": ").append(link).append('\n');
    }
    var all = MailOutbox.link("/notifications");
    return new Mail(
        to.email(),
        "Liaison : votre résumé du jour, "
            + notifications.size()
            + " notification(s) / Your daily digest",
        "Bonjour "
            + to.displayName()
            + ",\n\nVoici ce qui vous concerne dans Liaison depuis le dernier résumé ("
            + notifications.size()
            + ") :\n"
            + french
            + "Toutes vos notifications (connexion requise) : "
            + all
            + "\n\n---\n\nHello "
            + to.displayName()
            + ",\n\nHere is what concerns you in Liaison since the last digest ("
            + notifications.size()
            + "):\n"
            + english
            + "All your notifications (login required): "
            + all
            + "\n");
  }

  private static String by(String actorName) {
    return actorName == null ? "" : " (" + actorName + ")";
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
