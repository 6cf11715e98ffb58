package org.liaison.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who appears in a file's access log (each professional's id and the login he used) and the parts
 * of the file it names.
 */
public record AuditFacets(Map<UUID, String> actors, List<String> resources) {}
