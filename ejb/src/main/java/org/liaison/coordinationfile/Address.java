package org.liaison.coordinationfile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address in France. */
@Embeddable
public record Address(
    @Column(name = "address_line", nullable = false, length = 200) @NotBlank @Size(max = 200)
        String line,
    @Column(name = "postal_code", nullable = false, length = 5)
        @NotBlank
        @Pattern(regexp = "[0-9]{5}", message = "must be 5 digits")
        String postalCode,
    @Column(name = "city", nullable = false, length = 100) @NotBlank @Size(max = 100)
        String city) {}
