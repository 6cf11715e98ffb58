package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.openFile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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
 * A patient's agenda: recurring visits keep their Paris time across daylight-saving changes, with
 * exceptions; the team sees it, an outsider gets 404; each professional's iCalendar feed parses
 * with ical4j, says only what its detail level allows, and is gone once revoked; meetings (RCP)
 * invite, get answers and put their decisions into the patients' logbooks; slots are booked once.
 */
@ExtendWith(ArquillianExtension.class)
class AgendaIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  @BeforeAll
  static void ical4jStaysOffline() {
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    System.setProperty(
        "net.fortuna.ical4j.timezone.cache.impl", "net.fortuna.ical4j.util.MapTimeZoneCache");
  }

  private static Map<String, Object> visit(String start, String rrule) {
    var body = new HashMap<String, Object>();
    body.put("kind", "VISIT");
    body.put("title", "Toilette et pansement");
    body.put("location", "12 rue des Carmes, Orléans");
    body.put("performerId", DemoData.NURSE_ID);
    body.put("start", start);
    body.put("durationMinutes", 30);
    if (rrule != null) {
      body.put("rrule", rrule);
    }
    return body;
  }

  private static JsonNode schedule(String file, Map<String, Object> body) {
    var reply = Api.as(DemoData.CASE_MANAGER).post("/api/patients/" + file + "/appointments", body);
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
    return reply.json();
  }

  private static List<JsonNode> list(Api.Reply reply) {
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
    return StreamSupport.stream(reply.json().spliterator(), false).toList();
  }

  private static Calendar parse(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse(null);
  }

  @Test
  void dailyVisitsKeepTheirParisTimeAcrossTheSpringChangeWithACancelledAndAMovedOne()
      throws Exception {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    // Summer time begins on Sunday 28 March 2027 in Paris.
    var id = schedule(file, visit("2027-03-25T08:00", "FREQ=DAILY;COUNT=8")).get("id").asText();
    var manager = Api.as(DemoData.CASE_MANAGER);
    var cancelled =
        manager.put(
            "/api/appointments/" + id + "/occurrences/2027-03-27T08:00",
            Map.of("cancelled", true),
            null);
    assertThat(cancelled.status()).as(cancelled.raw().body()).isEqualTo(200);
    var moved =
        manager.put(
            "/api/appointments/" + id + "/occurrences/2027-03-30T08:00",
            Map.of("start", "2027-03-30T10:30", "durationMinutes", 45),
            null);
    assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
    assertThat(moved.json().get("exceptions")).hasSize(2);

    var agenda =
        list(manager.get("/api/patients/" + file + "/agenda?from=2027-03-25&to=2027-04-05"));
    assertThat(agenda.stream().map(o -> o.get("start").asText()).toList())
        .containsExactly(
            "2027-03-25T08:00:00",
            "2027-03-26T08:00:00",
            "2027-03-28T08:00:00",
            "2027-03-29T08:00:00",
            "2027-03-30T10:30:00",
            "2027-03-31T08:00:00",
            "2027-04-01T08:00:00");
    assertThat(agenda.stream().map(o -> OffsetDateTime.parse(o.get("startsAt").asText())))
        .map(t -> t.toInstant().toString())
        .containsExactly(
            "2027-03-25T07:00:00Z",
            "2027-03-26T07:00:00Z",
            "2027-03-28T06:00:00Z",
            "2027-03-29T06:00:00Z",
            "2027-03-30T08:30:00Z",
            "2027-03-31T06:00:00Z",
            "2027-04-01T06:00:00Z");
    assertThat(agenda.get(4).get("moved").asBoolean()).isTrue();
    assertThat(agenda.get(4).get("end").asText()).isEqualTo("2027-03-30T11:15:00");
    assertThat(agenda.get(0).get("patientName").asText()).startsWith("TEST-");

    // ical4j reads the exported series and finds the same occurrences.
    var ics = Api.as(DemoData.NURSE).download("/api/appointments/" + id + "/ics");
    assertThat(ics.statusCode()).isEqualTo(200);
    assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
    var calendar = parse(new String(ics.body(), java.nio.charset.StandardCharsets.UTF_8));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(2);
    var master =
        events.stream().filter(e -> e.getProperty("RECURRENCE-ID").isEmpty()).findFirst().get();
    var override =
        events.stream().filter(e -> e.getProperty("RECURRENCE-ID").isPresent()).findFirst().get();
    assertThat(value(master, "SUMMARY")).isEqualTo("Visite — Mme T.");
    assertThat(value(master, "LOCATION")).as("discreet by default").isNull();
    Period<ZonedDateTime> window =
        new Period<>(
            ZonedDateTime.of(2027, 3, 20, 0, 0, 0, 0, PARIS),
            ZonedDateTime.of(2027, 4, 10, 0, 0, 0, 0, PARIS));
    var fromIcal4j = new ArrayList<String>();
    for (var period : master.<ZonedDateTime>calculateRecurrenceSet(window)) {
      fromIcal4j.add(java.time.Instant.from(period.getStart()).toString());
    }
    fromIcal4j.sort(null);
    assertThat(fromIcal4j)
        .as("the series without its cancelled occurrence (the moved one is a VEVENT of its own)")
        .containsExactly(
            "2027-03-25T07:00:00Z",
            "2027-03-26T07:00:00Z",
            "2027-03-28T06:00:00Z",
            "2027-03-29T06:00:00Z",
            "2027-03-30T06:00:00Z",
            "2027-03-31T06:00:00Z",
            "2027-04-01T06:00:00Z");
    assertThat(value(override, "RECURRENCE-ID")).isEqualTo("20270330T080000");
    assertThat(value(override, "DTSTART")).isEqualTo("20270330T103000");

    var restored = manager.delete("/api/appointments/" + id + "/occurrences/2027-03-27T08:00");
    assertThat(restored.status()).as(restored.raw().body()).isEqualTo(200);
    assertThat(list(manager.get("/api/patients/" + file + "/agenda?from=2027-03-27&to=2027-03-28")))
        .hasSize(1);

    // The last visit moved ten days after the end of the series is still found.
    var late =
        manager.put(
            "/api/appointments/" + id + "/occurrences/2027-04-01T08:00",
            Map.of("start", "2027-04-11T09:00"),
            null);
    assertThat(late.status()).as(late.raw().body()).isEqualTo(200);
    var after =
        list(manager.get("/api/patients/" + file + "/agenda?from=2027-04-10&to=2027-04-13"));
    assertThat(after).hasSize(1);
    assertThat(after.get(0).get("occurrence").asText()).isEqualTo("2027-04-01T08:00:00");
    assertThat(after.get(0).get("start").asText()).isEqualTo("2027-04-11T09:00:00");
  }

  @Test
  void theTeamSeesThePatientsAgendaAndAnyoneElseGets404() {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var id =
        schedule(file, visit("2027-01-12T09:00", "FREQ=WEEKLY;BYDAY=TU,FR")).get("id").asText();
    var outsider = Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER);
    var notInTeam = Api.as(DemoData.HOME_AIDE);
    for (var api : List.of(outsider, notInTeam)) {
      assertThat(api.get("/api/patients/" + file + "/agenda").status()).isEqualTo(404);
      assertThat(api.get("/api/appointments/" + id).status()).isEqualTo(404);
      assertThat(api.get("/api/appointments/" + id + "/ics", "text/calendar").status())
          .isEqualTo(404);
      assertThat(
              api.post("/api/patients/" + file + "/appointments", visit("2027-01-13T09:00", null))
                  .status())
          .isEqualTo(404);
    }
    assertThat(
            list(outsider.get("/api/agenda?from=2027-01-11&to=2027-01-18")).stream()
                .filter(o -> o.get("appointmentId").asText().equals(id)))
        .isEmpty();
    var nurse = Api.as(DemoData.NURSE);
    var mine = list(nurse.get("/api/agenda?from=2027-01-11&to=2027-01-18"));
    assertThat(mine.stream().filter(o -> o.get("appointmentId").asText().equals(id)))
        .as("the nurse performs it: in her own agenda, Tuesday and Friday")
        .hasSize(2)
        .allSatisfy(o -> assertThat(o.get("patientName").asText()).startsWith("TEST-"));
    var read = nurse.get("/api/appointments/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isPresent();
    assertThat(read.json().get("rrule").asText()).isEqualTo("FREQ=WEEKLY;BYDAY=TU,FR");
    assertThat(
            Database.count(
                "select count(*) from audit_record where file_id = ?::uuid and resource = 'agenda'",
                file))
        .isGreaterThanOrEqualTo(2);
    assertThat(
            Database.count(
                "select count(*) from audit_record where file_id = ?::uuid and resource = 'agenda'"
                    + " and actor_username = 'claire.dubois' and detail like 'my agenda%'",
                file))
        .as("the nurse's own agenda named the patient: in his audit trail")
        .isEqualTo(1);
  }

  @Test
  void badInputIsRefusedWithTheFieldAndStaleWritesWith412() {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var manager = Api.as(DemoData.CASE_MANAGER);
    var path = "/api/patients/" + file + "/appointments";
    assertField(manager.post(path, visit("2027-02-01T08:00", "FREQ=HOURLY")), "rrule");
    assertField(
        manager.post(path, visit("2027-02-01T08:00", "FREQ=DAILY;COUNT=2;UNTIL=20270301")),
        "rrule");
    var stranger = visit("2027-02-01T08:00", null);
    stranger.put("performerId", DemoData.OTHER_STRUCTURE_CASE_MANAGER_ID);
    assertField(manager.post(path, stranger), "performerId");
    var noKind = visit("2027-02-01T08:00", null);
    noKind.remove("kind");
    assertField(manager.post(path, noKind), "kind");
    var badStart = visit("le 1er février", null);
    assertThat(manager.post(path, badStart).status()).isEqualTo(400);
    assertField(
        manager.get("/api/patients/" + file + "/agenda?from=2027-01-01&to=2028-06-01"), "to");
    var created = manager.post(path, visit("2027-02-01T08:00", "FREQ=DAILY;COUNT=3"));
    var id = created.json().get("id").asText();
    assertField(
        manager.put(
            "/api/appointments/" + id + "/occurrences/2027-02-01T09:00",
            Map.of("cancelled", true),
            null),
        "occurrence");
    var etag = created.header("ETag").orElseThrow();
    var changed = manager.put("/api/appointments/" + id, visit("2027-02-01T09:00", null), etag);
    assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
    assertThat(
            manager.put("/api/appointments/" + id, visit("2027-02-01T10:00", null), etag).status())
        .isEqualTo(412);
    assertThat(
            manager.put("/api/appointments/" + id, visit("2027-02-01T10:00", null), null).status())
        .isEqualTo(428);
  }

  private static void assertField(Api.Reply reply, String field) {
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(400);
    assertThat(reply.raw().body()).contains("\"" + field + "\"");
  }

  @Test
  void theFeedParsesWithIcal4jTellsOnlyWhatItMayAndIsGoneOnceRevoked() throws Exception {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var next = LocalDate.now(PARIS).plusDays(3);
    var uid =
        schedule(file, visit(next + "T08:00", "FREQ=DAILY;COUNT=5")).get("id").asText()
            + "@liaison";
    var nurse = Api.as(DemoData.NURSE);
    var created = nurse.post("/api/agenda/feed", Map.of());
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    var url = created.json().get("url").asText();
    assertThat(url).contains("/api/ical/").endsWith(".ics");
    var again = nurse.get("/api/agenda/feed").json();
    assertThat(again.get("active").asBoolean()).isTrue();
    assertThat(again.hasNonNull("url")).as("the secret is shown once").isFalse();

    var feed = fetch(url);
    assertThat(feed.statusCode()).isEqualTo(200);
    var calendar = parse(feed.body());
    assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
    assertThat(feed.body())
        .contains("TZID:Europe/Paris")
        .contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    List<VEvent> events = calendar.getComponents("VEVENT");
    var ours = events.stream().filter(e -> uid.equals(value(e, "UID"))).toList();
    assertThat(ours).hasSize(1);
    assertThat(value(ours.get(0), "RRULE")).isEqualTo("FREQ=DAILY;COUNT=5");
    assertThat(value(ours.get(0), "SUMMARY")).isEqualTo("Visite — Mme T.");
    assertThat(feed.body()).doesNotContain("Toilette").doesNotContain("rue des Carmes");

    var detailed = nurse.put("/api/agenda/feed", Map.of("detail", "DETAILED"), null);
    assertThat(detailed.status()).as(detailed.raw().body()).isEqualTo(200);
    var detailedFeed = fetch(url).body();
    assertThat(detailedFeed).contains("Toilette et pansement").contains("rue des Carmes");

    var renewed = nurse.post("/api/agenda/feed", Map.of("detail", "DISCREET"));
    assertThat(fetch(url).statusCode()).as("a new URL revokes the old one").isEqualTo(404);
    var newUrl = renewed.json().get("url").asText();
    assertThat(fetch(newUrl).statusCode()).isEqualTo(200);
    assertThat(nurse.delete("/api/agenda/feed").status()).isEqualTo(204);
    assertThat(fetch(newUrl).statusCode()).as("revoked").isEqualTo(404);
    assertThat(fetch(newUrl.replace(".ics", "x.ics")).statusCode()).isEqualTo(404);
  }

  private static HttpResponse<String> fetch(String url) throws Exception {
    // A calendar application: no login, whatever host the link names, to this server.
    var path = URI.create(url).getRawPath();
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(Stack.BASE_URL + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aMeetingInvitesGetsAnswersAndPutsItsDecisionsIntoEachPatientsLogbook() throws Exception {
    var first = openFile();
    var second = openFile();
    addToTeam(first, DemoData.GP_ID, "GP");
    addToTeam(first, DemoData.NURSE_ID, "NURSE");
    addToTeam(second, DemoData.NURSE_ID, "NURSE");
    var manager = Api.as(DemoData.CASE_MANAGER);
    var body = new HashMap<String, Object>();
    body.put("title", "RCP maintien à domicile");
    body.put("start", LocalDate.now(PARIS).plusDays(10) + "T14:00");
    body.put("durationMinutes", 60);
    body.put("agenda", "1. Chutes répétées");
    body.put("fileIds", List.of(first, second));
    body.put("participantIds", List.of(DemoData.GP_ID, DemoData.HOME_AIDE_ID));
    assertField(manager.post("/api/meetings", body), "participantIds[1]");
    body.put("participantIds", List.of(DemoData.GP_ID, DemoData.NURSE_ID));
    var created = manager.post("/api/meetings", body);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    var id = created.json().get("id").asText();
    var path = "/api/meetings/" + id;

    var gp = Api.as(DemoData.GP);
    var seenByGp = gp.get(path);
    assertThat(seenByGp.status()).isEqualTo(200);
    assertThat(seenByGp.json().get("patients"))
        .as("the GP sees only the patient of his own team")
        .hasSize(1);
    assertThat(seenByGp.json().get("myAnswer").asText()).isEqualTo("PENDING");
    assertThat(Api.as(DemoData.HOME_AIDE).get(path).status()).isEqualTo(404);
    assertThat(
            Database.count(
                "select count(*) from notification where recipient_id = ?::uuid and kind ="
                    + " 'MEETING_INVITATION' and link = ?",
                DemoData.GP_ID,
                "/agenda/meetings/" + id))
        .isEqualTo(1);

    // until he answers, the invitation waits among his invitations to answer (home page)
    assertThat(gp.get("/api/meetings/invitations").json().findValuesAsText("meetingId"))
        .contains(id);
    assertThat(manager.get("/api/meetings/invitations").json().findValuesAsText("meetingId"))
        .as("not the organiser's")
        .doesNotContain(id);
    assertThat(gp.post(path + "/answer", Map.of("answer", "ACCEPTED")).status()).isEqualTo(200);
    assertThat(gp.get("/api/meetings/invitations").json().findValuesAsText("meetingId"))
        .doesNotContain(id);
    var nurse = Api.as(DemoData.NURSE);
    assertThat(
            nurse
                .post(path + "/answer", Map.of("answer", "DECLINED", "comment", "En congés"))
                .status())
        .isEqualTo(200);
    var answers = manager.get(path).json().get("participants");
    assertThat(
            StreamSupport.stream(answers.spliterator(), false).map(p -> p.get("answer").asText()))
        .containsExactlyInAnyOrder("ACCEPTED", "DECLINED");
    assertThat(
            list(
                    gp.get(
                        "/api/agenda?from="
                            + LocalDate.now(PARIS)
                            + "&to="
                            + LocalDate.now(PARIS).plusDays(30)))
                .stream()
                .filter(o -> o.get("appointmentId").asText().equals(id)))
        .hasSize(1);

    var decisions =
        Map.of(
            "decisions",
            List.of(
                Map.of("fileId", first, "text", "Entrée en EHPAD envisagée, visite à organiser"),
                Map.of(
                    "fileId", second, "text", "Maintien à domicile, passage infirmier renforcé")));
    assertThat(gp.post(path + "/decisions", decisions).status())
        .as("only the organiser records")
        .isEqualTo(403);
    assertField(
        manager.post(
            path + "/decisions",
            Map.of("decisions", List.of(Map.of("fileId", openFile(), "text", "x")))),
        "decisions[0].fileId");
    // decisions are recorded from the start of the meeting on
    var early = manager.post(path + "/decisions", decisions);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("code").asText()).isEqualTo("meeting-not-started");
    assertThat(manager.get(path).json().get("started").asBoolean()).isFalse();
    // eleven days later, the meeting is over (its time moved back, as the clock would move on)
    Database.execute(
        "update appointment set starts_at = starts_at - interval '11 days',"
            + " ends_at = ends_at - interval '11 days',"
            + " start_local = start_local - interval '11 days'"
            + " where id = '"
            + id
            + "'");
    assertThat(manager.get(path).json().get("started").asBoolean()).isTrue();
    var recorded = manager.post(path + "/decisions", decisions);
    assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(200);
    assertThat(recorded.json().get("decisions")).hasSize(2);
    assertThat(manager.post(path + "/decisions", decisions).status()).isEqualTo(409);

    var firstLogbook = gp.get("/api/patients/" + first + "/logbook/entries").raw().body();
    assertThat(firstLogbook)
        .contains("Décision de la RCP du")
        .contains("Entrée en EHPAD envisagée, visite à organiser");
    var secondLogbook = nurse.get("/api/patients/" + second + "/logbook/entries").raw().body();
    assertThat(secondLogbook)
        .contains("Maintien à domicile, passage infirmier renforcé")
        .doesNotContain("Entrée en EHPAD");
  }

  @Test
  void aSlotIsBookedOnceByACaseManagerAndShowsInTheProfessionalsAgenda() {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var day = LocalDate.now(PARIS).plusDays(20 + (int) (Math.random() * 300));
    var nurse = Api.as(DemoData.NURSE);
    var published =
        nurse.post(
            "/api/availability",
            Map.of("start", day + "T09:00", "durationMinutes", 30, "count", 4));
    assertThat(published.status()).as(published.raw().body()).isEqualTo(201);
    assertThat(published.json()).hasSize(4);
    assertThat(
            nurse
                .post("/api/availability", Map.of("start", day + "T09:15", "durationMinutes", 30))
                .status())
        .isEqualTo(409);
    var slot = published.json().get(1).get("id").asText();
    var booking = Map.<String, Object>of("fileId", file, "title", "Bilan infirmier");
    assertThat(nurse.post("/api/availability/" + slot + "/booking", booking).status())
        .as("only a case manager books")
        .isEqualTo(403);
    assertThat(
            Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER)
                .post("/api/availability/" + slot + "/booking", booking)
                .status())
        .isEqualTo(404);
    var manager = Api.as(DemoData.CASE_MANAGER);
    var booked = manager.post("/api/availability/" + slot + "/booking", booking);
    assertThat(booked.status()).as(booked.raw().body()).isEqualTo(201);
    var again = manager.post("/api/availability/" + slot + "/booking", booking);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.raw().body()).contains("slot-taken");
    assertThat(nurse.delete("/api/availability/" + slot).status()).isEqualTo(409);
    var slots =
        list(
            manager.get(
                "/api/availability?professionalId="
                    + DemoData.NURSE_ID
                    + "&from="
                    + day
                    + "&to="
                    + day.plusDays(1)));
    assertThat(slots.stream().filter(s -> s.get("booked").asBoolean())).hasSize(1);
    var agenda = list(nurse.get("/api/agenda?from=" + day + "&to=" + day.plusDays(1)));
    assertThat(agenda.stream().map(o -> o.get("start").asText())).contains(day + "T09:30:00");
    assertThat(
            nurse
                .delete("/api/availability/" + published.json().get(0).get("id").asText())
                .status())
        .isEqualTo(204);
  }

  @Test
  void everyAgendaBodyRefusesMalformedJsonUnknownFieldsAndWrongTypesByNameAndStoresNothing() {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var manager = Api.as(DemoData.CASE_MANAGER);
    var created = schedule(file, visit("2027-05-03T08:00", "FREQ=DAILY;COUNT=2"));
    var id = created.get("id").asText();
    var slot =
        Api.as(DemoData.GP)
            .post(
                "/api/availability",
                Map.of(
                    "start",
                    LocalDate.now(PARIS).plusDays(400 + (int) (Math.random() * 2000)) + "T07:05",
                    "durationMinutes",
                    15))
            .json()
            .get(0)
            .get("id")
            .asText();
    var before = agendaRows(file);
    for (var endpoint :
        List.of(
            "/api/patients/" + file + "/appointments",
            "/api/meetings",
            "/api/availability",
            "/api/availability/" + slot + "/booking")) {
      assertProblem(manager.post(endpoint, "{\"title\": "), "body");
      assertProblem(manager.post(endpoint, Map.of("surprise", 1)), "surprise");
    }
    assertProblem(
        manager.put(
            "/api/appointments/" + id + "/occurrences/2027-05-03T08:00", "{\"cancelled\": ", null),
        "body");
    var wrongStart = visit("2027-05-03T08:00", null);
    wrongStart.put("durationMinutes", "long");
    assertProblem(
        manager.post("/api/patients/" + file + "/appointments", wrongStart), "durationMinutes");
    assertProblem(
        manager.post("/api/meetings/" + id + "x/answer", Map.of("answer", "ACCEPTED")), "id");
    assertProblem(
        manager.put(
            "/api/appointments/" + id + "/occurrences/demain", Map.of("cancelled", true), null),
        "occurrence");
    assertProblem(manager.get("/api/agenda?from=hier"), "from");
    assertProblem(
        manager.get("/api/appointments/" + id + "/ics?detail=EVERYTHING", "*/*"), "detail");
    assertProblem(
        Api.as(DemoData.NURSE).post("/api/agenda/feed", Map.of("detail", "EVERYTHING")), "detail");
    assertThat(agendaRows(file)).isEqualTo(before);
    assertThat(
            Api.as(DemoData.NURSE)
                .post("/api/meetings/" + id + "/answer", Map.of("answer", "MAYBE"))
                .status())
        .isEqualTo(400);
  }

  private static void assertProblem(Api.Reply reply, String field) {
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.raw().body()).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(reply.json().get("errors").findValuesAsText("field")).contains(field);
  }

  private static long agendaRows(String file) {
    return Database.count("select count(*) from appointment where file_id = ?::uuid", file)
        + Database.count("select count(*) from appointment where kind = 'MEETING'")
        + Database.count("select count(*) from availability_slot where appointment_id is not null")
        + Database.count(
            "select count(*) from appointment_exception e join appointment a on a.id ="
                + " e.appointment_id where a.file_id = ?::uuid",
            file);
  }
}
