package org.liaison.coordinationfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.kernel.InvalidInputException;
import org.liaison.kernel.StaleVersionException;

class CoordinationFileTest {

  private static PatientIdentity bernard(String ins) {
    return new PatientIdentity(
        "Bernard",
        "Lemoine",
        LocalDate.of(1941, 3, 14),
        Sex.MALE,
        new Address("12 rue des Carmes", "45000", "Orléans"),
        ins);
  }

  @Test
  void openingAFileKeepsTheIdentityAndNormalizesTheIns() {
    var file =
        CoordinationFile.open(
            bernard("1 41 03 45 234 071 62"), UUID.randomUUID(), UUID.randomUUID(), Instant.now());
    assertThat(file.lastName()).isEqualTo("Lemoine");
    assertThat(file.ins()).isEqualTo("141034523407162");
  }

  @Test
  void aBlankInsMeansNoIns() {
    var file =
        CoordinationFile.open(bernard("  "), UUID.randomUUID(), UUID.randomUUID(), Instant.now());
    assertThat(file.ins()).isNull();
  }

  @Test
  void anInvalidInsIsRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                CoordinationFile.open(
                    bernard("141034523407199"),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    Instant.now()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors())
                    .extracting("field")
                    .containsExactly("ins"));
  }

  @Test
  void correctingAnOlderVersionIsRefused() {
    var file =
        CoordinationFile.open(bernard(null), UUID.randomUUID(), UUID.randomUUID(), Instant.now());
    assertThatThrownBy(() -> file.correctIdentity(bernard(null), 3))
        .isInstanceOf(StaleVersionException.class);
  }
}
