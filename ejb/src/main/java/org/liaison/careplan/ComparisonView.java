package org.liaison.careplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.liaison.careplan.CarePlanContent.Action;
import org.liaison.careplan.CarePlanContent.Goal;
import org.liaison.careplan.CarePlanContent.Problem;

/** What changed from one version to another, item by item (matched by id). */
public record ComparisonView(
    int from, int to, Changes<Problem> problems, Changes<Goal> goals, Changes<Action> actions) {

  public record Changes<T>(List<T> added, List<T> removed, List<Change<T>> changed) {}

  public record Change<T>(T before, T after) {}

  static ComparisonView between(int from, CarePlanContent before, int to, CarePlanContent after) {
    return new ComparisonView(
        from,
        to,
        changes(before.problems(), after.problems(), Problem::id),
        changes(before.goals(), after.goals(), Goal::id),
        changes(
            before.actions().stream().map(Action::withoutComments).toList(),
            after.actions().stream().map(Action::withoutComments).toList(),
            Action::id));
  }

  private static <T> Changes<T> changes(List<T> before, List<T> after, Function<T, UUID> id) {
    var old = new LinkedHashMap<UUID, T>();
    before.forEach(item -> old.put(id.apply(item), item));
    var added = new ArrayList<T>();
    var changed = new ArrayList<Change<T>>();
    for (var item : after) {
      var previous = old.remove(id.apply(item));
      if (previous == null) {
        added.add(item);
      } else if (!Objects.equals(previous, item)) {
        changed.add(new Change<>(previous, item));
      }
    }
    return new Changes<>(added, List.copyOf(old.values()), changed);
  }
}
