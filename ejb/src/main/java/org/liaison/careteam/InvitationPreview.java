package org.liaison.careteam;

import java.time.Instant;
import java.util.UUID;

/**
 * What the holder of an invitation link sees before accepting: who invites, as what, for which
 * patient (initials only: the invitee is not in the team yet).
 */
public record InvitationPreview(
    UUID fileId,
    String patientInitials,
    String invitedBy,
    String invitedByStructure,
    CareTeamRole role,
    String firstName,
    String lastName,
    CareTeamInvitation.Status status,
    Instant expiresAt) {}
