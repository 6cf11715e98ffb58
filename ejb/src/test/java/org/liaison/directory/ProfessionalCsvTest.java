package org.liaison.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfessionalCsvTest {

  @Test
  void columnsAreReadByTheirHeaderInAnyOrderWithSemicolonsOrCommas() {
    var parsed =
        ProfessionalCsv.parse("firstName;lastName;profession\r\nLéa;Martin;infirmière\r\n\r\n");
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.rows()).hasSize(1);
    assertThat(parsed.rows().get(0).get("lastName")).isEqualTo("Martin");
    assertThat(parsed.rows().get(0).line()).isEqualTo(2);

    var commas = ProfessionalCsv.parse("lastName,firstName,profession\n\"Dupont, fils\",Jean,GP\n");
    assertThat(commas.rows().get(0).get("lastName")).isEqualTo("Dupont, fils");
  }

  @Test
  void doubledQuotesAreOneQuoteAndAnUnclosedQuoteIsReportedOnItsLine() {
    var parsed =
        ProfessionalCsv.parse(
            "lastName;firstName;profession\n\"Marc \"\"Marco\"\"\";A;GP\n\"Open;B;GP\n");
    assertThat(parsed.rows().get(0).get("lastName")).isEqualTo("Marc \"Marco\"");
    assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(3));
  }

  @Test
  void aWrongHeaderStopsTheWholeFile() {
    var parsed = ProfessionalCsv.parse("nom;prenom\nA;B\n");
    assertThat(parsed.rows()).isEmpty();
    assertThat(parsed.errors()).extracting(ImportReport.LineError::line).containsOnly(1);
    assertThat(parsed.errors())
        .extracting(ImportReport.LineError::field)
        .contains("nom", "lastName", "firstName", "profession");
  }

  @Test
  void aLineWithTheWrongNumberOfFieldsIsReported() {
    var parsed = ProfessionalCsv.parse("lastName;firstName;profession\nA;B\n");
    assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(2));
  }

  @Test
  void professionsAreReadByCodeOrFrenchName() {
    assertThat(ProfessionalCsv.profession("nurse")).isEqualTo(Profession.NURSE);
    assertThat(ProfessionalCsv.profession("Infirmière")).isEqualTo(Profession.NURSE);
    assertThat(ProfessionalCsv.profession("aide à domicile")).isEqualTo(Profession.HOME_AIDE);
    assertThat(ProfessionalCsv.profession("sorcier")).isNull();
  }
}
