package org.liaison.logbook;

/** An attachment's bytes with the type found in them and the name to offer for saving. */
public record AttachmentContent(String name, String mediaType, byte[] content) {}
