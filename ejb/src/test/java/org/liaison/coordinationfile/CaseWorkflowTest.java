package org.liaison.coordinationfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.InvalidInputException;

class CaseWorkflowTest {

  private final LocalDate today = LocalDate.of(2026, 11, 23);

  /** A file opened that day, whose patient consented to share his data the same day. */
  private static CoordinationFile aFileOpenedOn(LocalDate day) {
    var file = aFileWithoutConsentOpenedOn(day);
    file.giveConsent(
        new GiveConsent(
            "Bernard Lemoine", ConsentRelationship.PATIENT, day, ConsentScope.WHOLE_TEAM));
    return file;
  }

  private static CoordinationFile aFileWithoutConsentOpenedOn(LocalDate day) {
    return CoordinationFile.open(
        new PatientIdentity(
            "Bernard",
            "Lemoine",
            LocalDate.of(1941, 3, 14),
            Sex.MALE,
            new Address("12 rue des Carmes", "45000", "Orléans"),
            null),
        UUID.randomUUID(),
        UUID.randomUUID(),
        day.atTime(10, 0).atZone(CoordinationFile.CARE_ZONE).toInstant());
  }

  private CaseStatusChange move(CoordinationFile file, CaseStatus to, LocalDate on) {
    return file.changeStatus(
        new ChangeCaseStatus(to, on, "motif"), today, UUID.randomUUID(), "Isabelle", Instant.now());
  }

  @Test
  void theWorkflowHasOnlyTheTransitionsOfTheMaiaModelAndAClosedFileReopensButAfterADeath() {
    assertThat(CaseStatus.REQUEST_ANALYSIS.next())
        .containsExactly(CaseStatus.REORIENTED_T1, CaseStatus.INCLUDED, CaseStatus.DECEASED);
    assertThat(CaseStatus.INCLUDED.next())
        .containsExactly(CaseStatus.REORIENTED_T2, CaseStatus.DISCHARGED, CaseStatus.DECEASED);
    for (var closing :
        new CaseStatus[] {
          CaseStatus.REORIENTED_T1, CaseStatus.REORIENTED_T2, CaseStatus.DISCHARGED
        }) {
      // a closed file may be reopened as a new request, its history kept
      assertThat(closing.next()).as(closing.name()).containsExactly(CaseStatus.REQUEST_ANALYSIS);
      assertThat(closing.closes()).as(closing.name()).isTrue();
    }
    assertThat(CaseStatus.DECEASED.next()).isEmpty();
    assertThat(CaseStatus.DECEASED.closes()).isTrue();
    assertThat(CaseStatus.REQUEST_ANALYSIS.closes()).isFalse();
    assertThat(CaseStatus.INCLUDED.closes()).isFalse();
  }

  @Test
  void aTransitionMovesTheFileAndIsRecordedWithItsDate() {
    var file = aFileOpenedOn(today.minusDays(10));
    var change = move(file, CaseStatus.INCLUDED, today.minusDays(2));
    assertThat(file.status()).isEqualTo(CaseStatus.INCLUDED);
    assertThat(file.statusSince()).isEqualTo(today.minusDays(2));
    assertThat(change.view().from()).isEqualTo(CaseStatus.REQUEST_ANALYSIS);
    assertThat(change.view().effectiveOn()).isEqualTo(today.minusDays(2));
    assertThat(move(file, CaseStatus.DISCHARGED, null).view().effectiveOn()).isEqualTo(today);
  }

  @Test
  void aRefusedTransitionNamesTheAllowedOnesAndChangesNothing() {
    var file = aFileOpenedOn(today);
    assertThatThrownBy(() -> move(file, CaseStatus.DISCHARGED, null))
        .isInstanceOf(ConflictException.class)
        .satisfies(
            e ->
                assertThat(((ConflictException) e).properties().get("allowed"))
                    .isEqualTo(
                        java.util.List.of(
                            CaseStatus.REORIENTED_T1, CaseStatus.INCLUDED, CaseStatus.DECEASED)));
    assertThat(file.status()).isEqualTo(CaseStatus.REQUEST_ANALYSIS);
  }

  @Test
  void aDischargeKeepsItsStructuredReasonAndNoOtherStepTakesOne() {
    var file = aFileOpenedOn(today.minusDays(30));
    var withReason =
        new ChangeCaseStatus(
            CaseStatus.INCLUDED, today.minusDays(20), "motif", ExitReason.NURSING_HOME);
    assertThatThrownBy(
            () ->
                file.changeStatus(withReason, today, UUID.randomUUID(), "Isabelle", Instant.now()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("exitReason");
    assertThat(file.status()).isEqualTo(CaseStatus.REQUEST_ANALYSIS);
    move(file, CaseStatus.INCLUDED, today.minusDays(20));
    var discharge =
        file.changeStatus(
            new ChangeCaseStatus(
                CaseStatus.DISCHARGED, today, "Entrée à l'EHPAD", ExitReason.NURSING_HOME),
            today,
            UUID.randomUUID(),
            "Isabelle",
            Instant.now());
    assertThat(discharge.view().exitReason()).isEqualTo(ExitReason.NURSING_HOME);
    assertThat(file.status()).isEqualTo(CaseStatus.DISCHARGED);
  }

  @Test
  void anInclusionNeedsARecordedConsentOrWhyItCouldNotBeCollected() {
    var file = aFileWithoutConsentOpenedOn(today.minusDays(5));
    assertThatThrownBy(() -> move(file, CaseStatus.INCLUDED, null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("consent");
    assertThat(file.status()).isEqualTo(CaseStatus.REQUEST_ANALYSIS);
    var why =
        new ChangeCaseStatus(
            CaseStatus.INCLUDED,
            null,
            "Situation complexe",
            null,
            "Troubles cognitifs sévères, pas de représentant légal désigné");
    var included = file.changeStatus(why, today, UUID.randomUUID(), "Isabelle", Instant.now());
    assertThat(included.view().consentNotCollected()).startsWith("Troubles cognitifs");
    assertThat(file.status()).isEqualTo(CaseStatus.INCLUDED);
  }

  @Test
  void aWithdrawnConsentIsNoConsentAndOnlyAnInclusionSaysWhyThereIsNone() {
    var file = aFileOpenedOn(today.minusDays(5));
    file.withdrawConsent(new WithdrawConsent(today.minusDays(1), "Refus de partager"));
    assertThatThrownBy(() -> move(file, CaseStatus.INCLUDED, null))
        .isInstanceOf(ConflictException.class);
    var onADeath =
        new ChangeCaseStatus(CaseStatus.DECEASED, null, "Décès", null, "Pas de consentement");
    assertThatThrownBy(
            () -> file.changeStatus(onADeath, today, UUID.randomUUID(), "Isabelle", Instant.now()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("consentNotCollected");
  }

  @Test
  void aTransitionCannotBeDatedBeforeTheCurrentStatus() {
    var file = aFileOpenedOn(today);
    assertThatThrownBy(() -> move(file, CaseStatus.INCLUDED, today.minusDays(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(file.status()).isEqualTo(CaseStatus.REQUEST_ANALYSIS);
  }
}
