package org.liaison.logbook;

/**
 * What an observation is about. Each coordination structure chooses which of these its patients'
 * logbooks offer, and in what order.
 */
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
