package org.liaison.careteam;

import java.time.Instant;
import java.util.UUID;
import org.liaison.directory.ProfessionalView;

/** An emergency access as the team and the access log show it. */
public record EmergencyAccessView(
    UUID id,
    UUID fileId,
    ProfessionalView professional,
    String reason,
    Instant grantedAt,
    Instant expiresAt) {}
