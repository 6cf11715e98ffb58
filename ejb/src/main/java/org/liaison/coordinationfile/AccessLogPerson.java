package org.liaison.coordinationfile;

import java.util.UUID;
import org.liaison.directory.Profession;

/**
 * Someone of an access log as a reader knows him: by name, profession and structure. A login the
 * directory no longer knows is shown as it is ({@code name} is the login, the rest is null).
 */
public record AccessLogPerson(
    UUID id, String username, String name, Profession profession, String structure) {}
