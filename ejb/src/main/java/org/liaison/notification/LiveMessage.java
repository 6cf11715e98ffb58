package org.liaison.notification;

import java.util.Set;
import java.util.UUID;

/**
 * Something to push at once to the browsers of some professionals: an event name and its JSON data
 * (ids and counts only, never health data). Fired in a transaction, delivered once it commits.
 */
public record LiveMessage(Set<UUID> recipients, String event, String data) {}
