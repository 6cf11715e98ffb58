package org.liaison.careteam;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Command: change when a membership starts and ends ({@code until} null: no end). */
public record ChangeMembershipPeriod(@NotNull LocalDate since, LocalDate until) {}
