package org.liaison.careteam;

import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;

/** Proof that a caller may work on one patient's file today, and as what. */
public record AccessGrant(Caller caller, ProfessionalView actor, CareTeamRole role) {}
