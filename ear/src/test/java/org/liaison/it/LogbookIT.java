package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.openFile;

import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.Database;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.Stack;

/** The logbook is append-only: corrections, idempotent replays, read receipts. */
@ExtendWith(ArquillianExtension.class)
class LogbookIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  private static String entries(String file) {
    return "/api/patients/" + file + "/logbook/entries";
  }

  @Test
  void aCorrectionIsANewEntryAndTheOriginalShowsAsCorrected() {
    var file = openFile();
    var api = Api.as(DemoData.CASE_MANAGER);
    var original =
        api.post(entries(file), Map.of("category", "MEDICATION", "text", "Doliprane 1 g x4"));
    var originalId = original.json().get("id").asText();
    var correction =
        api.post(
            entries(file),
            Map.of(
                "category",
                "MEDICATION",
                "text",
                "Doliprane 1 g x3 (et non x4)",
                "corrects",
                originalId));
    assertThat(correction.status()).as(correction.raw().body()).isEqualTo(201);
    assertThat(correction.json().get("corrects").asText()).isEqualTo(originalId);

    var page = api.get(entries(file)).json().get("items");
    assertThat(page.get(0).get("id").asText()).isEqualTo(correction.json().get("id").asText());
    assertThat(page.get(1).get("text").asText()).isEqualTo("Doliprane 1 g x4");
    assertThat(page.get(1).get("correctedBy").asText())
        .isEqualTo(correction.json().get("id").asText());

    var other = openFile();
    var elsewhere =
        api.post(entries(other), Map.of("category", "OTHER", "text", "x", "corrects", originalId));
    assertThat(elsewhere.status()).isEqualTo(400);
    assertThat(elsewhere.json().at("/errors/0/field").asText()).isEqualTo("corrects");
  }

  @Test
  void theSameEntrySentTenTimesWithItsClientKeyIsOneEntry() {
    var file = openFile();
    var key = UUID.randomUUID().toString();
    var body = Map.of("category", "MEALS", "text", "A bien déjeuné", "clientKey", key);
    String first = null;
    for (int i = 0; i < 10; i++) {
      var reply = Api.as(DemoData.CASE_MANAGER).post(entries(file), body);
      assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
      first = first == null ? reply.json().get("id").asText() : first;
      assertThat(reply.json().get("id").asText()).isEqualTo(first);
    }
    assertThat(
            Database.count(
                "select count(*) from logbook_entry where file_id = ?", UUID.fromString(file)))
        .isEqualTo(1);
  }

  @Test
  void readReceiptsAndUnreadCountsFollowWhoReadWhat() {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var manager = Api.as(DemoData.CASE_MANAGER);
    var nurse = Api.as(DemoData.NURSE);
    manager.post(
        entries(file), Map.of("category", "CARE", "text", "Pansement refait", "important", true));
    manager.post(entries(file), Map.of("category", "MOOD", "text", "Moral en hausse"));
    var unread = "/api/patients/" + file + "/logbook/unread";
    assertThat(nurse.get(unread).json().get("count").asLong()).isEqualTo(2);
    assertThat(manager.get(unread).json().get("count").asLong()).as("her own entries").isZero();

    var seen = nurse.get(entries(file)).json().get("items");
    assertThat(seen.get(0).get("readByMe").asBoolean()).as("not yet when shown").isFalse();
    assertThat(nurse.get(unread).json().get("count").asLong()).isZero();
    var byManager = manager.get(entries(file)).json().get("items");
    assertThat(byManager.get(0).get("readBy").findValuesAsText("name"))
        .containsExactly("Claire Dubois");
    assertThat(Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER).get(unread).status()).isEqualTo(404);

    manager.post(entries(file), Map.of("category", "SOCIAL", "text", "Visite de sa fille"));
    assertThat(nurse.get("/api/logbook/unread").json().get(file).asLong())
        .as("per file, for Mes patients")
        .isEqualTo(1);
    assertThat(
            Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER)
                .get("/api/logbook/unread")
                .json()
                .has(file))
        .isFalse();
  }
}
