package org.liaison.coordinationfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.liaison.directory.ProfessionalView;
import org.liaison.directory.StructureView;

/**
 * An orientation request as its sender and its receiving structure see it: the patient's identity
 * (what the receiving structure needs to answer), the summary and where it stands.
 */
public record OrientationRequestView(
    UUID id,
    UUID fileId,
    String patientFirstName,
    String patientLastName,
    LocalDate patientBirthDate,
    Sex patientSex,
    String patientCity,
    StructureView from,
    StructureView to,
    OrientationRequest.Kind kind,
    String summary,
    OrientationRequest.Status status,
    ProfessionalView sentBy,
    Instant sentAt,
    ProfessionalView answeredBy,
    Instant answeredAt,
    String answerComment,
    LocalDate admittedOn,
    long version) {}
