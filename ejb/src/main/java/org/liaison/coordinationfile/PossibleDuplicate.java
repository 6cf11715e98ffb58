package org.liaison.coordinationfile;

import java.util.UUID;

/**
 * A file that may be about the person whose file is being opened: the same INS, or the same last
 * name, first name and birth date. {@code fileId} and {@code patientName} only when the asker may
 * open it; otherwise only the structure that follows the person, to ask it.
 */
public record PossibleDuplicate(
    UUID fileId, String patientName, UUID structureId, String structureName, String matchedBy) {}
