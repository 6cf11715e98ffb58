package org.liaison.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds care-plan drafts for the API: {@code aDraft().withProblem(...).withAction(...)}. */
public final class CarePlans {

  private final List<Map<String, Object>> problems = new ArrayList<>();
  private final List<Map<String, Object>> goals = new ArrayList<>();
  private final List<Map<String, Object>> actions = new ArrayList<>();

  private CarePlans() {}

  public static CarePlans aDraft() {
    return new CarePlans();
  }

  public static String path(String fileId) {
    return "/api/patients/" + fileId + "/care-plan";
  }

  /** A new file whose team has the demo GP and nurse, with a started plan; the plan's ETag. */
  public static String startedPlan(String fileId) {
    Files.addToTeam(fileId, DemoData.GP_ID, "GP");
    Files.addToTeam(fileId, DemoData.NURSE_ID, "NURSE");
    var started = Api.as(DemoData.GP).post(path(fileId), Map.of());
    assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
    return started.header("ETag").orElseThrow();
  }

  public CarePlans withProblem(String id, String domain, String description) {
    problems.add(Map.of("id", id, "domain", domain, "description", description));
    return this;
  }

  public CarePlans withGoal(String id, String problemId, String description) {
    var goal = new LinkedHashMap<String, Object>();
    goal.put("id", id);
    goal.put("problemId", problemId);
    goal.put("description", description);
    goals.add(goal);
    return this;
  }

  public CarePlans withAction(String id, String description, String assigneeId, String dueOn) {
    var action = new LinkedHashMap<String, Object>();
    action.put("id", id);
    action.put("description", description);
    action.put("assigneeProfessionalId", assigneeId);
    action.put("dueOn", dueOn);
    actions.add(action);
    return this;
  }

  public CarePlans withAction(Map<String, Object> action) {
    actions.add(action);
    return this;
  }

  public static String newId() {
    return UUID.randomUUID().toString();
  }

  public Map<String, Object> build() {
    return Map.of("problems", problems, "goals", goals, "actions", actions);
  }
}
