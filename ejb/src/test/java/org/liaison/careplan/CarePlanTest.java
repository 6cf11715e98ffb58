package org.liaison.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.careplan.CarePlanContent.Action;
import org.liaison.careplan.CarePlanContent.ActionStatus;
import org.liaison.careplan.CarePlanContent.Assignee;
import org.liaison.careplan.CarePlanContent.AssigneeKind;
import org.liaison.careplan.CarePlanContent.Problem;
import org.liaison.careplan.CarePlanContent.ProblemDomain;
import org.liaison.directory.Profession;
import org.liaison.directory.ProfessionalView;
import org.liaison.directory.StructureType;
import org.liaison.directory.StructureView;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.StaleVersionException;

class CarePlanTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final ProfessionalView GP =
      new ProfessionalView(
          UUID.randomUUID(),
          "Henri",
          "Moreau",
          Profession.GP,
          null,
          "gp@example.org",
          null,
          new StructureView(UUID.randomUUID(), "Cabinet", StructureType.values()[0], "Orléans"),
          true,
          0);

  private static CarePlanContent oneAction(ActionStatus status, LocalDate due) {
    var assignee = new Assignee(AssigneeKind.PROFESSIONAL, GP.id(), GP.displayName());
    return new CarePlanContent(
        List.of(new Problem(UUID.randomUUID(), ProblemDomain.HEALTH, "Chutes")),
        List.of(),
        List.of(new Action(UUID.randomUUID(), null, "Kiné", assignee, due, status, List.of())));
  }

  @Test
  void aNewPlanIsAnEmptyDraftThatCannotBeValidatedEmpty() {
    var plan = CarePlan.start(UUID.randomUUID(), GP, NOW);
    assertThat(plan.latest().number()).isEqualTo(1);
    assertThat(plan.draft()).isPresent();
    assertThatThrownBy(() -> plan.validate(GP, NOW))
        .isInstanceOf(ConflictException.class)
        .extracting("code")
        .isEqualTo("care-plan-empty");
  }

  @Test
  void validationSignsTheContentAndTheNextChangeOpensANewDraft() {
    var plan = CarePlan.start(UUID.randomUUID(), GP, NOW);
    plan.saveDraft(oneAction(ActionStatus.PLANNED, null), GP, NOW);
    var v1 = plan.validate(GP, NOW);
    assertThat(v1.contentHash()).isEqualTo(CarePlanJson.hash(CarePlanJson.write(v1.content())));
    assertThat(v1.signatureHolds()).isTrue();
    assertThat(plan.draft()).isEmpty();
    assertThatThrownBy(() -> plan.validate(GP, NOW))
        .extracting("code")
        .isEqualTo("nothing-to-validate");

    var action = plan.latest().content().actions().get(0);
    plan.changeAction(action.progressed(ActionStatus.DONE, null), GP, NOW);
    assertThat(plan.draft().orElseThrow().number()).isEqualTo(2);
    assertThat(plan.version(1).orElseThrow().content().actions().get(0).status())
        .isEqualTo(ActionStatus.PLANNED);
    assertThat(plan.draft().orElseThrow().content().actions().get(0).status())
        .isEqualTo(ActionStatus.DONE);
  }

  @Test
  void everyChangeRaisesTheRevisionAndAStaleRevisionIsRefused() {
    var plan = CarePlan.start(UUID.randomUUID(), GP, NOW);
    var first = plan.revision();
    plan.saveDraft(oneAction(ActionStatus.PLANNED, null), GP, NOW);
    plan.scheduleReview(LocalDate.parse("2027-02-01"), "Bilan", GP, NOW);
    assertThat(plan.revision()).isEqualTo(first + 2);
    assertThatThrownBy(() -> plan.checkRevision(first)).isInstanceOf(StaleVersionException.class);
  }

  @Test
  void anOpenActionPastItsDateIsOverdueADoneOneIsNot() {
    var today = LocalDate.parse("2026-11-23");
    var late = oneAction(ActionStatus.IN_PROGRESS, today.minusDays(1)).actions().get(0);
    var done = oneAction(ActionStatus.DONE, today.minusDays(1)).actions().get(0);
    var dueToday = oneAction(ActionStatus.PLANNED, today).actions().get(0);
    assertThat(late.isOverdue(today)).isTrue();
    assertThat(done.isOverdue(today)).isFalse();
    assertThat(dueToday.isOverdue(today)).isFalse();
  }

  @Test
  void aComparisonMatchesItemsByIdAndIgnoresComments() {
    var before = oneAction(ActionStatus.PLANNED, null);
    var action = before.actions().get(0);
    var commented = action.progressed(null, new CarePlanContent.Comment("Claire", NOW, "RAS"));
    var after =
        new CarePlanContent(
            List.of(new Problem(UUID.randomUUID(), ProblemDomain.SOCIAL, "Isolement")),
            List.of(),
            List.of(commented));
    var diff = ComparisonView.between(1, before, 2, after);
    assertThat(diff.problems().added())
        .extracting(Problem::description)
        .containsExactly("Isolement");
    assertThat(diff.problems().removed())
        .extracting(Problem::description)
        .containsExactly("Chutes");
    assertThat(diff.actions().changed()).as("a comment is not a change of the plan").isEmpty();

    var moved =
        new CarePlanContent(
            after.problems(), List.of(), List.of(commented.progressed(ActionStatus.DONE, null)));
    assertThat(ComparisonView.between(2, after, 3, moved).actions().changed()).hasSize(1);
  }

  @Test
  void newlyAssignedProfessionalsAreThoseWhoWereNotInChargeBefore() {
    var before = oneAction(ActionStatus.PLANNED, null);
    assertThat(before.newlyAssignedProfessionals(CarePlanContent.empty())).containsExactly(GP.id());
    assertThat(before.newlyAssignedProfessionals(before)).isEmpty();
  }
}
