package org.liaison.directory;

import java.util.List;
import java.util.UUID;

/** A structure with its contact and services, for the directory's structure page. */
public record StructureDetailView(
    UUID id,
    String name,
    StructureType type,
    String commune,
    String postalCode,
    String phone,
    String email,
    List<HealthcareServiceView> services) {}
