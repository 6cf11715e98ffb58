package org.liaison.careplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Command: schedule a review (bilan) of the plan. */
public record ScheduleReview(
    @NotNull LocalDate dueOn, @NotBlank @Size(max = CarePlanReview.MAX_PURPOSE) String purpose) {}
