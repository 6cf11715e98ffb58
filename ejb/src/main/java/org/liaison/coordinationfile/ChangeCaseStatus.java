package org.liaison.coordinationfile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Command: move the file in the case workflow, from a date (default: today), with a reason; a
 * discharge also says why, from the list of {@link ExitReason}s. An inclusion without a recorded
 * consent says why it could not be collected ({@code consentNotCollected}).
 */
public record ChangeCaseStatus(
    @NotNull CaseStatus to,
    @PastOrPresent LocalDate effectiveOn,
    @NotBlank @Size(max = 1000) String reason,
    ExitReason exitReason,
    @Size(max = 500) String consentNotCollected) {

  public ChangeCaseStatus(CaseStatus to, LocalDate effectiveOn, String reason) {
    this(to, effectiveOn, reason, null, null);
  }

  public ChangeCaseStatus(
      CaseStatus to, LocalDate effectiveOn, String reason, ExitReason exitReason) {
    this(to, effectiveOn, reason, exitReason, null);
  }
}
