package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Dashboards.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.Stack;

/**
 * The structure's indicators against an independent computation over whatever the database holds
 * for the demo DAC (the demo data, every other IT's files, generated data when there is some): the
 * raw rows read one by one and the figures computed here in Java, not with the dashboard's SQL: the
 * case flow, the case load by area, the origins, age by sex, care plans opened, forms submitted and
 * the logbook by category.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardRecomputationIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  private record Change(String file, String from, String to, LocalDate on, String exitReason) {}

  private record FileRow(String sex, LocalDate born, String origin, String area) {}

  @Test
  void everyCountedFigureEqualsTheOneComputedFromTheRawHistory() throws Exception {
    var to = LocalDate.now(PARIS);
    // a period nobody asked before: the figures are computed now, not read from the cache
    var from = to.minusYears(5).plusDays(ThreadLocalRandom.current().nextInt(300));
    var changes = new ArrayList<Change>();
    var files = new HashMap<String, FileRow>();
    var entriesByCategory = new TreeMap<String, Long>();
    var plansOpened = new HashSet<String>();
    var submissionsByForm = new TreeMap<String, Long>();
    var meetingsHeld = new HashSet<String>();
    long requestsSent = 0;
    var girs = new HashMap<String, java.util.TreeMap<java.time.Instant, Integer>>();
    long decisions = 0;
    try (var c = DriverManager.getConnection(Stack.DB_URL, "liaison", "liaison")) {
      try (var s =
          c.prepareStatement(
              "select c.file_id, c.from_status, c.to_status, c.effective_on, c.exit_reason"
                  + " from case_status_change c"
                  + " join coordination_file f on f.id = c.file_id where f.structure_id = cast(? as uuid)"
                  + " order by c.file_id, c.effective_on, c.recorded_at, c.id")) {
        s.setString(1, DemoData.DAC_ID);
        try (var r = s.executeQuery()) {
          while (r.next()) {
            changes.add(
                new Change(
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getDate(4).toLocalDate(),
                    r.getString(5)));
          }
        }
      }
      try (var s =
          c.prepareStatement(
              "select id, sex, birth_date, referral_origin, catchment_area from coordination_file"
                  + " where structure_id = cast(? as uuid)")) {
        s.setString(1, DemoData.DAC_ID);
        try (var r = s.executeQuery()) {
          while (r.next()) {
            files.put(
                r.getString(1),
                new FileRow(
                    r.getString(2), r.getDate(3).toLocalDate(), r.getString(4), r.getString(5)));
          }
        }
      }
      try (var s =
          c.prepareStatement(
              "select e.category, e.written_at from logbook_entry e join coordination_file f"
                  + " on f.id = e.file_id where f.structure_id = cast(? as uuid)")) {
        s.setString(1, DemoData.DAC_ID);
        try (var r = s.executeQuery()) {
          while (r.next()) {
            var day = r.getTimestamp(2).toInstant().atZone(PARIS).toLocalDate();
            if (!day.isBefore(from) && !day.isAfter(to)) {
              entriesByCategory.merge(r.getString(1), 1L, Long::sum);
            }
          }
        }
      }
      try (var s =
          c.prepareStatement(
              "select p.id, p.started_at from care_plan p join coordination_file f"
                  + " on f.id = p.file_id where f.structure_id = cast(? as uuid)")) {
        s.setString(1, DemoData.DAC_ID);
        try (var r = s.executeQuery()) {
          while (r.next()) {
            if (inPeriod(r.getTimestamp(2).toInstant().atZone(PARIS).toLocalDate(), from, to)) {
              plansOpened.add(r.getString(1));
            }
          }
        }
      }
      try (var s =
          c.prepareStatement(
              "select fs.form_id, fs.submitted_at from form_submission fs join coordination_file f"
                  + " on f.id = fs.file_id where f.structure_id = cast(? as uuid)"
                  + " and fs.status = 'SUBMITTED'")) {
        s.setString(1, DemoData.DAC_ID);
        try (var r = s.executeQuery()) {
          while (r.next()) {
            if (inPeriod(r.getTimestamp(2).toInstant().atZone(PARIS).toLocalDate(), from, to)) {
              submissionsByForm.merge(r.getString(1), 1L, Long::sum);
            }
          }
        }
      }
      try (var s =
          c.prepareStatement(
              "select a.id, a.starts_at, mp.decision from appointment a join meeting_patient mp"
                  + " on mp.meeting_id = a.id join coordination_file f on f.id = mp.file_id"
                  + " where f.structure_id = cast(? as uuid) and a.kind = 'MEETING'"
                  + " and a.cancelled_at is null")) {
        s.setString(1, DemoData.DAC_ID);
        try (var r = s.executeQuery()) {
          while (r.next()) {
            var start = r.getTimestamp(2).toInstant();
            if (inPeriod(start.atZone(PARIS).toLocalDate(), from, to)) {
              if (start.isBefore(java.time.Instant.now())) {
                meetingsHeld.add(r.getString(1));
              }
              decisions += r.getString(3) == null ? 0 : 1;
            }
          }
        }
      }
      try (var s =
          c.prepareStatement(
              "select o.sent_at from orientation_request o join coordination_file f"
                  + " on f.id = o.file_id where f.structure_id = cast(? as uuid)")) {
        s.setString(1, DemoData.DAC_ID);
        try (var r = s.executeQuery()) {
          while (r.next()) {
            requestsSent +=
                inPeriod(r.getTimestamp(1).toInstant().atZone(PARIS).toLocalDate(), from, to)
                    ? 1
                    : 0;
          }
        }
      }
      try (var s =
          c.prepareStatement(
              "select fs.file_id, fs.submitted_at, fs.scores from form_submission fs"
                  + " join form fo on fo.id = fs.form_id join coordination_file f"
                  + " on f.id = fs.file_id where f.structure_id = cast(? as uuid)"
                  + " and fo.template_key = 'aggir' and fs.status = 'SUBMITTED'")) {
        s.setString(1, DemoData.DAC_ID);
        try (var r = s.executeQuery()) {
          while (r.next()) {
            for (var score : JSON.readTree(r.getString(3))) {
              if ("gir".equals(score.path("id").asText())) {
                girs.computeIfAbsent(r.getString(1), k -> new java.util.TreeMap<>())
                    .put(r.getTimestamp(2).toInstant(), score.get("value").asInt());
              }
            }
          }
        }
      }
    }
    var reply =
        Api.as(DemoData.STRUCTURE_ADMIN)
            .get("/api/dashboards/structures/" + DemoData.DAC_ID + "?from=" + from + "&to=" + to);
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
    var view = reply.json();

    // per file, its steps in order: a status from its date to the day before the next one
    var byFile = new TreeMap<String, List<Change>>();
    changes.forEach(ch -> byFile.computeIfAbsent(ch.file(), k -> new ArrayList<>()).add(ch));
    var events = new HashMap<String, Set<String>>();
    var active = new HashSet<String>();
    var stock = new HashSet<String>();
    var requestsByOrigin = new HashMap<String, Set<String>>();
    var decisionDays = new ArrayList<Double>();
    var exitReasons = new HashMap<String, Set<String>>();
    for (var e : byFile.entrySet()) {
      var steps = e.getValue();
      for (int i = 0; i < steps.size(); i++) {
        var ch = steps.get(i);
        var next = i + 1 < steps.size() ? steps.get(i + 1).on() : null;
        if ("INCLUDED".equals(ch.to())) {
          if (!ch.on().isAfter(to) && (next == null || !next.isBefore(from))) {
            active.add(ch.file());
          }
          if (!ch.on().isAfter(to) && (next == null || next.isAfter(to))) {
            stock.add(ch.file());
          }
        }
        if (ch.on().isBefore(from) || ch.on().isAfter(to)) {
          continue;
        }
        var kind = kind(ch);
        if (kind != null) {
          events.computeIfAbsent(kind, k -> new HashSet<>()).add(ch.file());
        }
        if ("REQUEST_ANALYSIS".equals(ch.to())) {
          var origin = files.get(ch.file()).origin();
          requestsByOrigin
              .computeIfAbsent(origin == null ? "unknown" : origin, k -> new HashSet<>())
              .add(ch.file());
        }
        if ("REQUEST_ANALYSIS".equals(ch.from())
            && List.of("INCLUDED", "REORIENTED_T1", "DECEASED").contains(ch.to())) {
          events.computeIfAbsent("decisions", k -> new HashSet<>()).add(ch.file());
          if (i > 0) {
            decisionDays.add((double) (ch.on().toEpochDay() - steps.get(i - 1).on().toEpochDay()));
          }
        }
        if ("DISCHARGED".equals(ch.to())) {
          exitReasons
              .computeIfAbsent(
                  ch.exitReason() == null ? "unspecified" : ch.exitReason(), k -> new HashSet<>())
              .add(ch.file());
        }
      }
    }
    assertThat(events.get("requests")).as("a history to compare with").isNotEmpty();
    var flow = current(view, "caseFlow");
    for (var row :
        List.of(
            "requests",
            "decisions",
            "inclusions",
            "reorientationsT1",
            "deathsT1",
            "reorientationsT2",
            "discharges",
            "deaths")) {
      assertThat(flow.get(row))
          .as(row)
          .isEqualTo((double) events.getOrDefault(row, Set.of()).size());
    }
    assertThat(flow.get("fileActive")).isEqualTo((double) active.size());
    assertThat(flow.get("stockEnd")).isEqualTo((double) stock.size());

    var origins = current(view, "origins");
    requestsByOrigin.forEach(
        (origin, set) -> assertThat(origins.get(origin)).as(origin).isEqualTo((double) set.size()));

    var ages = new HashMap<String, Integer>();
    for (var id : active) {
      var f = files.get(id);
      int age = Period.between(f.born(), to).getYears();
      var band =
          age < 60 ? "lt60" : age < 75 ? "60-74" : age < 85 ? "75-84" : age < 95 ? "85-94" : "ge95";
      ages.merge(band + "/" + f.sex(), 1, Integer::sum);
    }
    var table = table(view, "ageBySex");
    var sexes = new ArrayList<String>();
    table.get("columns").forEach(col -> sexes.add(col.get("key").asText()));
    for (var row : table.get("rows")) {
      for (int i = 0; i < sexes.size(); i++) {
        var key = row.get("key").asText() + "/" + sexes.get(i);
        assertThat(row.get("cells").get(i).get("value").asDouble())
            .as(key)
            .isEqualTo((double) ages.getOrDefault(key, 0));
      }
    }

    var stockByArea = new HashMap<String, Integer>();
    stock.forEach(
        id -> {
          var area = files.get(id).area();
          stockByArea.merge(area == null ? "—" : area, 1, Integer::sum);
        });
    var byArea = current(view, "caseLoadByArea");
    assertThat(byArea).hasSize(stockByArea.size());
    stockByArea.forEach((area, n) -> assertThat(byArea.get(area)).as(area).isEqualTo((double) n));

    assertThat(current(view, "carePlans").get("opened")).isEqualTo((double) plansOpened.size());
    var forms = current(view, "formsByTemplate");
    assertThat(forms).hasSize(submissionsByForm.size());
    submissionsByForm.forEach(
        (form, n) -> assertThat(forms.get(form)).as(form).isEqualTo((double) n));

    var delays = table(view, "delays");
    for (var row : delays.get("rows")) {
      if (row.get("key").asText().equals("requestToDecision")) {
        var cells = row.get("cells");
        assertThat(cells.get(0).get("value").asDouble()).isEqualTo((double) decisionDays.size());
        if (!decisionDays.isEmpty()) {
          assertThat(cells.get(1).get("value").asDouble()).isEqualTo(median(decisionDays));
        }
      }
    }
    var reasons = current(view, "exitReasons");
    exitReasons.forEach(
        (reason, set) -> assertThat(reasons.get(reason)).as(reason).isEqualTo((double) set.size()));
    var endOfPeriod = to.plusDays(1).atStartOfDay(PARIS).toInstant();
    var girCounts = new HashMap<String, Integer>();
    for (var id : active) {
      var latest = girs.getOrDefault(id, new java.util.TreeMap<>()).lowerEntry(endOfPeriod);
      girCounts.merge(latest == null ? "unknown" : latest.getValue().toString(), 1, Integer::sum);
    }
    var gir = current(view, "gir");
    girCounts.forEach((g, n) -> assertThat(gir.get(g)).as("GIR " + g).isEqualTo((double) n));
    assertThat(current(view, "orientationRequests").get("sent")).isEqualTo((double) requestsSent);

    var meetings = current(view, "messagesAndMeetings");
    assertThat(meetings.get("meetingsHeld")).isEqualTo((double) meetingsHeld.size());
    assertThat(meetings.get("meetingDecisions")).isEqualTo((double) decisions);

    var logbook = current(view, "logbookByCategory");
    assertThat(logbook).hasSize(entriesByCategory.size());
    entriesByCategory.forEach(
        (category, n) -> assertThat(logbook.get(category)).as(category).isEqualTo((double) n));
  }

  /** The median as percentile_cont(0.5) gives it, to one decimal as the view does. */
  private static double median(List<Double> values) {
    var sorted = values.stream().sorted().toList();
    int n = sorted.size();
    double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return Math.round(m * 10) / 10.0;
  }

  private static boolean inPeriod(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private static String kind(Change ch) {
    return switch (ch.to()) {
      case "REQUEST_ANALYSIS" -> "requests";
      case "INCLUDED" -> "inclusions";
      case "REORIENTED_T1" -> "reorientationsT1";
      case "REORIENTED_T2" -> "reorientationsT2";
      case "DISCHARGED" -> "discharges";
      case "DECEASED" -> "REQUEST_ANALYSIS".equals(ch.from()) ? "deathsT1" : "deaths";
      default -> null;
    };
  }

  /** Row key → the figure of the period (first column). */
  private static Map<String, Double> current(JsonNode view, String key) {
    var figures = new HashMap<String, Double>();
    for (var row : table(view, key).get("rows")) {
      figures.put(row.get("key").asText(), row.get("cells").get(0).get("value").asDouble());
    }
    return figures;
  }
}
