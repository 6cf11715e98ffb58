package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.openFile;

import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.LiveStream;
import org.liaison.it.support.Stack;

/** New logbook entries and unread counts reach the team's open browsers at once, and only them. */
@ExtendWith(ArquillianExtension.class)
class LiveIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  @Test
  void aNewEntryReachesTheTeamLiveButNeverAnOutsider() throws Exception {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    try (var nurse = LiveStream.open(DemoData.NURSE);
        var outsider = LiveStream.open(DemoData.OTHER_STRUCTURE_CASE_MANAGER)) {
      var written =
          Api.as(DemoData.CASE_MANAGER)
              .post(
                  "/api/patients/" + file + "/logbook/entries",
                  Map.of("category", "FALL", "text", "Chute sans gravité", "important", true));
      var entryId = written.json().get("id").asText();

      var event =
          nurse.await(
              e -> e.name().equals("logbook-entry") && e.data().contains(file),
              Duration.ofSeconds(30));
      assertThat(event).isPresent();
      assertThat(event.get().data()).contains(entryId).contains("\"important\":true");
      assertThat(event.get().data()).doesNotContain("Chute");
      var count =
          nurse.await(
              e -> e.name().equals("notification") && e.data().contains("unread"),
              Duration.ofSeconds(30));
      assertThat(count).as("the important entry raised her unread count").isPresent();

      assertThat(outsider.await(e -> e.data().contains(file), Duration.ofSeconds(3)))
          .as("an outsider's stream never carries this patient's events")
          .isEmpty();
    }
  }

  @Test
  void theLiveStreamNeedsALogin() {
    assertThat(Api.anonymous().get("/api/live", "text/event-stream").status()).isEqualTo(401);
  }
}
