package org.liaison.coordinationfile;

/** With whom the patient's data may be shared. */
public enum ConsentScope {
  /** The whole care team, social and home-help workers included. */
  WHOLE_TEAM,
  /** Health professionals of the team only. */
  HEALTH_PROFESSIONALS
}
