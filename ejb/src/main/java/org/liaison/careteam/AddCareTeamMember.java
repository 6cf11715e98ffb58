package org.liaison.careteam;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Command: add a professional of the directory to a patient's team with a role. */
public record AddCareTeamMember(@NotNull UUID professionalId, @NotNull CareTeamRole role) {}
