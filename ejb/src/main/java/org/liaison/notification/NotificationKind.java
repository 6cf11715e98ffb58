package org.liaison.notification;

/** Kinds of events people are told about, with the words of the e-mail (French, English). */
public enum NotificationKind {
  CARE_PLAN_VALIDATED(
      "une nouvelle version du plan personnalisé de santé d'un de vos patients a été validée",
      "a new version of the care plan of one of your patients was validated"),
  CARE_PLAN_ACTION_ASSIGNED(
      "une action du plan personnalisé de santé d'un de vos patients vous a été confiée",
      "an action of the care plan of one of your patients was assigned to you");

  private final String french;
  private final String english;

  NotificationKind(String french, String english) {
    this.french = french;
    this.english = english;
  }

  String french() {
    return french;
  }

  String english() {
    return english;
  }
}
