package org.liaison.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SqlValuesTest {

  @Test
  void idsBecomeOneArrayLiteral() {
    var a = UUID.fromString("5a000000-0000-4000-8000-000000000001");
    var b = UUID.fromString("9b000000-0000-4000-8000-000000000004");
    assertThat(SqlValues.uuidArray(List.of(a, b)))
        .isEqualTo("{5a000000-0000-4000-8000-000000000001,9b000000-0000-4000-8000-000000000004}");
    assertThat(SqlValues.uuidArray(List.of())).isEqualTo("{}");
  }

  @Test
  void textsAreQuotedSoThatCommasBracesQuotesAndBackslashesStayInTheirElement() {
    var texts = Arrays.asList("isabelle.martin", "a,b", "{x}", "say \"hi\"", "c:\\d", null, "NULL");
    assertThat(SqlValues.textArray(texts))
        .isEqualTo(
            "{\"isabelle.martin\",\"a,b\",\"{x}\",\"say \\\"hi\\\"\",\"c:\\\\d\",NULL,\"NULL\"}");
  }
}
