package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.it.support.CarePlans.aDraft;
import static org.liaison.it.support.CarePlans.newId;
import static org.liaison.it.support.CarePlans.path;
import static org.liaison.it.support.CarePlans.startedPlan;
import static org.liaison.it.support.Files.addToTeam;
import static org.liaison.it.support.Files.openFile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.Database;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.KeycloakLogin;
import org.liaison.it.support.Mailbox;
import org.liaison.it.support.Stack;

/** The care plan: who writes it, validation by the GP, versions, reviews, synthesis. */
@ExtendWith(ArquillianExtension.class)
class CarePlanIT {

  private static final String NURSE_MAIL = "claire.dubois@infirmiers-centre.example";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  @Test
  void theGpAndTheDelegatedStructureWriteOthersReadOutsidersSeeNothing() {
    var file = openFile();
    addToTeam(file, DemoData.GP_ID, "GP");
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var nurse = Api.as(DemoData.NURSE);
    var manager = Api.as(DemoData.CASE_MANAGER);

    var notStarted = nurse.get(path(file));
    assertThat(notStarted.status()).isEqualTo(200);
    assertThat(notStarted.json().get("started").asBoolean()).isFalse();
    assertThat(notStarted.json().get("mayAuthor").asBoolean()).isFalse();

    var byNurse = nurse.post(path(file), Map.of());
    assertThat(byNurse.status()).isEqualTo(403);
    assertThat(byNurse.json().get("code").asText()).isEqualTo("not-care-plan-author");
    assertThat(manager.post(path(file), Map.of()).status()).as("no delegation yet").isEqualTo(403);

    var started = Api.as(DemoData.GP).post(path(file), Map.of());
    assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
    assertThat(started.json().at("/draft/number").asInt()).isEqualTo(1);
    assertThat(Api.as(DemoData.GP).post(path(file), Map.of()).json().get("code").asText())
        .isEqualTo("care-plan-exists");
    var etag = started.header("ETag").orElseThrow();

    var draft = aDraft().withProblem(newId(), "HEALTH", "Chutes à répétition").build();
    var nurseEdit = nurse.put(path(file) + "/draft", draft, etag);
    assertThat(nurseEdit.status()).isEqualTo(403);
    assertThat(manager.put(path(file) + "/draft", draft, etag).status()).isEqualTo(403);

    var delegated =
        Api.as(DemoData.GP).post("/api/patients/" + file + "/care-team/delegation", Map.of());
    assertThat(delegated.status()).as(delegated.raw().body()).isEqualTo(201);
    var byDelegate = manager.put(path(file) + "/draft", draft, etag);
    assertThat(byDelegate.status()).as(byDelegate.raw().body()).isEqualTo(200);
    assertThat(byDelegate.json().get("mayAuthor").asBoolean()).isTrue();
    assertThat(byDelegate.json().get("mayValidate").asBoolean()).as("the GP validates").isFalse();
    var validatedByDelegate =
        manager.post(path(file) + "/validation", Map.of(), byDelegate.header("ETag").get());
    assertThat(validatedByDelegate.json().get("code").asText()).isEqualTo("not-gp");

    assertThat(nurse.get(path(file)).json().at("/draft/problems/0/description").asText())
        .isEqualTo("Chutes à répétition");
    var outsider = Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER);
    assertThat(outsider.get(path(file)).status()).isEqualTo(404);
    assertThat(outsider.get(path(file) + "/versions/1").status()).isEqualTo(404);
    assertThat(outsider.get(path(file) + "/versions/1/synthesis", "application/pdf").status())
        .isEqualTo(404);
    assertThat(outsider.put(path(file) + "/draft", draft, "\"1\"").status()).isEqualTo(404);
  }

  /** Issue 17, point 2: the GP delegates, the case manager drafts, the GP validates. */
  @Test
  void aDelegatedStructureDraftsTheGpValidatesAndTheLogbookSaysWhoDidWhat() {
    var file = openFile();
    addToTeam(file, DemoData.GP_ID, "GP");
    addToTeam(file, DemoData.NURSE_ID, "NURSE");
    var gp = Api.as(DemoData.GP);
    var manager = Api.as(DemoData.CASE_MANAGER);
    var delegationPath = "/api/patients/" + file + "/care-team/delegation";

    var before = gp.get(path(file)).json();
    assertThat(before.hasNonNull("delegation")).isFalse();
    assertThat(before.at("/coordinationStructure/name").asText()).isEqualTo("DAC Cœur de Loire");
    var byNurse = Api.as(DemoData.NURSE).post(delegationPath, Map.of());
    assertThat(byNurse.status()).isEqualTo(403);
    assertThat(byNurse.json().get("code").asText()).isEqualTo("not-gp-of-patient");

    assertThat(gp.post(delegationPath, Map.of()).status()).isEqualTo(201);
    assertThat(gp.post(delegationPath, Map.of()).json().get("code").asText())
        .isEqualTo("already-delegated");
    var seen = manager.get(path(file)).json();
    assertThat(seen.at("/delegation/structure/name").asText()).isEqualTo("DAC Cœur de Loire");
    assertThat(seen.at("/delegation/delegatedBy/lastName").asText()).isEqualTo("Moreau");
    assertThat(seen.get("mayAuthor").asBoolean()).isTrue();
    assertThat(kindsAbout(manager, file)).contains("CARE_PLAN_DELEGATED");
    assertThat(kindsAbout(Api.as(DemoData.NURSE), file))
        .as("the nurse is not of the delegated structure")
        .doesNotContain("CARE_PLAN_DELEGATED");

    var noDraft = manager.post(path(file) + "/validation-request", Map.of());
    assertThat(noDraft.status()).isEqualTo(409);
    assertThat(noDraft.json().get("code").asText()).isEqualTo("care-plan-not-started");
    var started = manager.post(path(file), Map.of());
    assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
    var draft = aDraft().withProblem(newId(), "HEALTH", "Chutes à répétition").build();
    var saved = manager.put(path(file) + "/draft", draft, started.header("ETag").orElseThrow());
    assertThat(saved.status()).isEqualTo(200);
    var asked = manager.post(path(file) + "/validation-request", Map.of());
    assertThat(asked.status()).as(asked.raw().body()).isEqualTo(200);
    assertThat(kindsAbout(gp, file)).contains("CARE_PLAN_VALIDATION_REQUESTED");
    assertThat(gp.post(path(file) + "/validation-request", Map.of()).json().get("code").asText())
        .isEqualTo("validation-is-yours");

    var validated =
        gp.post(path(file) + "/validation", Map.of(), gp.get(path(file)).header("ETag").get());
    assertThat(validated.status()).isEqualTo(200);
    assertThat(validated.json().at("/validated/createdByName").asText())
        .isEqualTo("Isabelle Martin");
    assertThat(validated.json().at("/validated/validatedByName").asText())
        .isEqualTo("Henri Moreau");

    assertThat(gp.delete(delegationPath).status()).isEqualTo(204);
    assertThat(kindsAbout(manager, file)).contains("CARE_PLAN_DELEGATION_WITHDRAWN");
    var after = manager.get(path(file));
    assertThat(after.json().get("mayAuthor").asBoolean()).isFalse();
    assertThat(after.json().hasNonNull("delegation")).isFalse();
    assertThat(manager.put(path(file) + "/draft", draft, after.header("ETag").get()).status())
        .isEqualTo(403);

    var logbook = new java.util.ArrayList<String>();
    for (var e :
        manager.get("/api/patients/" + file + "/logbook/entries?size=50").json().get("items")) {
      logbook.add(e.get("authorName").asText() + ": " + e.get("text").asText());
    }
    assertThat(logbook)
        .as("newest first: who did what")
        .containsSubsequence(
            "Henri Moreau: Délégation de la rédaction du PPS à DAC Cœur de Loire retirée : le"
                + " médecin traitant reprend la rédaction du plan.",
            "Henri Moreau: Version 1 du PPS, préparée par Isabelle Martin, validée et signée par"
                + " le médecin traitant.",
            "Isabelle Martin: Version 1 du PPS préparée par la structure : validation demandée au"
                + " médecin traitant, Henri Moreau.",
            "Henri Moreau: Délégation de la rédaction du PPS à DAC Cœur de Loire : la structure"
                + " prépare le plan, le médecin traitant le valide et le signe.");
  }

  private static java.util.List<String> kindsAbout(Api who, String file) {
    var kinds = new java.util.ArrayList<String>();
    for (var n : who.get("/api/notifications?size=100").json().get("items")) {
      if (file.equals(n.path("fileId").asText())) {
        kinds.add(n.get("kind").asText());
      }
    }
    return kinds;
  }

  @Test
  void validationFreezesAndSignsTheVersionAndAChangeOpensTheNextOne() throws Exception {
    var file = openFile();
    var etag = startedPlan(file);
    var gp = Api.as(DemoData.GP);
    var problem = newId();
    var action = newId();
    var draft =
        aDraft()
            .withProblem(problem, "AUTONOMY", "Toilette difficile seul")
            .withGoal(newId(), problem, "Toilette quotidienne sécurisée")
            .withAction(action, "Passage infirmier le matin", DemoData.NURSE_ID, null)
            .build();
    var saved = gp.put(path(file) + "/draft", draft, etag);
    assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);

    var missingIfMatch = gp.post(path(file) + "/validation", Map.of(), null);
    assertThat(missingIfMatch.status()).isEqualTo(428);
    var stale = gp.post(path(file) + "/validation", Map.of(), etag);
    assertThat(stale.status()).isEqualTo(412);

    var validated = gp.post(path(file) + "/validation", Map.of(), saved.header("ETag").get());
    assertThat(validated.status()).as(validated.raw().body()).isEqualTo(200);
    var v1 = validated.json().get("validated");
    assertThat(v1.get("number").asInt()).isEqualTo(1);
    assertThat(v1.get("validatedByName").asText()).isEqualTo("Henri Moreau");
    assertThat(v1.get("contentHash").asText()).hasSize(64);
    assertThat(validated.json().hasNonNull("draft")).isFalse();
    var again = gp.post(path(file) + "/validation", Map.of(), validated.header("ETag").get());
    assertThat(again.json().get("code").asText()).isEqualTo("nothing-to-validate");

    assertThatThrownBy(
            () ->
                Database.execute(
                    "update care_plan_version set content = '{}' where number = 1 and plan_id ="
                        + " (select id from care_plan where file_id = '"
                        + file
                        + "')"))
        .hasMessageContaining("frozen");

    // The nurse records progress on the validated plan: that change opens version 2.
    var nurse = Api.as(DemoData.NURSE);
    var progress =
        nurse.post(
            path(file) + "/actions/" + action + "/progress",
            Map.of("status", "IN_PROGRESS", "comment", "Premier passage fait"),
            validated.header("ETag").get());
    assertThat(progress.status()).as(progress.raw().body()).isEqualTo(200);
    assertThat(progress.json().at("/draft/number").asInt()).isEqualTo(2);
    assertThat(progress.json().at("/draft/actions/0/status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(progress.json().at("/draft/actions/0/mine").asBoolean()).isTrue();
    assertThat(progress.json().at("/validated/actions/0/status").asText())
        .as("version 1 stays as validated")
        .isEqualTo("PLANNED");
    assertThat(gp.get(path(file) + "/versions/1").json().get("contentHash").asText())
        .isEqualTo(v1.get("contentHash").asText());

    assertThat(
            Api.as(DemoData.HOME_AIDE)
                .post(
                    path(file) + "/actions/" + action + "/progress",
                    Map.of("status", "DONE"),
                    progress.header("ETag").get())
                .status())
        .as("not in this team")
        .isEqualTo(404);
  }

  @Test
  void twoVersionsCompareItemByItem() {
    var file = openFile();
    var etag = startedPlan(file);
    var gp = Api.as(DemoData.GP);
    var kept = newId();
    var removed = newId();
    var changed = newId();
    var first =
        gp.put(
            path(file) + "/draft",
            aDraft()
                .withProblem(kept, "HEALTH", "Diabète déséquilibré")
                .withProblem(removed, "HOUSING", "Escalier dangereux")
                .withAction(changed, "Bilan podologique", null, "2026-12-15")
                .build(),
            etag);
    var validated = gp.post(path(file) + "/validation", Map.of(), first.header("ETag").get());
    var added = newId();
    var second =
        gp.put(
            path(file) + "/draft",
            aDraft()
                .withProblem(kept, "HEALTH", "Diabète déséquilibré")
                .withProblem(added, "CAREGIVER", "Fille épuisée")
                .withAction(changed, "Bilan podologique", null, "2027-01-10")
                .build(),
            validated.header("ETag").get());
    assertThat(second.json().at("/draft/number").asInt()).isEqualTo(2);

    var diff = gp.get(path(file) + "/comparison?from=1&to=2").json();
    assertThat(diff.at("/problems/added/0/description").asText()).isEqualTo("Fille épuisée");
    assertThat(diff.at("/problems/removed/0/description").asText()).isEqualTo("Escalier dangereux");
    assertThat(diff.at("/problems/changed")).isEmpty();
    assertThat(diff.at("/actions/changed/0/before/dueOn").asText()).isEqualTo("2026-12-15");
    assertThat(diff.at("/actions/changed/0/after/dueOn").asText()).isEqualTo("2027-01-10");
    assertThat(gp.get(path(file) + "/comparison?from=1&to=9").status()).isEqualTo(404);
    assertThat(gp.get(path(file) + "/comparison?from=x&to=2").status()).isEqualTo(400);
  }

  @Test
  void aReviewIsScheduledHeldAndOpensTheNextVersionAndOverdueItemsReachTheCaseManager() {
    var file = openFile();
    var etag = startedPlan(file);
    var gp = Api.as(DemoData.GP);
    var lateAction = "Renouveler l'APA " + UUID.randomUUID();
    var saved =
        gp.put(
            path(file) + "/draft",
            aDraft()
                .withProblem(newId(), "SOCIAL", "Droits à ouvrir")
                .withAction(newId(), lateAction, DemoData.CASE_MANAGER_ID, "2026-01-05")
                .build(),
            etag);
    var validated = gp.post(path(file) + "/validation", Map.of(), saved.header("ETag").get());
    var manager = Api.as(DemoData.CASE_MANAGER);
    var purpose = "Bilan à trois mois " + UUID.randomUUID();
    var scheduled =
        manager.post(
            path(file) + "/reviews",
            Map.of("dueOn", "2026-02-01", "purpose", purpose),
            validated.header("ETag").get());
    assertThat(scheduled.status()).as(scheduled.raw().body()).isEqualTo(200);
    assertThat(scheduled.json().at("/reviews/0/overdue").asBoolean()).isTrue();
    assertThat(scheduled.json().get("overdueReviews").asLong()).isEqualTo(1);
    assertThat(scheduled.json().get("overdueActions").asLong()).isEqualTo(1);

    var followUp = manager.get("/api/care-plans/follow-up").json();
    assertThat(followUp.findValuesAsText("description")).contains(purpose, lateAction);
    assertThat(
            Api.as(DemoData.NURSE)
                .get("/api/care-plans/follow-up")
                .json()
                .findValuesAsText("description"))
        .as("only for the case manager")
        .doesNotContain(purpose);

    var reviewId = scheduled.json().at("/reviews/0/id").asText();
    var byNurse =
        Api.as(DemoData.NURSE)
            .post(
                path(file) + "/reviews/" + reviewId + "/outcome",
                Map.of("heldOn", LocalDate.now().toString(), "outcome", "x"),
                scheduled.header("ETag").get());
    assertThat(byNurse.status()).isEqualTo(403);
    var future =
        manager.post(
            path(file) + "/reviews/" + reviewId + "/outcome",
            Map.of("heldOn", LocalDate.now().plusDays(3).toString(), "outcome", "x"),
            scheduled.header("ETag").get());
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().at("/errors/0/field").asText()).isEqualTo("heldOn");

    var held =
        manager.post(
            path(file) + "/reviews/" + reviewId + "/outcome",
            Map.of(
                "heldOn",
                "2026-02-03",
                "outcome",
                "Situation stable, APA à relancer",
                "openNextVersion",
                true),
            scheduled.header("ETag").get());
    assertThat(held.status()).as(held.raw().body()).isEqualTo(200);
    assertThat(held.json().at("/reviews/0/openedVersion").asInt()).isEqualTo(2);
    assertThat(held.json().at("/reviews/0/overdue").asBoolean()).isFalse();
    assertThat(held.json().at("/draft/number").asInt()).isEqualTo(2);
    var twice =
        manager.post(
            path(file) + "/reviews/" + reviewId + "/outcome",
            Map.of("heldOn", "2026-02-03", "outcome", "encore"),
            held.header("ETag").get());
    assertThat(twice.json().get("code").asText()).isEqualTo("review-already-recorded");
  }

  @Test
  void theValidatedSynthesisIsAPdfWithThePatientAndTheActionsAndTheTeamIsToldByEMail()
      throws Exception {
    var file = openFile();
    var patient = Api.as(DemoData.CASE_MANAGER).get("/api/patients/" + file).json();
    var etag = startedPlan(file);
    var gp = Api.as(DemoData.GP);
    var action = "Portage de repas " + UUID.randomUUID().toString().substring(0, 8);
    var saved =
        gp.put(
            path(file) + "/draft",
            aDraft()
                .withProblem(newId(), "AUTONOMY", "Ne cuisine plus")
                .withAction(newId(), action, DemoData.NURSE_ID, "2026-12-20")
                .build(),
            etag);
    var validated = gp.post(path(file) + "/validation", Map.of(), saved.header("ETag").get());
    assertThat(validated.status()).isEqualTo(200);

    var pdf = fetch(path(file) + "/versions/1/synthesis", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
        .contains("synthese-pps-v1.pdf");
    assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    try (var document = Loader.loadPDF(pdf.body())) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      var text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(patient.get("lastName").asText().toUpperCase())
          .contains(patient.get("firstName").asText())
          .contains(action)
          .contains("Claire Dubois")
          .contains("validée par Henri Moreau");
    }
    var html = Api.as(DemoData.NURSE).get(path(file) + "/versions/1/synthesis", "text/html");
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.raw().body()).contains(action).contains("Plan personnalisé de santé");

    var mail =
        Mailbox.awaitMail(
            NURSE_MAIL,
            m ->
                m.body().contains("/patients/" + file + "/care-plan")
                    && m.body().contains("validée"));
    assertThat(mail.body())
        .contains("validée")
        .doesNotContain(patient.get("lastName").asText())
        .doesNotContain(action);
    var notifications = Api.as(DemoData.NURSE).get("/api/notifications?size=50").json();
    assertThat(notifications.get("items").findValuesAsText("link"))
        .contains("/patients/" + file + "/care-plan");
    assertThat(Api.as(DemoData.NURSE).get("/api/notifications/unread").json().get("count").asLong())
        .isPositive();
    assertThat(
            Api.as(DemoData.OTHER_STRUCTURE_CASE_MANAGER)
                .get("/api/notifications?size=100")
                .json()
                .get("items")
                .findValuesAsText("fileId"))
        .as("an outsider is never notified")
        .doesNotContain(file);
  }

  @Test
  void badInputIsA400NamingTheFieldAndChangesNothing() {
    var file = openFile();
    var etag = startedPlan(file);
    var gp = Api.as(DemoData.GP);
    var draft = path(file) + "/draft";

    var malformed = gp.put(draft, "{\"problems\": [", etag);
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(gp.put(draft, aDraft().build(), null).status()).as("no If-Match").isEqualTo(428);
    var cases =
        Map.of(
            "{\"problems\":[{\"domain\":\"WEATHER\",\"description\":\"x\"}],\"goals\":[],\"actions\":[]}",
            "problems",
            "{\"problems\":[],\"goals\":[],\"actions\":[{\"description\":\"x\",\"dueOn\":\"31/12/2026\"}]}",
            "actions",
            "{\"problems\":[],\"goals\":[],\"actions\":[{\"description\":\" \"}]}",
            "actions",
            "{\"problems\":[],\"goals\":[],\"actions\":[],\"signature\":\"forged\"}",
            "signature");
    for (var body : cases.entrySet()) {
      var reply = gp.put(draft, body.getKey(), etag);
      assertThat(reply.status()).as(body.getKey() + " -> " + reply.raw().body()).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.raw().body()).contains(body.getValue()).doesNotContain("at org.");
    }
    var unknownProblem =
        gp.put(draft, aDraft().withGoal(newId(), newId(), "Rester à domicile").build(), etag);
    assertThat(unknownProblem.status()).isEqualTo(400);
    assertThat(unknownProblem.json().at("/errors/0/field").asText())
        .isEqualTo("goals[0].problemId");
    var outsiderAssignee =
        gp.put(
            draft,
            aDraft().withAction(newId(), "Aide au repas", DemoData.HOME_AIDE_ID, null).build(),
            etag);
    assertThat(outsiderAssignee.json().at("/errors/0/field").asText())
        .isEqualTo("actions[0].assigneeProfessionalId");
    var sameId = newId();
    var twice =
        gp.put(
            draft,
            aDraft().withProblem(sameId, "HEALTH", "a").withProblem(sameId, "SOCIAL", "b").build(),
            etag);
    assertThat(twice.json().at("/errors/0/field").asText()).isEqualTo("problems[1].id");
    assertThat(
            gp.post(path(file) + "/actions/not-a-uuid/progress", Map.of("status", "DONE"), etag)
                .status())
        .isEqualTo(400);
    assertThat(
            gp.post(
                    path(file) + "/actions/" + newId() + "/progress",
                    Map.of("status", "DONE"),
                    etag)
                .status())
        .isEqualTo(404);
    assertThat(gp.get(path(file) + "/versions/abc").status()).isEqualTo(400);

    var plan = gp.get(path(file)).json();
    assertThat(plan.get("revision").asText()).isEqualTo(etag.replace("\"", ""));
    assertThat(plan.at("/draft/problems")).isEmpty();
  }

  @Test
  void actionsAndReviewsThatFallDueAreRemindedOnceEach() throws Exception {
    var file = openFile();
    var etag = startedPlan(file);
    var gp = Api.as(DemoData.GP);
    var yesterday = LocalDate.now().minusDays(1).toString();
    var saved =
        gp.put(
            path(file) + "/draft",
            aDraft().withAction(newId(), "Bilan sanguin", DemoData.NURSE_ID, yesterday).build(),
            etag);
    var review =
        Api.as(DemoData.CASE_MANAGER)
            .post(
                path(file) + "/reviews",
                Map.of("dueOn", yesterday, "purpose", "Bilan à un mois"),
                saved.header("ETag").get());
    assertThat(review.status()).isEqualTo(200);

    // The reminder timer runs every 5 s in the test server: wait for it, then for two more runs.
    var nurseReminders = awaitNotifications(DemoData.NURSE, file, "CARE_PLAN_ACTION_DUE", 1);
    var managerReminders =
        awaitNotifications(DemoData.CASE_MANAGER, file, "CARE_PLAN_REVIEW_DUE", 1);
    assertThat(nurseReminders).as("the assignee of the action due").isEqualTo(1);
    assertThat(managerReminders).as("the case manager, for the review").isEqualTo(1);
    // Two more runs of the timer (nothing to observe when it rightly does nothing: wait them out).
    Thread.sleep(11_000);
    assertThat(awaitNotifications(DemoData.NURSE, file, "CARE_PLAN_ACTION_DUE", 1))
        .isEqualTo(nurseReminders);
    assertThat(awaitNotifications(DemoData.CASE_MANAGER, file, "CARE_PLAN_REVIEW_DUE", 1))
        .isEqualTo(managerReminders);
  }

  /** How many notifications of a kind about a file the user has, once there are at least n. */
  private static long awaitNotifications(String user, String file, String kind, int n)
      throws InterruptedException {
    var deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    long count = 0;
    while (System.nanoTime() < deadline) {
      count =
          Api.as(user)
              .get("/api/notifications?size=100")
              .json()
              .get("items")
              .findParents("kind")
              .stream()
              .filter(
                  x ->
                      x.get("kind").asText().equals(kind) && file.equals(x.path("fileId").asText()))
              .count();
      if (count >= n) {
        return count;
      }
      Thread.sleep(500);
    }
    return count;
  }

  private static HttpResponse<byte[]> fetch(String path, String accept) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(Stack.BASE_URL + path))
                .header("Accept", accept)
                .header("Authorization", "Bearer " + KeycloakLogin.tokenFor(DemoData.NURSE))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
