package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.Stack;

/**
 * The default views (a DAC's and the region's: no period, no filter) are prepared ahead by the
 * server's timer (every minute on the test server, arquillian.xml) and served from it, with {@code
 * refreshMinutes}; any other view is computed on request.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardPreparationIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final long WAIT_MS = 150_000;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  @Test
  void theRegionsDefaultViewIsPreparedAndPreparedAgain() throws Exception {
    var first = preparedView(DashboardIT.REGIONAL_OBSERVER, "/api/dashboards/region", null);
    assertThat(first.get("scope").asText()).isEqualTo("REGION");
    var lastMonth = YearMonth.now(PARIS).minusMonths(1);
    assertThat(first.at("/period/from").asText())
        .isEqualTo(lastMonth.minusMonths(11).atDay(1).toString());
    assertThat(first.at("/period/to").asText()).isEqualTo(lastMonth.atEndOfMonth().toString());
    assertThat(first.get("sections")).isNotEmpty();
    // the next run of the timer replaces it with newer figures
    var again =
        preparedView(
            DashboardIT.REGIONAL_OBSERVER,
            "/api/dashboards/region",
            Instant.parse(first.get("generatedAt").asText()));
    assertThat(again.get("sections").size()).isEqualTo(first.get("sections").size());
  }

  @Test
  void aDacsDefaultViewIsPreparedAndTheSameTwelveMonthsAskedExplicitlyReadIt() throws Exception {
    var path = "/api/dashboards/structures/" + DemoData.DAC_ID;
    var prepared = preparedView(DemoData.STRUCTURE_ADMIN, path, null);
    var explicit =
        Api.as(DemoData.STRUCTURE_ADMIN)
            .get(
                path
                    + "?from="
                    + prepared.at("/period/from").asText()
                    + "&to="
                    + prepared.at("/period/to").asText());
    assertThat(explicit.status()).as(explicit.raw().body()).isEqualTo(200);
    if (!explicit.json().hasNonNull("refreshMinutes")) {
      // the timer ran between the two requests and a reader's request was cached since: rare
      assertThat(Instant.parse(explicit.json().get("generatedAt").asText()))
          .isAfter(Instant.parse(prepared.get("generatedAt").asText()));
    } else {
      assertThat(explicit.json().get("sections")).isEqualTo(prepared.get("sections"));
    }
  }

  @Test
  void aFilteredOrOtherPeriodIsComputedForTheRequest() {
    var path = "/api/dashboards/structures/" + DemoData.DAC_ID;
    var today = LocalDate.now(PARIS);
    var asked = Instant.now();
    var other =
        Api.as(DemoData.STRUCTURE_ADMIN)
            .get(
                path
                    + "?from="
                    + today.minusDays(400 + (asked.getEpochSecond() % 97))
                    + "&to="
                    + today);
    assertThat(other.status()).as(other.raw().body()).isEqualTo(200);
    assertThat(other.json().hasNonNull("refreshMinutes")).isFalse();
    var filtered =
        Api.as(DemoData.STRUCTURE_ADMIN).get(path + "?area=Preparation-" + asked.toEpochMilli());
    assertThat(filtered.status()).as(filtered.raw().body()).isEqualTo(200);
    assertThat(filtered.json().hasNonNull("refreshMinutes")).isFalse();
    assertThat(Instant.parse(filtered.json().get("generatedAt").asText()))
        .isAfterOrEqualTo(asked.minusSeconds(1));
  }

  /** The default view once it is served prepared (and newer than {@code after} when given). */
  private static JsonNode preparedView(String reader, String path, Instant after)
      throws InterruptedException {
    var deadline = System.currentTimeMillis() + WAIT_MS;
    JsonNode view = null;
    while (System.currentTimeMillis() < deadline) {
      var reply = Api.as(reader).get(path);
      assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
      view = reply.json();
      if (view.path("refreshMinutes").asInt() == 1
          && (after == null || Instant.parse(view.get("generatedAt").asText()).isAfter(after))) {
        return view;
      }
      Thread.sleep(2_000);
    }
    throw new AssertionError("no prepared view of " + path + " within " + WAIT_MS + " ms: " + view);
  }
}
