package org.liaison.coordinationfile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Command: record that consent was given. */
public record GiveConsent(
    @NotBlank @Size(max = 200) String givenBy,
    @NotNull ConsentRelationship relationship,
    @NotNull @PastOrPresent LocalDate givenOn,
    @NotNull ConsentScope scope) {}
