package org.liaison.careteam;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Command: add a professional of the directory to a patient's team with a role, from {@code since}
 * (default: today) to {@code until} (default: no end).
 */
public record AddCareTeamMember(
    @NotNull UUID professionalId, @NotNull CareTeamRole role, LocalDate since, LocalDate until) {}
