package org.liaison.careplan;

import java.util.List;
import java.util.UUID;
import org.liaison.careteam.CarePlanDelegationView;
import org.liaison.directory.StructureView;

/**
 * A patient's care plan as the API shows it to one caller: what he or she may do, the draft being
 * prepared and the last validated version, all versions, reviews and what is overdue. {@code
 * revision} is the ETag to send back with a change. {@code delegation}: the open delegation of
 * authoring, if any; {@code coordinationStructure}: the structure the GP may delegate it to.
 */
public record CarePlanView(
    UUID fileId,
    boolean started,
    long revision,
    boolean mayAuthor,
    boolean mayValidate,
    UUID myProfessionalId,
    VersionView draft,
    VersionView validated,
    List<VersionSummaryView> versions,
    List<ReviewView> reviews,
    long overdueActions,
    long overdueReviews,
    CarePlanDelegationView delegation,
    StructureView coordinationStructure) {}
