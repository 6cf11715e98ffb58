/**
 * Messaging: secure conversations about one patient (members: its care team, plus resource teams
 * called in) or about a topic (members chosen), mentions, unread counts, hand-over to a colleague,
 * and a message turned into a logbook entry. New messages are pushed live to the members.
 */
package org.liaison.messaging;
