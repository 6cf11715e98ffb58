package org.liaison.coordinationfile;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Command: how the file is followed: who referred the patient, the catchment area (bassin de vie or
 * commune), and the assigned case manager (a case manager of the team).
 */
public record CoordinationDetails(
    ReferralOrigin referralOrigin,
    @Size(max = 200) String referralDetail,
    @Size(max = 100) String catchmentArea,
    UUID caseManagerId) {}
