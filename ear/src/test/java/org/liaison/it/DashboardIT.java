package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Dashboards.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.Database;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.Stack;

/**
 * The activity dashboards on a hand-built fixture whose figures were counted by hand: six files of
 * a catchment area of their own, with dated histories across 2023 and 2024 (a file included,
 * discharged, reopened and included again; a death in T1; a reorientation; a death during
 * follow-up; a request still pending), read for the year 2024 and compared with 2023.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

  static final String REGIONAL_OBSERVER = "agnes.lambert";
  static final String ADMIN = DemoData.STRUCTURE_ADMIN;
  static final String AREA = "Bassin IT " + UUID.randomUUID().toString().substring(0, 8);
  static final String YEAR = "from=2024-01-01&to=2024-12-31";
  static final String SOPHIE_ID = "9b000000-0000-4000-8000-000000000006";
  static final Map<String, String> FILES = new HashMap<>();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  @BeforeAll
  static void fixture() throws Exception {
    var sql = new ArrayList<String>();
    file(sql, "A", "1940-03-01", "FEMALE", "HOSPITAL");
    steps(
        sql,
        "A",
        "2023-11-10:REQUEST_ANALYSIS",
        "2024-01-15:INCLUDED",
        "2024-06-30:DISCHARGED:GOALS_MET",
        "2024-09-01:REQUEST_ANALYSIS",
        "2024-09-20:INCLUDED");
    file(sql, "B", "1935-05-05", "MALE", "GP");
    steps(sql, "B", "2024-03-01:REQUEST_ANALYSIS", "2024-03-10:DECEASED");
    file(sql, "C", "1945-06-06", "FEMALE", "GP");
    steps(sql, "C", "2024-02-01:REQUEST_ANALYSIS", "2024-02-20:REORIENTED_T1");
    file(sql, "D", "1930-07-01", "MALE", "FAMILY");
    steps(sql, "D", "2023-05-01:REQUEST_ANALYSIS", "2023-06-01:INCLUDED");
    file(sql, "E", "1950-01-10", "FEMALE", "FAMILY");
    steps(sql, "E", "2024-04-01:REQUEST_ANALYSIS", "2024-05-01:INCLUDED", "2024-11-15:DECEASED");
    file(sql, "F", "1938-08-08", "FEMALE", "GP");
    steps(sql, "F", "2024-12-20:REQUEST_ANALYSIS");
    // Isabelle is case manager of A, D, E since their request; Sophie is in D's team only.
    for (var f : List.of("A", "D", "E")) {
      member(sql, f, DemoData.CASE_MANAGER_ID, "CASE_MANAGER", "2023-01-01");
    }
    member(sql, "D", SOPHIE_ID, "OTHER", "2023-01-01");
    Database.execute(sql.toArray(String[]::new));
  }

  private static void file(List<String> sql, String name, String born, String sex, String origin) {
    var id = UUID.randomUUID().toString();
    FILES.put(name, id);
    sql.add(
        "insert into coordination_file (id, structure_id, first_name, last_name, birth_date, sex,"
            + " address_line, postal_code, city, opened_at, opened_by, status, status_since,"
            + " referral_origin, catchment_area, case_manager_id) values ('"
            + id
            + "', '"
            + DemoData.DAC_ID
            + "', 'Patient', 'Tableau"
            + name
            + "', '"
            + born
            + "', '"
            + sex
            + "', '1 rue des Tests', '45000', 'Orléans', now(), '"
            + DemoData.CASE_MANAGER_ID
            + "', 'REQUEST_ANALYSIS', current_date, '"
            + origin
            + "', '"
            + AREA
            + "', '"
            + DemoData.CASE_MANAGER_ID
            + "')");
  }

  private static void steps(List<String> sql, String name, String... steps) {
    String from = null;
    int i = 0;
    for (var step : steps) {
      var p = step.split(":");
      sql.add(
          "insert into case_status_change (id, file_id, from_status, to_status, effective_on,"
              + " recorded_at, recorded_by, recorded_by_name, reason, exit_reason) values ('"
              + UUID.randomUUID()
              + "', '"
              + FILES.get(name)
              + "', "
              + (from == null ? "null" : "'" + from + "'")
              + ", '"
              + p[1]
              + "', '"
              + p[0]
              + "', now() + interval '"
              + (i++)
              + " second', '"
              + DemoData.CASE_MANAGER_ID
              + "', 'Isabelle Martin', 'fixture', "
              + (p.length > 2 ? "'" + p[2] + "'" : "null")
              + ")");
      from = p[1];
    }
    sql.add(
        "update coordination_file set status = '"
            + from
            + "' where id = '"
            + FILES.get(name)
            + "'");
  }

  private static void member(List<String> sql, String name, String who, String role, String since) {
    sql.add(
        "insert into care_team_member (id, file_id, professional_id, role, since, added_by,"
            + " added_at) values ('"
            + UUID.randomUUID()
            + "', '"
            + FILES.get(name)
            + "', '"
            + who
            + "', '"
            + role
            + "', '"
            + since
            + "', '"
            + DemoData.CASE_MANAGER_ID
            + "', now())");
  }

  private static String area() {
    return "&area=" + URLEncoder.encode(AREA, StandardCharsets.UTF_8);
  }

  private static JsonNode dashboard(String user, String query) {
    var reply = Api.as(user).get("/api/dashboards/structures/" + DemoData.DAC_ID + "?" + query);
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
    return reply.json();
  }

  /** The table as row key → its cells' values (null for an empty statistic). */
  private static Map<String, List<Double>> figures(JsonNode view, String key) {
    var figures = new java.util.LinkedHashMap<String, List<Double>>();
    for (var row : table(view, key).get("rows")) {
      var values = new ArrayList<Double>();
      row.get("cells")
          .forEach(c -> values.add(c.hasNonNull("value") ? c.get("value").asDouble() : null));
      figures.put(row.get("key").asText(), values);
    }
    return figures;
  }

  @Test
  void caseFlowOfTheYearIsWhatWasCountedByHand() {
    var view = dashboard(ADMIN, YEAR + area());
    assertThat(view.get("scope").asText()).isEqualTo("STRUCTURE");
    assertThat(view.get("previous").get("from").asText()).isEqualTo("2023-01-01");
    var flow = figures(view, "caseFlow");
    // current, previous: A counts once per row though included twice in 2024
    assertThat(flow.get("requests")).containsExactly(5.0, 2.0);
    assertThat(flow.get("decisions")).containsExactly(4.0, 1.0);
    assertThat(flow.get("inclusions")).containsExactly(2.0, 1.0);
    assertThat(flow.get("reorientationsT1")).containsExactly(1.0, 0.0);
    assertThat(flow.get("deathsT1")).containsExactly(1.0, 0.0);
    assertThat(flow.get("reorientationsT2")).containsExactly(0.0, 0.0);
    assertThat(flow.get("discharges")).containsExactly(1.0, 0.0);
    assertThat(flow.get("deaths")).containsExactly(1.0, 0.0);
    assertThat(flow.get("fileActive")).containsExactly(3.0, 1.0);
    assertThat(flow.get("stockEnd")).containsExactly(2.0, 1.0);
    assertThat(figures(view, "exitReasons").get("GOALS_MET")).containsExactly(1.0, 0.0);
  }

  @Test
  void delaysAreMediansAndPercentilesOfTheDaysBetweenDatedChanges() {
    var delays = figures(dashboard(ADMIN, YEAR + area()), "delays");
    // request → decision: 66 (A), 19 (A again), 9 (B), 19 (C), 30 (E); previous year: 31 (D)
    assertThat(delays.get("requestToDecision")).containsExactly(5.0, 19.0, 51.6, 31.0);
    // follow-up of closed files: 167 (A discharged), 198 (E deceased)
    assertThat(delays.get("followUpDuration")).containsExactly(2.0, 182.5, 194.9, null);
    assertThat(delays.get("inclusionToPlan").get(0)).isEqualTo(0.0);
  }

  @Test
  void caseLoadDemographicsAndOriginsFollowTheDatedHistory() {
    var view = dashboard(ADMIN, YEAR + area());
    assertThat(figures(view, "caseLoadByArea").get(AREA)).containsExactly(2.0);
    var managers = figures(view, "caseLoadByManager");
    assertThat(managers.get(DemoData.CASE_MANAGER_ID)).containsExactly(2.0);
    var months = figures(view, "caseLoadByMonth");
    assertThat(months.get("2024-01")).containsExactly(2.0);
    assertThat(months.get("2024-05")).containsExactly(3.0);
    assertThat(months.get("2024-06")).containsExactly(2.0);
    assertThat(months.get("2024-08")).containsExactly(2.0);
    assertThat(months.get("2024-12")).containsExactly(2.0);
    var origins = figures(view, "origins");
    assertThat(origins.get("GP")).containsExactly(3.0, 0.0);
    assertThat(origins.get("HOSPITAL")).containsExactly(1.0, 1.0);
    assertThat(origins.get("FAMILY")).containsExactly(1.0, 1.0);
    // file active of 2024: A (84, F), D (94, M), E (74, F) at 31 December
    var ages = figures(view, "ageBySex");
    assertThat(ages.get("75-84")).containsExactly(1.0, 0.0, 0.0, 0.0);
    assertThat(ages.get("85-94")).containsExactly(0.0, 1.0, 0.0, 0.0);
    assertThat(ages.get("60-74")).containsExactly(1.0, 0.0, 0.0, 0.0);
    assertThat(figures(view, "ageSummary").get("age")).containsExactly(3.0, 84.0, 84.0);
    assertThat(figures(view, "gir").get("unknown")).containsExactly(3.0);
  }

  @Test
  void filtersNarrowTheFigures() {
    var gp = figures(dashboard(ADMIN, YEAR + area() + "&origin=GP"), "caseFlow");
    assertThat(gp.get("requests")).containsExactly(3.0, 0.0);
    var isabelle =
        figures(
            dashboard(ADMIN, YEAR + area() + "&caseManager=" + DemoData.CASE_MANAGER_ID),
            "caseFlow");
    assertThat(isabelle.get("fileActive")).containsExactly(3.0, 1.0);
    assertThat(isabelle.get("deathsT1")).containsExactly(0.0, 0.0);
  }

  @Test
  void anAdminDrillsDownAndSeesNamesOnlyOfTheFilesSheMayOpen() {
    var reply =
        Api.as(ADMIN)
            .get(
                "/api/dashboards/structures/"
                    + DemoData.DAC_ID
                    + "/files?table=caseFlow&row=fileActive&column=current&"
                    + YEAR
                    + area());
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
    var drill = reply.json();
    assertThat(drill.get("total").asInt()).isEqualTo(3);
    assertThat(drill.get("hidden").asInt()).isEqualTo(2);
    assertThat(drill.get("files")).hasSize(1);
    assertThat(drill.get("files").get(0).get("id").asText()).isEqualTo(FILES.get("D"));
    assertThat(drill.get("files").get(0).get("name").asText()).isEqualTo("Patient TableauD");
    assertThat(reply.raw().body()).doesNotContain("TableauA", "TableauE");
    assertThat(
            Database.count(
                "select count(*) from audit_record where file_id = cast(? as uuid)"
                    + " and resource = 'dashboard-files' and actor_username = ?",
                FILES.get("D"),
                ADMIN))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void aCaseManagerSeesHisOwnCaseLoadOnly() {
    var view = dashboard(DemoData.CASE_MANAGER, YEAR + area());
    assertThat(view.get("scope").asText()).isEqualTo("OWN_CASE_LOAD");
    assertThat(view.get("filters").get("caseManager").asText()).isEqualTo(DemoData.CASE_MANAGER_ID);
    // B, C and F never had her as case manager
    assertThat(figures(view, "caseFlow").get("requests")).containsExactly(2.0, 2.0);
    var drill =
        Api.as(DemoData.CASE_MANAGER)
            .get(
                "/api/dashboards/structures/"
                    + DemoData.DAC_ID
                    + "/files?table=caseFlow&row=fileActive&column=current&"
                    + YEAR
                    + area())
            .json();
    assertThat(drill.get("total").asInt()).isEqualTo(3);
    assertThat(drill.get("hidden").asInt()).isZero();
  }

  @Test
  void whoMayNotReadDashboardsGets403() {
    assertThat(Api.as(DemoData.NURSE).get("/api/dashboards").status()).isEqualTo(403);
    var nurse = Api.as(DemoData.NURSE).get("/api/dashboards/structures/" + DemoData.DAC_ID);
    assertThat(nurse.status()).isEqualTo(403);
    assertThat(nurse.raw().body()).contains("not-a-dashboard-reader");
    var other =
        Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER)
            .get("/api/dashboards/structures/" + DemoData.DAC_ID);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.raw().body()).contains("not-your-structure");
    assertThat(Api.as(ADMIN).get("/api/dashboards/region").status()).isEqualTo(403);
  }

  @Test
  void badFiltersGet400NamingTheField() {
    var base = "/api/dashboards/structures/" + DemoData.DAC_ID;
    var cases =
        Map.ofEntries(
            Map.entry("?from=2024-02-01&to=2024-01-01", "to"),
            Map.entry("?from=2024-13-01&to=2024-12-31", "from"),
            Map.entry("?from=2024-01-01", "to"),
            Map.entry("?origin=MARS", "origin"),
            Map.entry("?caseManager=nope", "caseManager"),
            Map.entry("/files?table=nope&row=x&column=current", "table"),
            Map.entry("/files?table=caseFlow&row=nope&column=current", "row"),
            Map.entry("/files?table=caseFlow&row=requests&column=nope", "column"),
            Map.entry("/export?format=pdf", "format"),
            Map.entry("/files?table=caseLoadByManager&column=value&row=" + "x".repeat(600), "row"),
            Map.entry("?from=0001-01-01&to=0001-12-31", "from"));
    cases.forEach(
        (query, field) -> {
          var reply = Api.as(ADMIN).get(base + query);
          assertThat(reply.status()).as(query + " " + reply.raw().body()).isEqualTo(400);
          assertThat(reply.raw().body()).as(query).contains("\"" + field + "\"");
        });
  }

  @Test
  void theCsvExportCarriesTheFiltersTheDefinitionsAndTheFigures() {
    var response =
        Api.as(ADMIN)
            .download(
                "/api/dashboards/structures/"
                    + DemoData.DAC_ID
                    + "/export?format=csv&"
                    + YEAR
                    + area());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment", "liaison-dashboard-dac-coeur-de-loire-2024-01-01-2024-12-31.csv");
    var csv = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF").contains(AREA, "Définition", "2024-01-01 — 2024-12-31");
    assertThat(csv).contains("Demandes reçues (T1);5;2", "File active;3;1");
    assertThat(
            Database.count(
                "select count(*) from audit_record where file_id = cast(? as uuid)"
                    + " and action = 'EXPORT' and actor_username = ?",
                DemoData.DAC_ID,
                ADMIN))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void theXlsxExportHasAFiltersSheetAndOneSheetPerTable() throws Exception {
    var response =
        Api.as(ADMIN)
            .download(
                "/api/dashboards/structures/"
                    + DemoData.DAC_ID
                    + "/export?format=xlsx&"
                    + YEAR
                    + area());
    assertThat(response.statusCode()).isEqualTo(200);
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Filtres");
      assertThat(book.getNumberOfSheets()).isEqualTo(1 + 18);
      var flow = book.getSheet("Demandes, décisions et sorties");
      var requests = flow.getRow(4);
      assertThat(requests.getCell(0).getStringCellValue()).isEqualTo("Demandes reçues (T1)");
      assertThat(requests.getCell(1).getNumericCellValue()).isEqualTo(5.0);
    }
  }

  @Test
  void theRegionalObserverNeverGetsANameNorASmallCell() throws Exception {
    var reply = Api.as(REGIONAL_OBSERVER).get("/api/dashboards/region?" + YEAR + area());
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
    var view = reply.json();
    assertThat(view.get("scope").asText()).isEqualTo("REGION");
    assertThat(view.get("smallCellThreshold").asInt()).isEqualTo(5);
    assertThat(reply.raw().body()).doesNotContain("Tableau");
    var flow = figures(view, "caseFlow");
    // 5 requests stay; 2, 3, 1 are suppressed
    assertThat(flow.get("requests")).containsExactly(5.0, null);
    for (var section : view.get("sections")) {
      for (var table : section.get("tables")) {
        for (var row : table.get("rows")) {
          for (var cell : row.get("cells")) {
            if (cell.hasNonNull("value")
                && !table.get("unit").asText().equals("DAYS")
                && !table.get("unit").asText().equals("YEARS")) {
              assertThat(cell.get("value").asDouble())
                  .as(table.get("key") + "/" + row.get("key"))
                  .matches(v -> v == 0 || v >= 5);
            }
            assertThat(cell.get("drill").asBoolean()).isFalse();
          }
        }
      }
    }
    var csv =
        new String(
            Api.as(REGIONAL_OBSERVER)
                .download("/api/dashboards/region/export?format=csv&" + YEAR + area())
                .body(),
            StandardCharsets.UTF_8);
    assertThat(csv).contains("Demandes reçues (T1);5;<5").doesNotContain("Tableau");
    for (var line : csv.split("\r?\n")) {
      for (var cell : line.split(";")) {
        if (cell.matches("[1-4]") && !line.startsWith("Définition")) {
          throw new AssertionError("small cell in the regional CSV: " + line);
        }
      }
    }
    var drill =
        Api.as(REGIONAL_OBSERVER)
            .get(
                "/api/dashboards/structures/"
                    + DemoData.DAC_ID
                    + "/files?table=caseFlow&row=requests&column=current");
    assertThat(drill.status()).isEqualTo(403);
  }

  @Test
  void theHomeSaysWhatTheCallerMayOpen() {
    var admin = Api.as(ADMIN).get("/api/dashboards").json();
    assertThat(admin.get("scope").asText()).isEqualTo("STRUCTURE");
    assertThat(admin.get("structures").get(0).get("id").asText()).isEqualTo(DemoData.DAC_ID);
    assertThat(admin.get("caseLoadNorm").asInt()).isEqualTo(40);
    var observer = Api.as(REGIONAL_OBSERVER).get("/api/dashboards").json();
    assertThat(observer.get("scope").asText()).isEqualTo("REGION");
    assertThat(observer.get("structures")).isEmpty();
  }
}
