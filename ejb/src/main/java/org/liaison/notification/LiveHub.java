package org.liaison.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live connections open on this node, per professional, and the delivery of {@link
 * LiveMessage}s to them once the transaction that produced them has committed.
 */
@ApplicationScoped
public class LiveHub {

  private static final Logger LOG = Logger.getLogger(LiveHub.class.getName());

  private final Map<UUID, Set<LiveSubscriber>> subscribers = new ConcurrentHashMap<>();

  public void subscribe(UUID professionalId, LiveSubscriber subscriber) {
    subscribers.computeIfAbsent(professionalId, k -> ConcurrentHashMap.newKeySet()).add(subscriber);
  }

  public void unsubscribe(UUID professionalId, LiveSubscriber subscriber) {
    subscribers.computeIfPresent(
        professionalId,
        (k, set) -> {
          set.remove(subscriber);
          return set.isEmpty() ? null : set;
        });
  }

  /** Delivers to the recipients connected to this node. */
  public void deliver(LiveMessage message) {
    for (var recipient : message.recipients()) {
      var open = subscribers.get(recipient);
      if (open == null) {
        continue;
      }
      for (var subscriber : open) {
        try {
          if (!subscriber.send(message.event(), message.data())) {
            unsubscribe(recipient, subscriber);
          }
        } catch (RuntimeException e) {
          LOG.log(Level.FINE, "live connection dropped", e);
          unsubscribe(recipient, subscriber);
        }
      }
    }
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveMessage message) {
    deliver(message);
  }

  /** Keeps connections (and proxies between) from closing idle ones; forgets closed ones. */
  public void pingAll() {
    subscribers.forEach(
        (recipient, set) ->
            set.forEach(
                subscriber -> {
                  if (!subscriber.ping()) {
                    unsubscribe(recipient, subscriber);
                  }
                }));
  }

  public int connections() {
    return subscribers.values().stream().mapToInt(Set::size).sum();
  }
}
