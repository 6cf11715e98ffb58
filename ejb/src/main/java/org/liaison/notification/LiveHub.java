package org.liaison.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
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

  @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
  private ManagedThreadFactory threads;

  /** Messages committed and not yet on the topic; beyond it, delivered on this node only. */
  private final BlockingQueue<LiveMessage> outbox = new LinkedBlockingQueue<>(10_000);

  private volatile Thread sender;
  private volatile boolean stopping;

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
    // Handed to the node's sender thread: the request does not wait for the broker, and writers
    // no longer queue on the connection's lock to open and close a session each (50 writers of
    // one file spent most of their time there, benchmark P2).
    startSender();
    if (!outbox.offer(message)) {
      LOG.warning("live topic outbox full, delivering on this node only");
      deliver(message);
    }
  }

  private void startSender() {
    if (sender != null) {
      return;
    }
    synchronized (this) {
      if (sender == null && !stopping) {
        var thread = threads.newThread(this::sendAll);
        thread.setName("liaison-live-sender");
        thread.setDaemon(true);
        thread.start();
        sender = thread;
      }
    }
  }

  /**
   * The sender thread: one connection and one producer for the node, owned by this thread alone (a
   * JMS context is not thread-safe), messages sent in the order their transactions committed.
   * Non-persistent: a live event nobody receives now is worth nothing later. When the topic is
   * unavailable the message goes to this node's connections only, and the next one reconnects.
   */
  private void sendAll() {
    try {
      sendUntilStopped();
    } finally {
      // Ended by an Error too: the next event starts another sender instead of waiting for none.
      synchronized (this) {
        sender = null;
      }
    }
  }

  private void sendUntilStopped() {
    JMSContext context = null;
    JMSProducer producer = null;
    while (!stopping) {
      LiveMessage message;
      try {
        message = outbox.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      try {
        if (context == null) {
          // A plain (non-JCA) connection factory: no transaction to enlist in.
          context = connections.createContext();
          producer = context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT);
        }
        producer.send(topic, JSON.toJson(message));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "live topic unavailable, delivering on this node only: " + e);
        close(context);
        context = null;
        deliver(message);
      }
    }
    close(context);
  }

  private static void close(JMSContext context) {
    if (context == null) {
      return;
    }
    try {
      context.close();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "closing a broken live topic connection", e);
    }
  }

  @PreDestroy
  void stop() {
    stopping = true;
    Thread thread;
    synchronized (this) {
      thread = sender;
    }
    if (thread != null) {
      thread.interrupt();
    }
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
