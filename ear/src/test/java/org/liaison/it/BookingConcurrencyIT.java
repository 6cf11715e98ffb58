package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.openFile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
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
import org.liaison.it.support.Database;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.Stack;

/** Two hundred case-manager requests for one slot at the same moment: exactly one books it. */
@ExtendWith(ArquillianExtension.class)
class BookingConcurrencyIT {

  private static final int ATTEMPTS = 200;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  record Attempt(int status, String body) {}

  @Test
  void twoHundredParallelBookingsOfOneSlotGiveOneAppointmentAndClear409s() throws Exception {
    var file = openFile();
    var day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(5 + (int) (Math.random() * 300));
    var published =
        Api.as(DemoData.GP)
            .post("/api/availability", Map.of("start", day + "T17:40", "durationMinutes", 20));
    assertThat(published.status()).as(published.raw().body()).isEqualTo(201);
    var slot = published.json().get(0).get("id").asText();

    var manager = Api.as(DemoData.CASE_MANAGER);
    var attempts = new ConcurrentLinkedQueue<Attempt>();
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(ATTEMPTS);
    for (int i = 0; i < ATTEMPTS; i++) {
      int n = i;
      pool.submit(
          () -> {
            start.await();
            var reply =
                manager.post(
                    "/api/availability/" + slot + "/booking",
                    Map.of("fileId", file, "title", "Consultation " + n));
            attempts.add(new Attempt(reply.status(), reply.raw().body()));
            return null;
          });
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();

    assertThat(attempts).hasSize(ATTEMPTS);
    assertThat(attempts.stream().filter(a -> a.status() == 201)).hasSize(1);
    assertThat(attempts.stream().filter(a -> a.status() != 201))
        .hasSize(ATTEMPTS - 1)
        .allSatisfy(
            a -> {
              assertThat(a.status()).isEqualTo(409);
              assertThat(a.body()).contains("slot-taken");
            });
    var booked = UUID.fromString(slot);
    assertThat(
            Database.count(
                "select count(*) from availability_slot where id = ? and appointment_id is not null",
                booked))
        .isEqualTo(1);
    assertThat(
            Database.count(
                "select count(*) from appointment where file_id = ?", UUID.fromString(file)))
        .as("the refused attempts left nothing behind")
        .isEqualTo(1);
  }
}
