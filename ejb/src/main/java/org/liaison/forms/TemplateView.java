package org.liaison.forms;

/** A form shipped with Liaison, to copy into a structure and use or adapt. */
public record TemplateView(String key, String title, String description) {}
