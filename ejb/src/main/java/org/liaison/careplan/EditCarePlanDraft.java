package org.liaison.careplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liaison.careplan.CarePlanContent.ActionStatus;
import org.liaison.careplan.CarePlanContent.ProblemDomain;

/**
 * Command: the whole content of the draft. Items keep their {@code id} from one save to the next;
 * the client chooses ids (UUIDs) for new items, so that a goal can name a problem sent in the same
 * request. An action names at most one assignee: a professional of the team or a structure.
 */
public record EditCarePlanDraft(
    @NotNull @Size(max = CarePlanContent.MAX_ITEMS) List<@Valid @NotNull ProblemInput> problems,
    @NotNull @Size(max = CarePlanContent.MAX_ITEMS) List<@Valid @NotNull GoalInput> goals,
    @NotNull @Size(max = CarePlanContent.MAX_ITEMS) List<@Valid @NotNull ActionInput> actions) {

  public record ProblemInput(
      UUID id,
      @NotNull ProblemDomain domain,
      @NotBlank @Size(max = CarePlanContent.MAX_TEXT) String description) {}

  public record GoalInput(
      UUID id,
      UUID problemId,
      @NotBlank @Size(max = CarePlanContent.MAX_TEXT) String description) {}

  public record ActionInput(
      UUID id,
      UUID goalId,
      @NotBlank @Size(max = CarePlanContent.MAX_TEXT) String description,
      UUID assigneeProfessionalId,
      UUID assigneeStructureId,
      LocalDate dueOn,
      ActionStatus status) {}
}
