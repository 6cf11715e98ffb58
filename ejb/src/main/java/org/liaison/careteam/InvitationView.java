package org.liaison.careteam;

import java.time.Instant;
import java.util.UUID;
import org.liaison.directory.Profession;

/** An invitation as the team's case manager sees it. */
public record InvitationView(
    UUID id,
    String email,
    String firstName,
    String lastName,
    Profession profession,
    CareTeamRole role,
    CareTeamInvitation.Status status,
    Instant invitedAt,
    Instant expiresAt) {}
