package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.openFile;
import static org.liaison.it.support.Files.sendAdmissionRequest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.Stack;

/**
 * The hot endpoints need a fixed number of SQL statements, whatever the number of entries or files
 * on the page: a change that brings back one query per row (N+1) fails here. The server counts the
 * statements Hibernate prepares for each request and says it in its Server-Timing header (the ITs
 * run it with -Dliaison.server-timing=true).
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

  private static final Pattern SQL = Pattern.compile("sql;desc=\"(\\d+) statements\"");

  /** The most statements any of these endpoints may need; today's counts are a few below. */
  private static final int MAX_STATEMENTS = 12;

  /** A logbook write: six statements today (it no longer reads its new entry back). */
  private static final int MAX_WRITE_STATEMENTS = 8;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  private static int statements(Api.Reply reply) {
    return statements(reply, 200);
  }

  private static int statements(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(status);
    var timing = reply.header("Server-Timing").orElseThrow();
    var m = SQL.matcher(timing);
    assertThat(m.find()).as(timing).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static String entries(String file) {
    return "/api/patients/" + file + "/logbook/entries";
  }

  @Test
  void aLogbookPageNeedsAsManyStatementsForFiftyEntriesReadByManyAsForTwo() {
    var file = openFile();
    addToTeam(file, DemoData.HOME_AIDE_ID, "HOME_AIDE");
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    addToTeam(file, DemoData.GP_ID, "GP");
    var manager = Api.as(DemoData.CASE_MANAGER);
    for (int i = 0; i < 50; i++) {
      var written = manager.post(entries(file), Map.of("category", "CARE", "text", "Passage " + i));
      assertThat(written.status()).as(written.raw().body()).isEqualTo(201);
    }
    // Three readers besides the author: each entry carries three receipts.
    Api.as(DemoData.NURSE).get(entries(file) + "?size=50");
    Api.as(DemoData.GP).get(entries(file) + "?size=50");

    var aide = Api.as(DemoData.HOME_AIDE);
    aide.get(entries(file) + "?size=1"); // warms the caches of this login
    var firstSmall = statements(aide.get(entries(file) + "?size=2"));
    var firstLarge = statements(aide.get(entries(file) + "?size=50"));
    var again = statements(aide.get(entries(file) + "?size=50"));

    // The 48 entries not read yet are marked in one statement, not one each.
    assertThat(firstLarge).isEqualTo(firstSmall).isLessThanOrEqualTo(MAX_STATEMENTS);
    // Read already: no receipt to write at all.
    assertThat(again).isEqualTo(firstLarge - 1);
  }

  @Test
  void writingAnEntryNeedsAsManyStatementsForATeamOfFiveAsForATeamOfOne() {
    var alone = openFile();
    var team = openFile();
    addToTeam(team, DemoData.HOME_AIDE_ID, "HOME_AIDE");
    addToTeam(team, DemoData.NURSE_ID, "NURSE");
    addToTeam(team, DemoData.GP_ID, "GP");
    addToTeam(team, DemoData.PHARMACIST_WITHOUT_LOGIN_ID, "PHARMACIST");
    var manager = Api.as(DemoData.CASE_MANAGER);
    var entry = Map.of("category", "CARE", "text", "Pansement refait");
    manager.post(entries(alone), entry); // warms the caches of this login
    var one = manager.post(entries(alone), entry);
    var five = manager.post(entries(team), entry);
    assertThat(statements(five, 201))
        .isEqualTo(statements(one, 201))
        .isLessThanOrEqualTo(MAX_WRITE_STATEMENTS);
  }

  @Test
  void myPatientsNeedAsManyStatementsForTwentyFilesAsForTwo() {
    for (int i = 0; i < 20; i++) {
      openFile();
    }
    var manager = Api.as(DemoData.CASE_MANAGER);
    manager.get("/api/patients?size=2"); // warms the caches of this login
    var two = statements(manager.get("/api/patients?size=2"));
    var twenty = statements(manager.get("/api/patients?size=20"));
    assertThat(twenty).isEqualTo(two).isLessThanOrEqualTo(MAX_STATEMENTS);
  }

  @Test
  void incomingRequestsNeedAsManyStatementsForTenAsForOne() {
    for (int i = 0; i < 10; i++) {
      var sent = sendAdmissionRequest(openFile());
      assertThat(sent.status()).as(sent.raw().body()).isEqualTo(201);
    }
    var home = Api.as(DemoData.NURSING_HOME_ADMIN);
    home.get("/api/orientation-requests/incoming?size=1"); // warms the caches of this login
    var one = statements(home.get("/api/orientation-requests/incoming?size=1"));
    var ten = statements(home.get("/api/orientation-requests/incoming?size=10"));
    assertThat(ten).isEqualTo(one).isLessThanOrEqualTo(MAX_STATEMENTS);
  }

  @Test
  void myAgendaNeedsAsManyStatementsForSixPatientsAsForOne() {
    // A day of its own, years ahead: nothing else is in this agenda on it.
    var day = java.time.LocalDate.of(2031, 1, 1).plusDays(new java.util.Random().nextInt(3000));
    var agenda = "/api/agenda?from=" + day + "&to=" + day.plusDays(1);
    var manager = Api.as(DemoData.CASE_MANAGER);
    schedule(manager, openFile(), day + "T09:00");
    var one = statements(manager.get(agenda));
    for (int i = 1; i < 6; i++) {
      schedule(manager, openFile(), day + "T1" + i + ":00");
    }
    var six = manager.get(agenda);
    assertThat(six.json().size()).isEqualTo(6);
    assertThat(statements(six)).isEqualTo(one).isLessThanOrEqualTo(MAX_STATEMENTS);
  }

  private static void schedule(Api manager, String file, String start) {
    var body = new HashMap<String, Object>();
    body.put("kind", "VISIT");
    body.put("title", "Visite à domicile");
    body.put("performerId", DemoData.CASE_MANAGER_ID);
    body.put("start", start);
    body.put("durationMinutes", 30);
    var reply = manager.post("/api/patients/" + file + "/appointments", body);
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
  }
}
