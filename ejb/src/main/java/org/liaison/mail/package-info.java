/**
 * Outgoing e-mail through WildFly's mail session ({@code java:jboss/mail/Default}). Mail is written
 * to an outbox in the transaction of what causes it and sent after commit, then retried until the
 * SMTP server takes it: nothing is sent for work that rolled back, nothing is lost when the server
 * is down, and two cluster nodes never send the same mail (rows are claimed with SKIP LOCKED).
 * E-mails never carry health data: only that there is something to see in Liaison, and a link.
 */
package org.liaison.mail;
