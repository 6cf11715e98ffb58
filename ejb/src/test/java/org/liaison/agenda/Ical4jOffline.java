package org.liaison.agenda;

/**
 * ical4j, the independent reader of what Liaison writes, must never reach for time-zone updates on
 * the network (there is none in CI) nor for a JCache implementation that is not there.
 */
final class Ical4jOffline {

  private Ical4jOffline() {}

  static void configure() {
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    System.setProperty(
        "net.fortuna.ical4j.timezone.cache.impl", "net.fortuna.ical4j.util.MapTimeZoneCache");
  }
}
