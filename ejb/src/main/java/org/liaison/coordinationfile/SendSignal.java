package org.liaison.coordinationfile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.UUID;

/**
 * Command: signal a person to a coordination structure: who (as well as the sender knows), the
 * answers of the structure's orientation form ({@code questionId → value}) and whether the person
 * (or a representative) was told and agrees.
 */
public record SendSignal(
    @NotNull UUID toStructureId,
    @NotNull @Valid PatientIdentity person,
    Map<String, Object> answers,
    boolean personInformed) {}
