package org.liaison.audit;

import java.util.UUID;

/** Somebody's access to one patient's file, for a record written with others in one statement. */
public record FileAccess(UUID fileId, AuditedActor actor) {}
