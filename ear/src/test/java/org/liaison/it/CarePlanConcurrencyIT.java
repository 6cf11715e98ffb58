package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.CarePlans.path;
import static org.liaison.it.support.CarePlans.startedPlan;
import static org.liaison.it.support.Files.openFile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.Stack;

/**
 * 64 writers edit the same draft at once, each from the plan as it read it, with If-Match: every
 * write is applied or refused with 412, and the draft ends as the applied writes made it — no
 * update lost.
 */
@ExtendWith(ArquillianExtension.class)
class CarePlanConcurrencyIT {

  private static final int WRITERS = 64;
  private static final int ATTEMPTS = 3;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  /** One write as it happened: from which revision, with what answer. */
  record Write(int writer, long from, int status, long to) {}

  @Test
  void sixtyFourParallelWritersNeverLoseAnUpdate() throws Exception {
    var file = openFile();
    var initial = Long.parseLong(startedPlan(file).replace("\"", ""));
    var gp = Api.as(DemoData.GP);
    var writes = new ConcurrentLinkedQueue<Write>();
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(16);
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      pool.submit(
          () -> {
            start.await();
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
              var read = gp.get(path(file));
              var from = read.json().get("revision").asLong();
              var reply =
                  gp.put(
                      path(file) + "/draft",
                      withOneMoreAction(read.json(), writer),
                      read.header("ETag").orElseThrow());
              var to = reply.status() == 200 ? reply.json().get("revision").asLong() : -1;
              writes.add(new Write(writer, from, reply.status(), to));
              if (reply.status() == 200) {
                break;
              }
            }
            return null;
          });
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

    assertThat(writes).extracting(Write::status).allMatch(s -> s == 200 || s == 412);
    var applied = writes.stream().filter(w -> w.status() == 200).toList();
    assertThat(applied).isNotEmpty();
    assertThat(writes).extracting(Write::status).contains(412);

    // The applied writes form one chain of revisions, each made from the one before.
    var sorted = applied.stream().sorted((a, b) -> Long.compare(a.from(), b.from())).toList();
    var revision = initial;
    for (var write : sorted) {
      assertThat(write.from()).as("applied writes follow each other").isEqualTo(revision);
      assertThat(write.to()).isEqualTo(revision + 1);
      revision = write.to();
    }

    // The draft holds exactly the actions of the applied writers, in the order they applied.
    var last = gp.get(path(file)).json();
    assertThat(last.get("revision").asLong()).isEqualTo(initial + applied.size());
    var descriptions = new ArrayList<String>();
    last.at("/draft/actions").forEach(a -> descriptions.add(a.get("description").asText()));
    assertThat(descriptions)
        .containsExactlyElementsOf(sorted.stream().map(w -> "writer " + w.writer()).toList());
  }

  /** The draft as read, plus this writer's own action. */
  private static Map<String, Object> withOneMoreAction(JsonNode plan, int writer) {
    var actions = new ArrayList<Map<String, Object>>();
    for (var action : plan.at("/draft/actions")) {
      var kept = new LinkedHashMap<String, Object>();
      kept.put("id", action.get("id").asText());
      kept.put("description", action.get("description").asText());
      actions.add(kept);
    }
    actions.add(Map.of("description", "writer " + writer));
    return Map.of("problems", List.of(), "goals", List.of(), "actions", actions);
  }
}
