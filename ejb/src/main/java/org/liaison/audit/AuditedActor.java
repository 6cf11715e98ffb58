package org.liaison.audit;

import java.util.UUID;

/**
 * Who reads or changes patient data, as the audit records it: the directory entry, the login, and
 * whether the access is an emergency (break-glass) access, which the access log flags.
 */
public record AuditedActor(UUID id, String username, boolean emergency) {}
