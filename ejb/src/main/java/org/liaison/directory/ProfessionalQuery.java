package org.liaison.directory;

import java.util.UUID;

/** Search of the directory: free text (name), profession, commune, structure; all optional. */
public record ProfessionalQuery(
    String text, Profession profession, String commune, UUID structureId) {}
