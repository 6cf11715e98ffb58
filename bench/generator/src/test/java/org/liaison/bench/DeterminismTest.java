package org.liaison.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  private static Model.Pro demo(UUID id, String structure, String username, String profession) {
    var p = new Model.Pro();
    p.id = id;
    p.structureId = UUID.fromString(structure);
    p.username = username;
    p.first = username == null ? "X" : username.split("\\.")[0];
    p.last = "Demo";
    p.profession = profession;
    p.demo = true;
    return p;
  }

  static Model model(long seed) {
    Map<UUID, Model.Pro> d = new HashMap<>();
    String dac1 = "5a000000-0000-4000-8000-000000000001", dac2 = "5a000000-0000-4000-8000-000000000002";
    String other = "5a000000-0000-4000-8000-000000000003";
    d.put(Model.ISABELLE, demo(Model.ISABELLE, dac1, "isabelle.martin", "CASE_MANAGER"));
    d.put(Model.PAUL, demo(Model.PAUL, dac2, "paul.lefevre", "CASE_MANAGER"));
    d.put(Model.SOPHIE, demo(Model.SOPHIE, dac1, "sophie.garnier", "COORDINATOR"));
    d.put(Model.LUCIE, demo(Model.LUCIE, other, "lucie.petit", "HOME_AIDE"));
    d.put(Model.HENRI, demo(Model.HENRI, other, "henri.moreau", "GP"));
    d.put(Model.CLAIRE, demo(Model.CLAIRE, other, "claire.dubois", "NURSE"));
    d.put(Model.MARC, demo(Model.MARC, other, null, "PHARMACIST"));
    d.put(Model.NADIA, demo(Model.NADIA, other, null, "SOCIAL_WORKER"));
    d.put(Model.THOMAS, demo(Model.THOMAS, other, null, "PHYSIOTHERAPIST"));
    var m = new Model(seed, 0.05, LocalDate.of(2026, 12, 3), Set.of(), Set.of("isabelle.martin"), 10_500);
    m.buildDirectory(List.copyOf(d.values()));
    m.buildFiles();
    m.assignCaseManagers(50);
    m.buildTeams();
    m.placeDemoUsers(d, 50);
    m.allocateActivity(50_000, 1_500, 5_000, 10_000, 250);
    return m;
  }

  private static String fingerprint(Model m) {
    return m.files.stream()
        .map(f -> f.id + f.ins + f.first + f.last + f.birth + f.status + f.statusSince + f.cm.id
            + f.team.stream().map(x -> x.pro.id + x.role + x.since).collect(Collectors.joining())
            + f.entries + "/" + f.submissions + "/" + f.appointments + "/" + f.plan)
        .collect(Collectors.joining("\n"));
  }

  @Test
  void sameSeedGivesTheSameRegion() {
    assertEquals(fingerprint(model(15)), fingerprint(model(15)));
  }

  @Test
  void anotherSeedGivesAnotherRegion() {
    assertNotEquals(fingerprint(model(15)), fingerprint(model(16)));
  }

  @Test
  void theBenchFileHasTheDemoUsersInItsTeamAndTheCountsAreExact() {
    var m = model(15);
    var team = m.benchFile.team.stream().map(x -> x.pro.username).collect(Collectors.toSet());
    assertTrue(team.containsAll(Set.of("isabelle.martin", "lucie.petit", "claire.dubois", "henri.moreau")), team.toString());
    assertEquals("INCLUDED", m.benchFile.status);
    assertEquals(10_500, m.benchFile.entries);
    assertEquals(5_000, m.files.stream().mapToInt(f -> f.submissions).sum());
    assertEquals(10_000, m.files.stream().mapToInt(f -> f.appointments).sum());
    assertTrue(m.files.stream().allMatch(f -> f.team.size() >= 3 && f.team.size() <= 8));
    assertEquals(m.files.size(), m.files.stream().map(f -> f.ins == null ? f.id.toString() : f.ins).distinct().count());
  }
}
