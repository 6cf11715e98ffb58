package org.liaison.web.live;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.liaison.notification.LiveHub;

/** Every 20 seconds, a comment on every live stream: idle connections stay open, dead ones go. */
@Singleton
public class LiveKeepAlive {

  @Inject private LiveHub hub;

  @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
  void ping() {
    hub.pingAll();
  }
}
