package org.liaison.careteam;

import org.liaison.directory.ProfessionalView;
import org.liaison.mail.Mail;
import org.liaison.mail.MailOutbox;

/**
 * The e-mails of the care team, French then English. They never carry health data (not even the
 * patient's name): only who, what kind of event, and a link into Liaison.
 */
final class TeamMails {

  private TeamMails() {}

  static Mail addedToTeam(
      ProfessionalView to, ProfessionalView by, CareTeamRole role, String fileId) {
    var link = MailOutbox.link("/patients/" + fileId);
    return new Mail(
        to.email(),
        "Liaison : vous avez rejoint une équipe de prise en charge / You joined a care team",
        bilingual(
            to.displayName(),
            by(by)
                + " vous a ajouté(e) à l'équipe de prise en charge d'un patient, en tant que "
                + french(role)
                + ".\nPour le voir dans Liaison : "
                + link,
            by(by)
                + " added you to a patient's care team as "
                + english(role)
                + ".\nTo see it in Liaison: "
                + link));
  }

  static Mail invitation(
      String email, String name, ProfessionalView by, CareTeamRole role, String token) {
    var link = MailOutbox.link("/invitations/" + token);
    var days = CareTeamInvitation.VALIDITY.toDays();
    return new Mail(
        email,
        "Liaison : invitation à rejoindre une équipe de prise en charge / Invitation to join a care"
            + " team",
        bilingual(
            name,
            by(by)
                + " vous invite à rejoindre l'équipe de prise en charge d'un patient dans Liaison,"
                + " en tant que "
                + french(role)
                + ".\nPour accepter (connexion requise) : "
                + link
                + "\nCe lien est personnel et valable "
                + days
                + " jours.",
            by(by)
                + " invites you to join a patient's care team in Liaison as "
                + english(role)
                + ".\nTo accept (login required): "
                + link
                + "\nThis link is personal and valid for "
                + days
                + " days."));
  }

  static Mail emergencyAccess(ProfessionalView to, ProfessionalView by, String fileId) {
    var link = MailOutbox.link("/patients/" + fileId + "/access-log");
    return new Mail(
        to.email(),
        "Liaison : accès d'urgence à un dossier de vos patients / Emergency access to one of your"
            + " patients",
        bilingual(
            to.displayName(),
            by(by)
                + " a ouvert en urgence le dossier de coordination d'un patient dont vous êtes"
                + " gestionnaire de cas, sans faire partie de son équipe.\nLe motif et les"
                + " consultations sont dans le journal des accès : "
                + link,
            by(by)
                + " opened, as an emergency, the coordination file of a patient whose case"
                + " manager you are, without being in the care team.\nThe reason and what was"
                + " read are in the access log: "
                + link));
  }

  /** "Bonjour X, <French> --- Hello X, <English>". */
  private static String bilingual(String name, String french, String english) {
    return "Bonjour "
        + name
        + ",\n\n"
        + french
        + "\n\n---\n\nHello "
        + name
        + ",\n\n"
        + english
        + "\n";
  }

  private static String by(ProfessionalView by) {
    return by.displayName() + " (" + by.structure().name() + ")";
  }

  private static String french(CareTeamRole role) {
    return switch (role) {
      case CASE_MANAGER -> "gestionnaire de cas";
      case GP -> "médecin traitant";
      case NURSE -> "infirmier(ère)";
      case PHARMACIST -> "pharmacien(ne)";
      case PHYSIOTHERAPIST -> "kinésithérapeute";
      case HOME_AIDE -> "aide à domicile";
      case SOCIAL_WORKER -> "assistant(e) social(e)";
      case FAMILY_CAREGIVER -> "aidant familial";
      case OTHER -> "intervenant(e)";
    };
  }

  private static String english(CareTeamRole role) {
    return switch (role) {
      case CASE_MANAGER -> "case manager";
      case GP -> "GP";
      case NURSE -> "nurse";
      case PHARMACIST -> "pharmacist";
      case PHYSIOTHERAPIST -> "physiotherapist";
      case HOME_AIDE -> "home aide";
      case SOCIAL_WORKER -> "social worker";
      case FAMILY_CAREGIVER -> "family caregiver";
      case OTHER -> "team member";
    };
  }
}
