package org.liaison.careteam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.liaison.directory.ProfessionalView;

/**
 * A member of a care team as the API shows it; {@code active} says whether access is open today.
 */
public record CareTeamMemberView(
    UUID id,
    ProfessionalView professional,
    CareTeamRole role,
    LocalDate since,
    LocalDate until,
    Instant endedAt,
    String endReason,
    boolean active,
    long version) {}
