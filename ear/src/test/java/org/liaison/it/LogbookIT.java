package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.openFile;

import java.util.List;
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
  void onlyTheAuthorCorrectsAnEntryAndTheImportanceIsKeptUnlessTheAuthorRemovesIt() {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var nurse = Api.as(DemoData.NURSE);
    var original =
        nurse.post(
            entries(file),
            Map.of("category", "CARE", "text", "Escarre talon droit", "important", true));
    assertThat(original.status()).as(original.raw().body()).isEqualTo(201);
    var originalId = original.json().get("id").asText();

    // another member of the team writes an entry of her own, she does not correct the nurse's
    var byOther =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                entries(file),
                Map.of("category", "CARE", "text", "Escarre talon gauche", "corrects", originalId));
    assertThat(byOther.status()).isEqualTo(403);
    assertThat(byOther.json().get("code").asText()).isEqualTo("not-author-of-entry");

    var kept =
        nurse.post(
            entries(file),
            Map.of("category", "CARE", "text", "Escarre talon gauche", "corrects", originalId));
    assertThat(kept.status()).as(kept.raw().body()).isEqualTo(201);
    assertThat(kept.json().get("important").asBoolean()).isTrue();
    var removed =
        nurse.post(
            entries(file),
            Map.of(
                "category",
                "CARE",
                "text",
                "Escarre talon gauche, en voie de guérison",
                "corrects",
                kept.json().get("id").asText(),
                "important",
                false));
    assertThat(removed.status()).as(removed.raw().body()).isEqualTo(201);
    assertThat(removed.json().get("important").asBoolean()).isFalse();
    var page = nurse.get(entries(file)).json().get("items");
    assertThat(page).hasSize(3);
    assertThat(page.get(2).get("correctedBy").asText()).isEqualTo(kept.json().get("id").asText());
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

  /** The first bytes of a real PNG, then some pixels: what a phone photo starts with. */
  private static byte[] png() {
    var bytes = new byte[2048];
    new java.util.Random(7).nextBytes(bytes);
    System.arraycopy(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, bytes, 0, 8);
    return bytes;
  }

  @Test
  void attachmentsAreCheckedByContentLimitedInSizeAndServedToTheTeamOnly() {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var manager = Api.as(DemoData.CASE_MANAGER);
    var uploads = "/api/patients/" + file + "/logbook/attachments";
    var rows = "select count(*) from logbook_attachment where file_id = ?";

    var disguised =
        manager.upload(
            uploads + "?name=ordonnance.pdf",
            "application/pdf",
            "#!/bin/sh\necho not a pdf\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(disguised.status()).as(disguised.raw().body()).isEqualTo(415);
    assertThat(disguised.json().get("code").asText()).isEqualTo("attachment-type-refused");
    var tooLarge = new byte[10 * 1024 * 1024 + 1];
    tooLarge[0] = '%';
    tooLarge[1] = 'P';
    tooLarge[2] = 'D';
    tooLarge[3] = 'F';
    tooLarge[4] = '-';
    var large = manager.upload(uploads + "?name=scan.pdf", "application/pdf", tooLarge);
    assertThat(large.status()).as(large.raw().body()).isEqualTo(413);
    assertThat(large.contentType()).startsWith("application/problem+json");
    assertThat(manager.upload(uploads, "image/png", new byte[0]).status()).isEqualTo(400);
    assertThat(Database.count(rows, UUID.fromString(file))).as("nothing stored").isZero();

    var photo = png();
    var uploaded = manager.upload(uploads + "?name=plaie.pdf", "application/pdf", photo);
    assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(201);
    assertThat(uploaded.json().get("mediaType").asText())
        .as("the type found in the content, not the name nor the declared type")
        .isEqualTo("image/png");
    var attachmentId = uploaded.json().get("id").asText();

    var entry =
        manager.post(
            entries(file),
            Map.of(
                "category",
                "CARE",
                "text",
                "Photo de la plaie",
                "attachments",
                List.of(attachmentId)));
    assertThat(entry.status()).as(entry.raw().body()).isEqualTo(201);
    assertThat(entry.json().at("/attachments/0/id").asText()).isEqualTo(attachmentId);
    var reused =
        manager.post(
            entries(file),
            Map.of("category", "CARE", "text", "x", "attachments", List.of(attachmentId)));
    assertThat(reused.status()).isEqualTo(400);
    assertThat(reused.json().at("/errors/0/field").asText()).isEqualTo("attachments[0]");

    var download = Api.as(DemoData.NURSE).download(uploads + "/" + attachmentId);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(download.body()).isEqualTo(photo);
    assertThat(
            Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER)
                .download(uploads + "/" + attachmentId)
                .statusCode())
        .isEqualTo(404);
    var other = openFile();
    assertThat(
            manager
                .download("/api/patients/" + other + "/logbook/attachments/" + attachmentId)
                .statusCode())
        .as("not through another patient's file")
        .isEqualTo(404);
  }

  @Test
  void aStructureChoosesTheCategoriesOfItsPatientsLogbooks() {
    var file = openFile();
    var admin = Api.as(DemoData.STRUCTURE_ADMIN);
    var choice = "/api/directory/structures/" + DemoData.DAC_ID + "/logbook-categories";
    var all = admin.get(choice).json().get("categories");
    assertThat(all).hasSize(8);
    try {
      assertThat(
              Api.as(DemoData.NURSING_HOME_ADMIN)
                  .put(choice, Map.of("categories", List.of("MEALS")), null)
                  .status())
          .as("another structure's admin")
          .isEqualTo(403);
      assertThat(
              Api.as(DemoData.CASE_MANAGER)
                  .put(choice, Map.of("categories", List.of("MEALS")), null)
                  .status())
          .isEqualTo(403);
      assertThat(admin.put(choice, Map.of("categories", List.of()), null).status()).isEqualTo(400);
      assertThat(admin.put(choice, Map.of("categories", List.of("MEALS", "MEALS")), null).status())
          .isEqualTo(400);
      assertThat(admin.put(choice, Map.of("categories", List.of("WEATHER")), null).status())
          .isEqualTo(400);

      var chosen = admin.put(choice, Map.of("categories", List.of("MEALS", "FALL", "OTHER")), null);
      assertThat(chosen.status()).as(chosen.raw().body()).isEqualTo(200);
      var manager = Api.as(DemoData.CASE_MANAGER);
      assertThat(manager.get("/api/patients/" + file + "/logbook/categories").json())
          .extracting(com.fasterxml.jackson.databind.JsonNode::asText)
          .containsExactly("MEALS", "FALL", "OTHER");
      var refused = manager.post(entries(file), Map.of("category", "CARE", "text", "Soins"));
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("category");
      assertThat(manager.post(entries(file), Map.of("category", "MEALS", "text", "Repas")).status())
          .isEqualTo(201);
    } finally {
      var everything = new java.util.ArrayList<String>();
      all.forEach(c -> everything.add(c.asText()));
      admin.put(choice, Map.of("categories", everything), null);
    }
  }
}
