package org.liaison.coordinationfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.liaison.directory.ProfessionalView;
import org.liaison.directory.StructureView;

/**
 * A signal as its sender and the receiving structure see it; {@code fileId} once accepted (the
 * sender, who is not in the team, cannot open it unless added).
 */
public record SignalView(
    UUID id,
    StructureView to,
    StructureView from,
    ProfessionalView sentBy,
    Instant sentAt,
    String firstName,
    String lastName,
    LocalDate birthDate,
    Sex sex,
    Address address,
    String phone,
    String formTitle,
    String summary,
    boolean personInformed,
    Signal.Status status,
    ProfessionalView answeredBy,
    Instant answeredAt,
    String answerComment,
    UUID fileId,
    long version) {}
