package org.liaison.forms;

import java.util.List;

/** A form with all its versions (newest first), for its designers. */
public record FormView(FormSummaryView form, List<FormVersionView> versions) {}
