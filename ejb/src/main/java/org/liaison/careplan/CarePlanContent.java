package org.liaison.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What one version of a care plan says: problems and needs found, goals, and the actions that
 * answer them. Stored as a JSON document with its version; immutable (changes return a copy).
 */
public record CarePlanContent(List<Problem> problems, List<Goal> goals, List<Action> actions) {

  public static final int MAX_ITEMS = 200;
  public static final int MAX_TEXT = 1000;

  public CarePlanContent {
    problems = List.copyOf(problems == null ? List.of() : problems);
    goals = List.copyOf(goals == null ? List.of() : goals);
    actions = List.copyOf(actions == null ? List.of() : actions);
  }

  static CarePlanContent empty() {
    return new CarePlanContent(List.of(), List.of(), List.of());
  }

  public enum ProblemDomain {
    HEALTH,
    AUTONOMY,
    SOCIAL,
    HOUSING,
    CAREGIVER,
    OTHER
  }

  public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    boolean isOpen() {
      return this == PLANNED || this == IN_PROGRESS;
    }
  }

  public enum AssigneeKind {
    PROFESSIONAL,
    STRUCTURE
  }

  /** A problem or need found by the assessment. */
  public record Problem(UUID id, ProblemDomain domain, String description) {}

  /** What the team aims at, for one problem or in general. */
  public record Goal(UUID id, UUID problemId, String description) {}

  /** Who does an action: a professional of the team, or a structure of the directory. */
  public record Assignee(AssigneeKind kind, UUID id, String name) {}

  /** A remark left on an action by whoever updated it. */
  public record Comment(String authorName, Instant at, String text) {}

  /** What is done, by whom, by when, and how far it has gone. */
  public record Action(
      UUID id,
      UUID goalId,
      String description,
      Assignee assignee,
      LocalDate dueOn,
      ActionStatus status,
      List<Comment> comments) {

    public Action {
      comments = List.copyOf(comments == null ? List.of() : comments);
    }

    boolean isOverdue(LocalDate today) {
      return dueOn != null && dueOn.isBefore(today) && status.isOpen();
    }

    boolean isAssignedTo(UUID professionalId, UUID structureId) {
      return assignee != null
          && (assignee.kind() == AssigneeKind.PROFESSIONAL
              ? assignee.id().equals(professionalId)
              : assignee.id().equals(structureId));
    }

    Action progressed(ActionStatus newStatus, Comment comment) {
      var all = new ArrayList<>(comments);
      if (comment != null) {
        all.add(comment);
      }
      return new Action(
          id, goalId, description, assignee, dueOn, newStatus == null ? status : newStatus, all);
    }

    /** The action without its comments: what a comparison of versions looks at. */
    Action withoutComments() {
      return new Action(id, goalId, description, assignee, dueOn, status, List.of());
    }
  }

  Optional<Action> action(UUID actionId) {
    return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
  }

  CarePlanContent withAction(Action changed) {
    return new CarePlanContent(
        problems,
        goals,
        actions.stream().map(a -> a.id().equals(changed.id()) ? changed : a).toList());
  }

  boolean isEmpty() {
    return problems.isEmpty() && goals.isEmpty() && actions.isEmpty();
  }

  /** Professionals newly in charge of an action, compared with {@code before}. */
  List<UUID> newlyAssignedProfessionals(CarePlanContent before) {
    var result = new ArrayList<UUID>();
    for (var action : actions) {
      if (action.assignee() == null || action.assignee().kind() != AssigneeKind.PROFESSIONAL) {
        continue;
      }
      var previous = before.action(action.id()).map(Action::assignee).orElse(null);
      if (!Objects.equals(previous, action.assignee())
          && !result.contains(action.assignee().id())) {
        result.add(action.assignee().id());
      }
    }
    return result;
  }
}
