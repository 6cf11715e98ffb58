package org.liaison.coordinationfile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Command: send an orientation or admission request to a structure, with a summary. */
public record SendOrientationRequest(
    @NotNull UUID toStructureId,
    @NotNull OrientationRequest.Kind kind,
    @NotBlank @Size(max = 4000) String summary) {}
