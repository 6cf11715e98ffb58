package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.openFile;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.LiveStream;
import org.liaison.it.support.SecondNode;
import org.liaison.it.support.Stack;

/**
 * Two nodes of the provisioned server on the same database: an entry written through node A
 * reaches, live, the nurse whose browser is connected to node B (the nodes' messaging servers
 * forward the live topic to each other), and never an outsider connected to B.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterLiveIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  @Test
  void anEntryWrittenOnNodeAReachesTheTeamConnectedToNodeB() throws Exception {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    try (var nodeB = SecondNode.start();
        var nurseOnB = LiveStream.open(SecondNode.BASE_URL, DemoData.NURSE);
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
