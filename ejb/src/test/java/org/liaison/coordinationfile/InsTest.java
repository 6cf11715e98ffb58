package org.liaison.coordinationfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // key = 97 - (1410345234071 mod 97) = 62
        "141034523407162",
        // key = 97 - (2520745234012 mod 97) = 81
        "252074523401281"
      })
  void acceptsAWellFormedInsWithItsKey(String ins) {
    assertThat(Ins.problemWith(ins)).isEmpty();
  }

  @Test
  void corsicanDepartmentsCountAsNineteenAndEighteenInTheKey() {
    // 2A -> 19: key = 97 - (2690619004005 mod 97) = 51, worked out by hand
    assertThat(Ins.problemWith("269062A00400551")).isEmpty();
    assertThat(Ins.problemWith("269061900400551")).isEmpty();
    assertThat(Ins.problemWith("269062B00400551")).isPresent();
  }

  @Test
  void refusesAWrongKey() {
    assertThat(Ins.problemWith("141034523407163")).get().asString().contains("key");
  }

  @Test
  void refusesAWrongLength() {
    assertThat(Ins.problemWith("14103452340716")).get().asString().contains("15 characters");
  }

  @Test
  void refusesLettersOutsideTheCorsicanDepartments() {
    assertThat(Ins.problemWith("1410345X3407162")).get().asString().contains("not an INS");
  }

  @Test
  void refusesAnImpossibleSexDigit() {
    assertThat(Ins.problemWith("541034523407162")).get().asString().contains("not an INS");
  }

  @Test
  void normalizeRemovesTheSpacesPeopleType() {
    assertThat(Ins.normalize("1 41 03 45 234 071 62")).isEqualTo("141034523407162");
  }
}
