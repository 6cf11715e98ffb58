package org.liaison.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liaison.careplan.CarePlanContent.ActionStatus;
import org.liaison.careplan.CarePlanContent.Assignee;
import org.liaison.careplan.CarePlanContent.Comment;
import org.liaison.careplan.CarePlanContent.Goal;
import org.liaison.careplan.CarePlanContent.Problem;

/** One version with its content, the actions marked overdue and those of the caller. */
public record VersionView(
    int number,
    String status,
    Instant createdAt,
    String createdByName,
    Instant validatedAt,
    String validatedByName,
    String contentHash,
    List<Problem> problems,
    List<Goal> goals,
    List<ActionView> actions) {

  /** An action as one caller sees it. */
  public record ActionView(
      UUID id,
      UUID goalId,
      String description,
      Assignee assignee,
      LocalDate dueOn,
      ActionStatus status,
      boolean overdue,
      boolean mine,
      List<Comment> comments) {}

  static VersionView of(CarePlanVersion version, LocalDate today, UUID me, UUID myStructure) {
    var summary = version.summary();
    var content = version.content();
    return new VersionView(
        summary.number(),
        summary.status(),
        summary.createdAt(),
        summary.createdByName(),
        summary.validatedAt(),
        summary.validatedByName(),
        summary.contentHash(),
        content.problems(),
        content.goals(),
        content.actions().stream()
            .map(
                a ->
                    new ActionView(
                        a.id(),
                        a.goalId(),
                        a.description(),
                        a.assignee(),
                        a.dueOn(),
                        a.status(),
                        a.isOverdue(today),
                        a.isAssignedTo(me, myStructure),
                        a.comments()))
            .toList());
  }
}
