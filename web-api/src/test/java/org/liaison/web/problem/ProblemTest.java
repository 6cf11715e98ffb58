package org.liaison.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.web.JacksonConfig;

class ProblemTest {

  @Test
  void extensionMembersAreWrittenAtTheTopLevelOfTheProblem() throws Exception {
    var problem =
        Problem.of("conflict", "Conflict", 409, "no", List.of())
            .withCode("transition-not-allowed")
            .withExtensions(Map.of("allowed", List.of("INCLUDED")));
    var json = new JacksonConfig().getContext(Object.class).writeValueAsString(problem);
    assertThat(json)
        .contains("\"allowed\":[\"INCLUDED\"]")
        .contains("\"code\":\"transition-not-allowed\"")
        .doesNotContain("extensions");
  }
}
