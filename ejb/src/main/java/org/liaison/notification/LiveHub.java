package org.liaison.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live connections open on this node, per professional. A {@link LiveMessage} is published,
 * once the transaction that produced it has committed, on a JMS topic that every node of the
 * cluster listens to ({@link LiveTopicListener}); each node delivers it to its own connections.
 */
@ApplicationScoped
public class LiveHub {

  private static final Logger LOG = Logger.getLogger(LiveHub.class.getName());

  private static final Jsonb JSON = JsonbBuilder.create();

  private final Map<UUID, Set<LiveSubscriber>> subscribers = new ConcurrentHashMap<>();

  @Resource(lookup = "java:/ConnectionFactory")
  private ConnectionFactory connections;

  @Resource(lookup = LiveTopicListener.TOPIC)
  private Topic topic;

  /** The node's connection to the topic, opened at the first message. */
  private JMSContext connection;

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
    // A plain (non-JCA) connection factory: the transaction is over, nothing to enlist in. One
    // connection for the node, a session per message (a connection per message cost a writer
    // more than its SQL); non-persistent: a live event nobody receives now is worth nothing later.
    try (var session = connection().createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
      session
          .createProducer()
          .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
          .send(topic, JSON.toJson(message));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "live topic unavailable, delivering on this node only: " + e);
      closeConnection();
      deliver(message);
    }
  }

  private synchronized JMSContext connection() {
    if (connection == null) {
      connection = connections.createContext();
    }
    return connection;
  }

  private synchronized void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "closing a broken live topic connection", e);
      }
      connection = null;
    }
  }

  @PreDestroy
  void stop() {
    closeConnection();
  }

  /** A message as the topic carries it (see {@link LiveTopicListener}). */
  static LiveMessage read(String json) {
    return JSON.fromJson(json, LiveMessage.class);
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
