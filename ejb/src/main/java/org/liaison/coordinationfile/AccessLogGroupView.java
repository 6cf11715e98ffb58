package org.liaison.coordinationfile;

import java.time.Instant;
import org.liaison.audit.AuditAction;

/**
 * One line of the grouped access log: what one person did to one part of the file within one hour
 * (Paris time, {@code hour} is its start), {@code count} times, from {@code first} to {@code last}.
 */
public record AccessLogGroupView(
    Instant hour,
    AccessLogPerson person,
    AuditAction action,
    String resource,
    long count,
    Instant first,
    Instant last,
    boolean emergency) {}
