package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.openFile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.Database;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.LiveStream;
import org.liaison.it.support.Mailbox;
import org.liaison.it.support.SecondNode;
import org.liaison.it.support.Stack;

/**
 * Two nodes of the provisioned server on the same database. An entry written through node A
 * reaches, live, the nurse whose browser is connected to node B (the nodes' messaging servers
 * forward the live topic to each other), and never an outsider connected to B. Both nodes run the
 * agenda's reminder timer, and a reminder still goes out once.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterIT {

  private static final String NURSE_EMAIL = "claire.dubois@infirmiers-centre.example";
  private static SecondNode nodeB;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  @BeforeAll
  static void startNodeB() throws Exception {
    nodeB = SecondNode.start();
  }

  @AfterAll
  static void stopNodeB() {
    if (nodeB != null) {
      nodeB.close();
    }
  }

  @Test
  void aReminderIsSentOnceThoughBothNodesRunTheTimer() throws Exception {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var reminderText = "un rendez-vous ou une visite de votre agenda approche";
    var mailsBefore = remindersMailed(reminderText);
    var start =
        LocalDateTime.now(ZoneId.of("Europe/Paris")).plusMinutes(3).withSecond(0).withNano(0);
    var visit =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                "/api/patients/" + file + "/appointments",
                Map.of(
                    "kind",
                    "VISIT",
                    "title",
                    "Pansement",
                    "performerId",
                    DemoData.NURSE_ID,
                    "start",
                    start.toString(),
                    "durationMinutes",
                    30,
                    "reminderMinutes",
                    10));
    assertThat(visit.status()).as(visit.raw().body()).isEqualTo(201);
    var id = visit.json().get("id").asText();
    var reminders =
        "select count(*) from notification where recipient_id = ?::uuid"
            + " and kind = 'APPOINTMENT_REMINDER' and file_id = ?::uuid";
    var deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Database.count(reminders, DemoData.NURSE_ID, file) == 0
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
    }
    assertThat(Database.count(reminders, DemoData.NURSE_ID, file)).isEqualTo(1);
    var at = String.format("à %02dh%02d", start.getHour(), start.getMinute());
    var mail =
        Mailbox.awaitMail(
            NURSE_EMAIL, m -> m.body().contains(reminderText) && m.body().contains(at));
    assertThat(mail.body())
        .as("says when, not who nor what for")
        .doesNotContain("Pansement")
        .doesNotContain("TEST-");
    // Nothing to wait for when a timer rightly does nothing: let both nodes run it a few more
    // times (every 2 s each), then count again.
    Thread.sleep(8000);
    assertThat(Database.count(reminders, DemoData.NURSE_ID, file)).isEqualTo(1);
    assertThat(
            Database.count(
                "select count(*) from agenda_reminder where appointment_id = ?::uuid", id))
        .isEqualTo(1);
    assertThat(remindersMailed(reminderText)).isEqualTo(mailsBefore + 1);
  }

  private static long remindersMailed(String text) {
    return Mailbox.of(NURSE_EMAIL).stream().filter(m -> m.body().contains(text)).count();
  }

  @Test
  void anEntryWrittenOnNodeAReachesTheTeamConnectedToNodeB() throws Exception {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    try (var nurseOnB = LiveStream.open(SecondNode.BASE_URL, DemoData.NURSE);
        var outsiderOnB =
            LiveStream.open(SecondNode.BASE_URL, DemoData.OTHER_STRUCTURE_CASE_MANAGER)) {
      // The nodes' messaging servers join once B is up; until the bridge between them is there,
      // an event of A has nobody on B to go to. Write through A until one arrives on B.
      Optional<LiveStream.Event> received = Optional.empty();
      String entryId = null;
      var deadline = Instant.now().plus(Duration.ofSeconds(90));
      while (received.isEmpty() && Instant.now().isBefore(deadline)) {
        var written =
            Api.as(DemoData.CASE_MANAGER)
                .post(
                    "/api/patients/" + file + "/logbook/entries",
                    Map.of("category", "MOOD", "text", "Souriant ce matin", "important", true));
        assertThat(written.status()).isEqualTo(201);
        var id = written.json().get("id").asText();
        entryId = id;
        received =
            nurseOnB.await(
                e -> e.name().equals("logbook-entry") && e.data().contains(id),
                Duration.ofSeconds(5));
      }
      assertThat(received).as("an entry written on node A, seen live on node B").isPresent();
      assertThat(received.get().data()).contains(file).contains("\"important\":true");
      var lastEntry = entryId;
      assertThat(outsiderOnB.await(e -> e.data().contains(file), Duration.ofSeconds(2)))
          .as("not to an outsider, on any node")
          .isEmpty();
      assertThat(lastEntry).isNotNull();
    }
  }
}
