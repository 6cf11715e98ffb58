package org.liaison.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.kernel.BusinessException;

/** FHIR R4 Questionnaire export, validation against the base specification, and import. */
class FormFhirTest {

  @Test
  void everyTemplateExportsToAValidQuestionnaireAndComesBackTheSame() {
    for (var template : FormTemplates.ALL) {
      var definition = template.definition();
      var json =
          FormFhir.questionnaire(
              UUID.randomUUID(), template.title(), template.description(), 1, true, definition);
      assertThat(FormFhir.validate(json)).as(template.key()).isEmpty();
      var back = FormFhir.fromQuestionnaire(json);
      assertThat(back.title()).isEqualTo(template.title());
      assertThat(back.definition()).as(template.key()).isEqualTo(definition);
    }
  }

  @Test
  void whatLiaisonCannotKeepIsRefusedItemByItem() {
    var json =
        """
        {"resourceType": "Questionnaire", "status": "active", "title": "Externe",
         "item": [
           {"linkId": "photo", "text": "Photo", "type": "attachment"},
           {"linkId": "g", "text": "Groupe", "type": "group", "item": [
             {"linkId": "a", "text": "A", "type": "boolean"},
             {"linkId": "b", "text": "B", "type": "string",
              "enableWhen": [{"question": "a", "operator": "=", "answerBoolean": true}]}
           ]}
         ]}
        """;
    assertThatThrownBy(() -> FormFhir.fromQuestionnaire(json))
        .isInstanceOf(BusinessException.class)
        .satisfies(
            e ->
                assertThat(((BusinessException) e).errors())
                    .extracting(BusinessException.FieldError::field)
                    .containsExactly("item[0].type", "item[1].item[1].enableWhen"));
  }

  @Test
  void anInvalidQuestionnaireIsRefusedWithTheValidatorsMessages() {
    var json =
        """
        {"resourceType": "Questionnaire", "status": "active",
         "item": [{"text": "no linkId", "type": "string"}]}
        """;
    assertThatThrownBy(() -> FormFhir.fromQuestionnaire(json))
        .isInstanceOf(BusinessException.class)
        .satisfies(
            e ->
                assertThat(((BusinessException) e).errors())
                    .anySatisfy(f -> assertThat(f.message()).contains("linkId")));
  }
}
