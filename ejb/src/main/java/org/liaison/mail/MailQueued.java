package org.liaison.mail;

/** Mail was put in the outbox by a transaction (observed after it commits). */
public record MailQueued() {}
