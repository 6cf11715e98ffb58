package org.liaison.careteam;

import jakarta.validation.constraints.Size;

/** Command: leave a team or remove a member, with an optional reason. */
public record EndMembership(@Size(max = 500) String reason) {}
