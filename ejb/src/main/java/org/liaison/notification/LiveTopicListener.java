package org.liaison.notification;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On every node, receives the live messages published by any node (the messaging servers of the
 * cluster forward topic messages to each other) and delivers them to this node's connections.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = LiveTopicListener.TOPIC),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(
          propertyName = "acknowledgeMode",
          propertyValue = "Auto-acknowledge")
    })
public class LiveTopicListener implements MessageListener {

  static final String TOPIC = "java:/jms/topic/liaison-live";
  private static final Logger LOG = Logger.getLogger(LiveTopicListener.class.getName());

  @Inject private LiveHub hub;

  @Override
  public void onMessage(Message message) {
    try {
      hub.deliver(LiveHub.read(((TextMessage) message).getText()));
    } catch (JMSException | RuntimeException e) {
      LOG.log(Level.WARNING, "live message not delivered", e);
    }
  }
}
