package org.liaison.careplan;

import jakarta.validation.constraints.Size;
import org.liaison.careplan.CarePlanContent.ActionStatus;

/** Command: the person in charge of an action says how far it has gone, with a comment. */
public record ActionProgress(
    ActionStatus status, @Size(max = CarePlanContent.MAX_TEXT) String comment) {}
