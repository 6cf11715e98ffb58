package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.openFile;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.LiveStream;
import org.liaison.it.support.Stack;

/**
 * Conversations about a patient are the care team's (and the resource teams it calls in), topic
 * conversations their members'; mentions notify; unread counts; hand-over; a message becomes a
 * logbook entry with its author and time.
 */
@ExtendWith(ArquillianExtension.class)
class MessagingIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  private static String start(Api api, Map<String, Object> body) {
    var reply = api.post("/api/conversations", body);
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
    return reply.json().get("id").asText();
  }

  @Test
  void aPatientConversationIsTheTeamsAndNeverReachesAnOutsider() throws Exception {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var manager = Api.as(DemoData.CASE_MANAGER);
    var nurse = Api.as(DemoData.NURSE);
    var outsider = Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER);
    assertThat(
            outsider
                .post(
                    "/api/conversations", Map.of("kind", "PATIENT", "fileId", file, "subject", "x"))
                .status())
        .isEqualTo(404);
    var id =
        start(manager, Map.of("kind", "PATIENT", "fileId", file, "subject", "Retour d'hôpital"));
    var messages = "/api/conversations/" + id + "/messages";

    try (var nurseLive = LiveStream.open(DemoData.NURSE);
        var outsiderLive = LiveStream.open(DemoData.OTHER_STRUCTURE_CASE_MANAGER)) {
      var key = UUID.randomUUID().toString();
      var body =
          Map.of(
              "text",
              "@Claire Dubois peux-tu passer demain ?",
              "mentions",
              List.of(DemoData.NURSE_ID),
              "clientKey",
              key);
      var posted = manager.post(messages, body);
      assertThat(posted.status()).as(posted.raw().body()).isEqualTo(201);
      assertThat(manager.post(messages, body).json().get("id").asText())
          .as("the same client key twice is one message")
          .isEqualTo(posted.json().get("id").asText());
      var messageId = posted.json().get("id").asText();
      assertThat(
              nurseLive.await(
                  e -> e.name().equals("message") && e.data().contains(messageId),
                  Duration.ofSeconds(15)))
          .isPresent();
      assertThat(outsiderLive.await(e -> e.data().contains(id), Duration.ofSeconds(2))).isEmpty();
    }

    var summaries = nurse.get("/api/conversations").json();
    var mine =
        summaries.findParents("id").stream().filter(n -> n.get("id").asText().equals(id)).toList();
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).get("unread").asLong()).isEqualTo(1);
    assertThat(nurse.get("/api/patients/" + file + "/conversations").json().findValuesAsText("id"))
        .contains(id);
    var page = nurse.get(messages).json();
    assertThat(page.at("/items/0/mentions/0/name").asText()).isEqualTo("Claire Dubois");
    assertThat(
            nurse.get("/api/conversations").json().findParents("id").stream()
                .filter(n -> n.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow()
                .get("unread")
                .asLong())
        .as("read once shown")
        .isZero();
    assertThat(nurse.get("/api/notifications?size=50").json().get("items").findValuesAsText("link"))
        .contains("/messages/" + id);

    assertThat(outsider.get("/api/conversations/" + id).status()).isEqualTo(404);
    assertThat(outsider.get(messages).status()).isEqualTo(404);
    assertThat(outsider.post(messages, Map.of("text", "intrusion")).status()).isEqualTo(404);
    assertThat(outsider.get("/api/conversations").json().findValuesAsText("id")).doesNotContain(id);
    var notMember =
        manager.post(
            messages,
            Map.of("text", "x", "mentions", List.of(DemoData.OTHER_STRUCTURE_CASE_MANAGER_ID)));
    assertThat(notMember.status()).isEqualTo(400);
    assertThat(notMember.json().at("/errors/0/field").asText()).isEqualTo("mentions[0]");
  }

  @Test
  void aMessageBecomesALogbookEntryWithItsAuthorAndTime() {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var id =
        start(
            Api.as(DemoData.CASE_MANAGER),
            Map.of("kind", "PATIENT", "fileId", file, "subject", "Pansement"));
    var posted =
        Api.as(DemoData.NURSE)
            .post(
                "/api/conversations/" + id + "/messages",
                Map.of("text", "Plaie propre, pansement refait"));
    var copy =
        "/api/conversations/"
            + id
            + "/messages/"
            + posted.json().get("id").asText()
            + "/logbook-entry";
    var entry =
        Api.as(DemoData.CASE_MANAGER).post(copy, Map.of("category", "CARE", "important", true));
    assertThat(entry.status()).as(entry.raw().body()).isEqualTo(201);
    assertThat(entry.json().get("authorName").asText()).isEqualTo("Claire Dubois");
    assertThat(entry.json().get("authorRole").asText()).isEqualTo("NURSE");
    assertThat(entry.json().get("text").asText()).isEqualTo("Plaie propre, pansement refait");
    assertThat(entry.json().get("writtenAt").asText())
        .isEqualTo(posted.json().get("sentAt").asText());
    var again = Api.as(DemoData.CASE_MANAGER).post(copy, Map.of("category", "CARE"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asText()).isEqualTo("already-in-logbook");
    var logbook = Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + file + "/logbook/entries");
    assertThat(logbook.json().get("items").findValuesAsText("text"))
        .contains("Plaie propre, pansement refait");
  }

  @Test
  void aTopicConversationIsItsMembersAndItsOwnerHandsItOver() {
    var manager = Api.as(DemoData.CASE_MANAGER);
    var id =
        start(
            manager,
            Map.of(
                "kind",
                "TOPIC",
                "subject",
                "Planning des congés " + UUID.randomUUID(),
                "memberIds",
                List.of(DemoData.NURSE_ID)));
    var path = "/api/conversations/" + id;
    var aide = Api.as(DemoData.HOME_AIDE);
    assertThat(aide.get(path).status()).isEqualTo(404);
    assertThat(
            Api.as(DemoData.NURSE)
                .post(path + "/members", Map.of("professionalIds", List.of(DemoData.HOME_AIDE_ID)))
                .status())
        .as("only the owner adds")
        .isEqualTo(403);
    var added =
        manager.post(path + "/members", Map.of("professionalIds", List.of(DemoData.HOME_AIDE_ID)));
    assertThat(added.status()).as(added.raw().body()).isEqualTo(200);
    assertThat(aide.get(path).status()).isEqualTo(200);
    assertThat(aide.get(path + "/messages").json().at("/items/0/system").asBoolean()).isTrue();

    var handed = manager.post(path + "/delegation", Map.of("to", DemoData.NURSE_ID));
    assertThat(handed.json().get("ownerName").asText()).isEqualTo("Claire Dubois");
    assertThat(handed.json().get("mayManage").asBoolean()).isFalse();
    assertThat(Api.as(DemoData.NURSE).get(path).json().get("mayManage").asBoolean()).isTrue();
    assertThat(manager.post(path + "/delegation", Map.of("to", DemoData.NURSE_ID)).status())
        .isEqualTo(403);
    assertThat(
            Api.as(DemoData.NURSE)
                .post(path + "/delegation", Map.of("to", DemoData.OTHER_STRUCTURE_CASE_MANAGER_ID))
                .json()
                .at("/errors/0/field")
                .asText())
        .isEqualTo("to");
    var copy =
        manager.post(
            path
                + "/messages/"
                + aide.get(path + "/messages").json().at("/items/0/id").asText()
                + "/logbook-entry",
            Map.of("category", "CARE"));
    assertThat(copy.status()).isIn(404, 409);
  }

  @Test
  void aMemberCallsInAResourceTeam() {
    var file = openFile();
    var manager = Api.as(DemoData.CASE_MANAGER);
    var id =
        start(manager, Map.of("kind", "PATIENT", "fileId", file, "subject", "Avis pharmacien"));
    var called =
        manager.post(
            "/api/conversations/" + id + "/resource-teams",
            Map.of("structureId", DemoData.PHARMACY_ID));
    assertThat(called.status()).as(called.raw().body()).isEqualTo(200);
    assertThat(called.json().get("members").findValuesAsText("via")).contains("RESOURCE_TEAM");
    assertThat(called.json().get("members").findValuesAsText("id"))
        .contains(DemoData.PHARMACIST_WITHOUT_LOGIN_ID);
    assertThat(
            manager
                .post(
                    "/api/conversations/" + id + "/resource-teams",
                    Map.of("structureId", UUID.randomUUID().toString()))
                .status())
        .isEqualTo(400);
  }

  @Test
  void aMessageCarriesPhotosAndPdfCheckedByContentAndReadByItsMembersOnly() {
    var file = openFile();
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var manager = Api.as(DemoData.CASE_MANAGER);
    var id = start(manager, Map.of("kind", "PATIENT", "fileId", file, "subject", "Ordonnance"));
    var uploads = "/api/conversations/" + id + "/attachments";
    var pdf = "%PDF-1.4\n% ordonnance\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    var disguised =
        manager.upload(
            uploads + "?name=ordonnance.pdf",
            "application/pdf",
            "MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(disguised.status()).isEqualTo(415);
    assertThat(
            Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER)
                .upload(uploads + "?name=x.pdf", "application/pdf", pdf)
                .status())
        .isEqualTo(404);
    var uploaded =
        manager.upload(uploads + "?name=ordonnance.pdf", "application/octet-stream", pdf);
    assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(201);
    assertThat(uploaded.json().get("mediaType").asText()).isEqualTo("application/pdf");
    var attachmentId = uploaded.json().get("id").asText();
    var posted =
        manager.post(
            "/api/conversations/" + id + "/messages",
            Map.of("text", "Nouvelle ordonnance jointe", "attachments", List.of(attachmentId)));
    assertThat(posted.status()).as(posted.raw().body()).isEqualTo(201);
    assertThat(posted.json().at("/attachments/0/name").asText()).isEqualTo("ordonnance.pdf");
    var reused =
        manager.post(
            "/api/conversations/" + id + "/messages",
            Map.of("text", "encore", "attachments", List.of(attachmentId)));
    assertThat(reused.status()).isEqualTo(400);

    var nurse = Api.as(DemoData.NURSE);
    assertThat(
            nurse
                .get("/api/conversations/" + id + "/messages")
                .json()
                .at("/items/0/attachments/0/id")
                .asText())
        .isEqualTo(attachmentId);
    var download = nurse.download(uploads + "/" + attachmentId);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(
            Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER)
                .download(uploads + "/" + attachmentId)
                .statusCode())
        .isEqualTo(404);
  }
}
