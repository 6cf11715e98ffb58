package org.liaison.careteam;

import java.time.Instant;
import org.liaison.directory.ProfessionalView;
import org.liaison.directory.StructureView;

/** The open delegation of care-plan authoring: to which structure, by which GP, since when. */
public record CarePlanDelegationView(
    StructureView structure, ProfessionalView delegatedBy, Instant delegatedAt) {}
