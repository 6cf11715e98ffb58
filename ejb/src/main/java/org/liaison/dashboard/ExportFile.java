package org.liaison.dashboard;

/** A file to download: its name, media type and bytes. */
public record ExportFile(String filename, String mediaType, byte[] content) {}
