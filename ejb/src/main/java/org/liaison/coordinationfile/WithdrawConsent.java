package org.liaison.coordinationfile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Command: record that consent was withdrawn. */
public record WithdrawConsent(
    @NotNull @PastOrPresent LocalDate withdrawnOn, @Size(max = 500) String reason) {}
