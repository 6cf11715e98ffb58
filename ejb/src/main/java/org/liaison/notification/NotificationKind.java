package org.liaison.notification;

/**
 * Kinds of events people are told about, with the words of the e-mail (French, English) and its
 * subject, which says what happened.
 */
public enum NotificationKind {
  CARE_PLAN_VALIDATED(
      "une nouvelle version du plan personnalisé de santé d'un de vos patients a été validée",
      "a new version of the care plan of one of your patients was validated",
      "Nouvelle version du PPS validée",
      "Care plan: new version validated"),
  CARE_PLAN_ACTION_ASSIGNED(
      "une action du plan personnalisé de santé d'un de vos patients vous a été confiée",
      "an action of the care plan of one of your patients was assigned to you",
      "Une action du PPS vous est confiée",
      "Care plan: an action assigned to you"),
  CARE_PLAN_ACTION_DUE(
      "une action du plan personnalisé de santé d'un de vos patients arrive à échéance",
      "an action of the care plan of one of your patients is due",
      "Action du PPS à échéance",
      "Care plan: an action is due"),
  CARE_PLAN_REVIEW_DUE(
      "le bilan du plan personnalisé de santé d'un de vos patients est à faire",
      "a review of the care plan of one of your patients is due",
      "Bilan du PPS à faire",
      "Care plan: a review is due"),
  LOGBOOK_IMPORTANT_ENTRY(
      "une entrée importante a été écrite dans le cahier de liaison d'un de vos patients",
      "an important entry was written in the logbook of one of your patients",
      "Nouvelle entrée importante au cahier de liaison",
      "Logbook: a new important entry"),
  ADDED_TO_TEAM(
      "vous avez été ajouté(e) à l'équipe de prise en charge d'un patient",
      "you were added to a patient's care team",
      "Ajout à une équipe de prise en charge",
      "Added to a care team"),
  MESSAGE_MENTION(
      "vous avez été mentionné(e) dans une conversation",
      "you were mentioned in a conversation",
      "Vous êtes mentionné(e) dans une conversation",
      "You were mentioned in a conversation"),
  MEETING_INVITATION(
      "vous êtes invité(e) à une réunion de concertation (RCP)",
      "you are invited to a multidisciplinary meeting",
      "Invitation à une RCP",
      "Invitation to a multidisciplinary meeting"),
  MEETING_ANSWERED(
      "un participant a répondu à votre invitation à une réunion de concertation",
      "a participant answered your invitation to a multidisciplinary meeting",
      "Réponse à votre invitation à une RCP",
      "Answer to your meeting invitation"),
  MEETING_CANCELLED(
      "une réunion de concertation à laquelle vous étiez invité(e) a été annulée",
      "a multidisciplinary meeting you were invited to was cancelled",
      "RCP annulée",
      "Meeting cancelled"),
  MEETING_REMINDER(
      "une réunion de concertation à laquelle vous participez approche",
      "a multidisciplinary meeting you take part in is coming up",
      "Rappel : RCP à venir",
      "Reminder: meeting coming up"),
  APPOINTMENT_REMINDER(
      "un rendez-vous ou une visite de votre agenda approche",
      "an appointment or visit in your agenda is coming up",
      "Rappel : rendez-vous à venir",
      "Reminder: appointment coming up"),
  SLOT_BOOKED(
      "un de vos créneaux de disponibilité a été réservé pour un patient",
      "one of your availability slots was booked for a patient",
      "Un de vos créneaux a été réservé",
      "One of your slots was booked"),
  EMERGENCY_ACCESS(
      "le dossier d'un de vos patients a été ouvert en accès d'urgence",
      "the file of one of your patients was opened as an emergency",
      "Accès d'urgence au dossier d'un de vos patients",
      "Emergency access to a patient's file"),
  CARE_PLAN_DELEGATED(
      "le médecin traitant d'un de vos patients a délégué la rédaction de son PPS à votre structure",
      "the GP of one of your patients delegated writing the care plan to your structure",
      "Rédaction du PPS déléguée à votre structure",
      "Care plan: writing delegated to your structure"),
  CARE_PLAN_DELEGATION_WITHDRAWN(
      "le médecin traitant d'un de vos patients a repris la rédaction de son PPS",
      "the GP of one of your patients took back writing the care plan",
      "Délégation du PPS retirée",
      "Care plan: delegation withdrawn"),
  CARE_PLAN_VALIDATION_REQUESTED(
      "un PPS préparé pour un de vos patients attend votre validation",
      "a care plan prepared for one of your patients awaits your validation",
      "Un PPS attend votre validation",
      "Care plan: awaiting your validation"),
  SIGNAL_RECEIVED(
      "une personne a été signalée à votre structure",
      "a person was signalled to your structure",
      "Nouveau signalement",
      "New signal"),
  SIGNAL_ACCEPTED(
      "la structure à qui vous avez signalé une personne a accepté le signalement",
      "the structure you signalled a person to accepted the signal",
      "Votre signalement a été accepté",
      "Your signal was accepted"),
  SIGNAL_REFUSED(
      "la structure à qui vous avez signalé une personne a refusé le signalement",
      "the structure you signalled a person to refused the signal",
      "Votre signalement a été refusé",
      "Your signal was refused"),
  ADMISSION_REQUEST_RECEIVED(
      "une nouvelle demande d'admission a été adressée à votre structure",
      "a new admission request was sent to your structure",
      "Nouvelle demande d'admission",
      "New admission request"),
  ORIENTATION_REQUEST_RECEIVED(
      "une nouvelle demande d'orientation a été adressée à votre structure",
      "a new orientation request was sent to your structure",
      "Nouvelle demande d'orientation",
      "New orientation request"),
  REQUEST_ACCEPTED(
      "la demande que vous avez adressée pour un de vos patients a été acceptée",
      "the request you sent for one of your patients was accepted",
      "Votre demande a été acceptée",
      "Your request was accepted"),
  REQUEST_REFUSED(
      "la demande que vous avez adressée pour un de vos patients a été refusée",
      "the request you sent for one of your patients was refused",
      "Votre demande a été refusée",
      "Your request was refused"),
  REQUEST_ADMITTED(
      "l'admission d'un de vos patients a été enregistrée par la structure qui l'accueille",
      "the admission of one of your patients was recorded by the structure that takes him in",
      "Admission enregistrée",
      "Admission recorded"),
  REQUEST_WITHDRAWN(
      "une demande adressée à votre structure a été retirée par son expéditeur",
      "a request sent to your structure was withdrawn by its sender",
      "Demande retirée par son expéditeur",
      "Request withdrawn by its sender");

  private final String french;
  private final String english;
  private final String frenchSubject;
  private final String englishSubject;

  NotificationKind(String french, String english, String frenchSubject, String englishSubject) {
    this.french = french;
    this.english = english;
    this.frenchSubject = frenchSubject;
    this.englishSubject = englishSubject;
  }

  /** The subject of its e-mail: what happened, never for whom ("Liaison : …" / English). */
  String subject() {
    return "Liaison : " + frenchSubject + " / " + englishSubject;
  }

  String french() {
    return french;
  }

  String english() {
    return english;
  }
}
