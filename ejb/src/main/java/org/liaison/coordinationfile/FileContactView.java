package org.liaison.coordinationfile;

import java.util.UUID;

/** A contact of the patient as the API shows it. */
public record FileContactView(
    UUID id, ContactKind kind, String name, String relationship, String phone, String email) {}
