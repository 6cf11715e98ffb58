/**
 * Notifications: what happened that concerns one professional (a care plan validated, an action
 * assigned, …), listed in the app with an unread count and mailed — a mail never carries health
 * data, only the kind of event and a link into Liaison.
 */
package org.liaison.notification;
