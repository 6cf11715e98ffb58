package org.liaison.directory;

import java.util.UUID;

/** A service of a structure as the API shows it. */
public record HealthcareServiceView(UUID id, String name, String phone) {}
