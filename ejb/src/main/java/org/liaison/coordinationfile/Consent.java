package org.liaison.coordinationfile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * Consent to share the patient's data: who gave it, when, for what scope; and its withdrawal, which
 * is recorded, not erased.
 */
@Embeddable
public record Consent(
    @Column(name = "consent_given_by", length = 200) String givenBy,
    @Enumerated(EnumType.STRING) @Column(name = "consent_relationship", length = 30)
        ConsentRelationship relationship,
    @Column(name = "consent_given_on") LocalDate givenOn,
    @Enumerated(EnumType.STRING) @Column(name = "consent_scope", length = 30) ConsentScope scope,
    @Column(name = "consent_withdrawn_on") LocalDate withdrawnOn,
    @Column(name = "consent_withdrawal_reason", length = 500) String withdrawalReason) {

  public boolean withdrawn() {
    return withdrawnOn != null;
  }
}
