package org.liaison.logbook;

/** What an observation is about. */
public enum LogbookCategory {
  CARE,
  HYGIENE,
  MEALS,
  MOOD,
  FALL,
  MEDICATION,
  SOCIAL,
  OTHER
}
