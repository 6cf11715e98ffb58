package org.liaison.logbook;

import java.util.UUID;

/** An attachment as the API lists it (its content is read separately). */
public record AttachmentView(UUID id, String name, String mediaType, int size) {}
