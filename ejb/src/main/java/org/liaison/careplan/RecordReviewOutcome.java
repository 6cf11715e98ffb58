package org.liaison.careplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Command: what a review concluded; it may open the next version of the plan. */
public record RecordReviewOutcome(
    @NotNull LocalDate heldOn,
    @NotBlank @Size(max = CarePlanReview.MAX_OUTCOME) String outcome,
    Boolean openNextVersion) {}
