package org.liaison.notification;

/** One open live connection of a browser (an SSE stream in the web layer). */
public interface LiveSubscriber {

  /** Sends an event; false when the connection turned out to be closed. */
  boolean send(String event, String data);

  /** Sends a keep-alive; false when the connection turned out to be closed. */
  boolean ping();
}
