package org.liaison.notification;

/** How a professional wants to hear of notifications by e-mail. */
public enum EmailPreference {
  IMMEDIATE,
  DAILY_DIGEST,
  NEVER
}
