package org.liaison.mail;

/** An e-mail to write: plain text, in French then English, with no health data in it. */
public record Mail(String to, String subject, String body) {}
