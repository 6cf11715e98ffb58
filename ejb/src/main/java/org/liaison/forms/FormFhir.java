package org.liaison.forms;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.liaison.kernel.BusinessException;
import org.liaison.kernel.BusinessException.FieldError;
import org.liaison.kernel.ProblemKind;

/**
 * Forms as FHIR R4 Questionnaire and submissions as QuestionnaireResponse (HAPI FHIR structures),
 * both validated against the FHIR base specification. Sections are groups; help texts display
 * items; choice weights ordinalValue extensions; scores read-only decimal items. Conditions and
 * score formulas are in Liaison's own expression language, which FHIR's expression-language code
 * system does not know: they travel in Liaison's extensions ({@value #CONDITION}, {@value
 * #FORMULA}) rather than SDC's. What a Questionnaire asks that Liaison cannot represent (e.g.
 * enableWhen, FHIRPath expressions, attachments) is refused, item by item.
 */
final class FormFhir {

  static final String CONDITION = "urn:liaison:fhir:condition";
  static final String FORMULA = "urn:liaison:fhir:score-formula";
  static final String ENABLE_WHEN_EXPRESSION =
      "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";
  static final String CALCULATED_EXPRESSION =
      "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";
  static final String ITEM_CONTROL =
      "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
  static final String ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control";
  static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
  static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
  static final String UNIT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
  static final String ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
  static final String REFERENCE_RESOURCE =
      "http://hl7.org/fhir/StructureDefinition/questionnaire-referenceResource";
  static final String BAND = "urn:liaison:fhir:score-band";
  static final String SCORES_GROUP = "liaison-scores";

  private static final FhirContext CONTEXT = FhirContext.forR4();
  private static volatile FhirValidator validator;

  private FormFhir() {}

  // ------------------------------------------------------------------ export

  static String questionnaire(
      UUID formId,
      String title,
      String description,
      int number,
      boolean published,
      FormDefinition form) {
    return CONTEXT
        .newJsonParser()
        .setPrettyPrint(true)
        .encodeResourceToString(
            toQuestionnaire(formId, title, description, number, published, form));
  }

  static Questionnaire toQuestionnaire(
      UUID formId,
      String title,
      String description,
      int number,
      boolean published,
      FormDefinition form) {
    var q = new Questionnaire();
    q.setUrl(canonical(formId));
    q.setVersion(Integer.toString(number));
    q.setName("Form" + formId.toString().replace("-", "").substring(0, 12));
    q.setTitle(title);
    if (description != null) {
      q.setDescription(description);
    }
    q.setStatus(published ? PublicationStatus.ACTIVE : PublicationStatus.DRAFT);
    q.addSubjectType("Patient");
    for (int s = 0; s < form.sections().size(); s++) {
      var section = form.sections().get(s);
      var group = q.addItem().setLinkId("section-" + (s + 1)).setText(section.title());
      group.setType(QuestionnaireItemType.GROUP);
      if (section.help() != null) {
        help(group, "section-" + (s + 1) + "-help", section.help());
      }
      for (var question : section.questions()) {
        group.addItem(item(question));
      }
    }
    if (!form.scores().isEmpty()) {
      var group = q.addItem().setLinkId(SCORES_GROUP).setText("Scores");
      group.setType(QuestionnaireItemType.GROUP);
      for (var score : form.scores()) {
        var item = group.addItem().setLinkId(score.id()).setText(score.label());
        item.setType(QuestionnaireItemType.DECIMAL).setReadOnly(true);
        item.addExtension(FORMULA, new StringType(score.expression()));
        for (var band : score.bands()) {
          var ext = item.addExtension().setUrl(BAND);
          if (band.min() != null) {
            ext.addExtension("min", new DecimalType(band.min()));
          }
          if (band.max() != null) {
            ext.addExtension("max", new DecimalType(band.max()));
          }
          ext.addExtension("label", new StringType(band.label()));
        }
      }
    }
    return q;
  }

  private static QuestionnaireItemComponent item(FormDefinition.Question question) {
    var item = new QuestionnaireItemComponent().setLinkId(question.id()).setText(question.label());
    item.setRequired(question.required());
    switch (question.type()) {
      case SHORT_TEXT -> item.setType(QuestionnaireItemType.STRING);
      case LONG_TEXT -> item.setType(QuestionnaireItemType.TEXT);
      case NUMBER -> item.setType(QuestionnaireItemType.DECIMAL);
      case DATE -> item.setType(QuestionnaireItemType.DATE);
      case YES_NO -> item.setType(QuestionnaireItemType.BOOLEAN);
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        item.setType(QuestionnaireItemType.CHOICE);
        item.setRepeats(question.type() == QuestionType.MULTIPLE_CHOICE);
        for (var choice : question.choices()) {
          var coding = new Coding(choiceSystem(question.id()), choice.code(), choice.label());
          if (choice.weight() != null) {
            coding.addExtension(ORDINAL, new DecimalType(choice.weight()));
          }
          item.addAnswerOption().setValue(coding);
        }
      }
      case SCALE -> {
        item.setType(QuestionnaireItemType.INTEGER);
        item.addExtension(
            ITEM_CONTROL, new CodeableConcept(new Coding(ITEM_CONTROL_SYSTEM, "slider", "Slider")));
      }
      case PROFESSIONAL -> {
        item.setType(QuestionnaireItemType.REFERENCE);
        item.addExtension(REFERENCE_RESOURCE, new org.hl7.fhir.r4.model.CodeType("Practitioner"));
      }
    }
    if (question.min() != null) {
      item.addExtension(MIN_VALUE, bound(question.type(), question.min()));
    }
    if (question.max() != null) {
      item.addExtension(MAX_VALUE, bound(question.type(), question.max()));
    }
    if (question.unit() != null) {
      item.addExtension(UNIT, new Coding(null, question.unit(), question.unit()));
    }
    if (question.condition() != null && !question.condition().isBlank()) {
      item.addExtension(CONDITION, new StringType(question.condition()));
    }
    if (question.help() != null) {
      help(item, question.id() + "-help", question.help());
    }
    return item;
  }

  private static Type bound(QuestionType type, BigDecimal value) {
    return type == QuestionType.SCALE
        ? new IntegerType(value.intValueExact())
        : new DecimalType(value);
  }

  private static void help(QuestionnaireItemComponent parent, String linkId, String text) {
    var help = parent.addItem().setLinkId(linkId).setText(text);
    help.setType(QuestionnaireItemType.DISPLAY);
    help.addExtension(
        ITEM_CONTROL, new CodeableConcept(new Coding(ITEM_CONTROL_SYSTEM, "help", "Help-Button")));
  }

  static String canonical(UUID formId) {
    return "urn:uuid:" + formId;
  }

  private static String choiceSystem(String questionId) {
    return "urn:liaison:choices:" + questionId;
  }

  // ------------------------------------------------------------------ import

  /** The form a Questionnaire describes, or a 400 naming every construct Liaison cannot keep. */
  record Imported(String title, String description, FormDefinition definition) {}

  static Imported fromQuestionnaire(String json) {
    var problems = validate(json);
    if (!problems.isEmpty()) {
      throw refused("The Questionnaire is not valid FHIR R4", problems);
    }
    Questionnaire q;
    try {
      q = CONTEXT.newJsonParser().parseResource(Questionnaire.class, json);
    } catch (DataFormatException | ClassCastException e) {
      throw refused("Not a FHIR R4 Questionnaire", List.of(new FieldError("body", e.getMessage())));
    }
    var errors = new ArrayList<FieldError>();
    var sections = new ArrayList<FormDefinition.Section>();
    var scores = new ArrayList<FormDefinition.Score>();
    var loose = new ArrayList<FormDefinition.Question>();
    for (int i = 0; i < q.getItem().size(); i++) {
      var item = q.getItem().get(i);
      var at = "item[" + i + "]";
      if (SCORES_GROUP.equals(item.getLinkId())) {
        for (int j = 0; j < item.getItem().size(); j++) {
          score(item.getItem().get(j), at + ".item[" + j + "]", errors).ifPresent(scores::add);
        }
      } else if (item.getType() == QuestionnaireItemType.GROUP) {
        String help = null;
        var questions = new ArrayList<FormDefinition.Question>();
        for (int j = 0; j < item.getItem().size(); j++) {
          var child = item.getItem().get(j);
          if (child.getType() == QuestionnaireItemType.DISPLAY
              && questions.isEmpty()
              && help == null) {
            help = child.getText();
          } else {
            question(child, at + ".item[" + j + "]", errors).ifPresent(questions::add);
          }
        }
        sections.add(
            new FormDefinition.Section(
                orElse(item.getText(), "Section " + (i + 1)), help, questions));
      } else {
        question(item, at, errors).ifPresent(loose::add);
      }
    }
    if (!loose.isEmpty()) {
      sections.add(0, new FormDefinition.Section("Questions", null, loose));
    }
    if (!errors.isEmpty()) {
      throw refused(errors.size() + " construct(s) of this Questionnaire cannot be kept", errors);
    }
    if (sections.isEmpty()) {
      throw refused(
          "The Questionnaire asks nothing", List.of(new FieldError("item", "no question")));
    }
    return new Imported(
        orElse(q.getTitle(), orElse(q.getName(), "Questionnaire importé")),
        q.getDescription(),
        new FormDefinition(sections, scores));
  }

  private static java.util.Optional<FormDefinition.Question> question(
      QuestionnaireItemComponent item, String at, List<FieldError> errors) {
    int before = errors.size();
    QuestionType type = null;
    var choices = new ArrayList<FormDefinition.Choice>();
    switch (item.getType()) {
      case STRING -> type = QuestionType.SHORT_TEXT;
      case TEXT -> type = QuestionType.LONG_TEXT;
      case DECIMAL -> type = QuestionType.NUMBER;
      case DATE -> type = QuestionType.DATE;
      case BOOLEAN -> type = QuestionType.YES_NO;
      case INTEGER -> type = isSlider(item) ? QuestionType.SCALE : QuestionType.NUMBER;
      case REFERENCE -> type = QuestionType.PROFESSIONAL;
      case CHOICE -> {
        type = item.getRepeats() ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
        if (item.hasAnswerValueSet()) {
          errors.add(
              new FieldError(
                  at + ".answerValueSet",
                  "choices from a value set are not supported: list them as answerOption"));
        }
        for (int k = 0; k < item.getAnswerOption().size(); k++) {
          var value = item.getAnswerOption().get(k).getValue();
          if (value instanceof Coding c && c.hasCode()) {
            var weight = c.getExtensionByUrl(ORDINAL);
            choices.add(
                new FormDefinition.Choice(
                    c.getCode(),
                    orElse(c.getDisplay(), c.getCode()),
                    weight != null && weight.getValue() instanceof DecimalType d
                        ? d.getValue()
                        : null));
          } else if (value instanceof StringType s) {
            choices.add(new FormDefinition.Choice(s.getValue(), s.getValue(), null));
          } else {
            errors.add(
                new FieldError(
                    at + ".answerOption[" + k + "]", "only coded or text options are supported"));
          }
        }
      }
      default ->
          errors.add(
              new FieldError(
                  at + ".type", "items of type " + item.getType().toCode() + " are not supported"));
    }
    if (item.getRepeats() && item.getType() != QuestionnaireItemType.CHOICE) {
      errors.add(new FieldError(at + ".repeats", "only choice items may repeat"));
    }
    if (item.hasEnableWhen()) {
      errors.add(
          new FieldError(
              at + ".enableWhen",
              "enableWhen is not supported: give the condition in the extension " + CONDITION));
    }
    String help = null;
    for (int k = 0; k < item.getItem().size(); k++) {
      var child = item.getItem().get(k);
      if (child.getType() == QuestionnaireItemType.DISPLAY && help == null) {
        help = child.getText();
      } else {
        errors.add(
            new FieldError(
                at + ".item[" + k + "]", "questions nested under a question are not supported"));
      }
    }
    String condition = null;
    for (var ext : item.getExtension()) {
      switch (ext.getUrl()) {
        case CONDITION -> condition = text(ext);
        case ENABLE_WHEN_EXPRESSION ->
            errors.add(
                new FieldError(
                    at + ".extension",
                    "FHIRPath conditions are not supported: give it in the extension "
                        + CONDITION));
        case MIN_VALUE, MAX_VALUE, UNIT, ITEM_CONTROL, REFERENCE_RESOURCE -> {}
        default ->
            errors.add(
                new FieldError(
                    at + ".extension", "extension " + ext.getUrl() + " is not supported"));
      }
    }
    if (errors.size() > before || type == null) {
      return java.util.Optional.empty();
    }
    var unit = item.getExtensionByUrl(UNIT);
    return java.util.Optional.of(
        new FormDefinition.Question(
            item.getLinkId(),
            orElse(item.getText(), item.getLinkId()),
            help,
            type,
            item.getRequired(),
            unit != null && unit.getValue() instanceof Coding c
                ? orElse(c.getCode(), c.getDisplay())
                : null,
            number(item.getExtensionByUrl(MIN_VALUE)),
            number(item.getExtensionByUrl(MAX_VALUE)),
            choices,
            condition));
  }

  private static java.util.Optional<FormDefinition.Score> score(
      QuestionnaireItemComponent item, String at, List<FieldError> errors) {
    var formula = item.getExtensionByUrl(FORMULA);
    if (formula == null) {
      errors.add(
          new FieldError(
              at,
              item.hasExtension(CALCULATED_EXPRESSION)
                  ? "FHIRPath calculations are not supported: give the formula in " + FORMULA
                  : "a score needs its formula in the extension " + FORMULA));
      return java.util.Optional.empty();
    }
    var expression = text(formula);
    var bands = new ArrayList<FormDefinition.Band>();
    for (var band : item.getExtensionsByUrl(BAND)) {
      var label = band.getExtensionByUrl("label");
      bands.add(
          new FormDefinition.Band(
              number(band.getExtensionByUrl("min")),
              number(band.getExtensionByUrl("max")),
              label == null ? "" : label.getValue().primitiveValue()));
    }
    return expression == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new FormDefinition.Score(
                item.getLinkId(), orElse(item.getText(), item.getLinkId()), expression, bands));
  }

  private static String text(Extension ext) {
    return ext.getValue() == null ? null : ext.getValue().primitiveValue();
  }

  private static boolean isSlider(QuestionnaireItemComponent item) {
    var control = item.getExtensionByUrl(ITEM_CONTROL);
    return control != null
        && control.getValue() instanceof CodeableConcept c
        && c.getCoding().stream().anyMatch(x -> "slider".equals(x.getCode()));
  }

  private static BigDecimal number(Extension ext) {
    if (ext == null) {
      return null;
    }
    if (ext.getValue() instanceof DecimalType d) {
      return d.getValue();
    }
    if (ext.getValue() instanceof IntegerType i) {
      return BigDecimal.valueOf(i.getValue());
    }
    return null;
  }

  private static String orElse(String value, String other) {
    return value == null || value.isBlank() ? other : value;
  }

  // ------------------------------------------------------------------ responses

  static String questionnaireResponse(SubmissionView submission, String patientName) {
    var r = new QuestionnaireResponse();
    r.setId(submission.id().toString());
    r.setQuestionnaire(canonical(submission.formId()) + "|" + submission.formVersion());
    r.setStatus(
        submission.status() == FormSubmission.Status.SUBMITTED
            ? QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
            : QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
    r.setSubject(new Reference("Patient/" + submission.fileId()).setDisplay(patientName));
    r.setAuthored(java.util.Date.from(submission.updatedAt()));
    r.setAuthor(
        new Reference("Practitioner/" + submission.createdBy())
            .setDisplay(submission.createdByName()));
    var definition = submission.definition();
    for (int s = 0; s < definition.sections().size(); s++) {
      var section = definition.sections().get(s);
      var group =
          new QuestionnaireResponseItemComponent()
              .setLinkId("section-" + (s + 1))
              .setText(section.title());
      for (var question : section.questions()) {
        var answer = submission.answers().get(question.id());
        if (answer != null) {
          var item = group.addItem().setLinkId(question.id()).setText(question.label());
          answers(question, answer).forEach(v -> item.addAnswer().setValue(v));
        }
      }
      if (group.hasItem()) {
        r.addItem(group);
      }
    }
    var scores = new QuestionnaireResponseItemComponent().setLinkId(SCORES_GROUP).setText("Scores");
    for (var score : submission.scores()) {
      if (score.value() != null) {
        scores
            .addItem()
            .setLinkId(score.id())
            .setText(score.label())
            .addAnswer()
            .setValue(new DecimalType(score.value()));
      }
    }
    if (scores.hasItem()) {
      r.addItem(scores);
    }
    return CONTEXT.newJsonParser().setPrettyPrint(true).encodeResourceToString(r);
  }

  private static List<Type> answers(FormDefinition.Question q, Object answer) {
    return switch (q.type()) {
      case SHORT_TEXT, LONG_TEXT -> List.of(new StringType(answer.toString()));
      case NUMBER -> List.of(new DecimalType(new BigDecimal(answer.toString())));
      case SCALE -> List.of(new IntegerType(new BigDecimal(answer.toString()).intValueExact()));
      case DATE -> List.of(new DateType(answer.toString()));
      case YES_NO -> List.of(new BooleanType((Boolean) answer));
      case SINGLE_CHOICE -> List.of(coding(q, answer.toString()));
      case MULTIPLE_CHOICE ->
          ((List<?>) answer).stream().<Type>map(c -> coding(q, c.toString())).toList();
      case PROFESSIONAL -> List.of(new Reference("Practitioner/" + answer));
    };
  }

  private static Coding coding(FormDefinition.Question q, String code) {
    var label =
        q.choices().stream()
            .filter(c -> c.code().equals(code))
            .map(FormDefinition.Choice::label)
            .findFirst()
            .orElse(code);
    return new Coding(choiceSystem(q.id()), code, label);
  }

  // ------------------------------------------------------------------ validation

  /** Errors of a resource against the FHIR R4 base specification (warnings are not errors). */
  static List<FieldError> validate(String json) {
    return validate(json, null);
  }

  /** The same, a QuestionnaireResponse also against its Questionnaire. */
  static List<FieldError> validate(String json, Questionnaire questionnaire) {
    try {
      var result = validator(questionnaire).validateWithResult(json);
      return result.getMessages().stream()
          .filter(
              m ->
                  m.getSeverity() == ResultSeverityEnum.ERROR
                      || m.getSeverity() == ResultSeverityEnum.FATAL)
          .map(m -> new FieldError(orElse(m.getLocationString(), "body"), m.getMessage()))
          .toList();
    } catch (RuntimeException e) {
      return List.of(new FieldError("body", e.getMessage()));
    }
  }

  /** Built once (it loads the whole specification, seconds); thread-safe afterwards. */
  private static FhirValidator validator(Questionnaire questionnaire) {
    if (questionnaire != null) {
      return build(questionnaire);
    }
    var v = validator;
    if (v == null) {
      synchronized (FormFhir.class) {
        if (validator == null) {
          validator = build(null);
        }
        v = validator;
      }
    }
    return v;
  }

  private static volatile ValidationSupportChain base;

  private static FhirValidator build(Questionnaire questionnaire) {
    if (base == null) {
      synchronized (FormFhir.class) {
        if (base == null) {
          base =
              new ValidationSupportChain(
                  new DefaultProfileValidationSupport(CONTEXT),
                  new InMemoryTerminologyServerValidationSupport(CONTEXT),
                  new CommonCodeSystemsTerminologyService(CONTEXT),
                  new SnapshotGeneratingValidationSupport(CONTEXT));
        }
      }
    }
    IValidationSupport chain = base;
    if (questionnaire != null) {
      IValidationSupport own =
          new IValidationSupport() {
            @Override
            public FhirContext getFhirContext() {
              return CONTEXT;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
              var wanted = url == null ? "" : url.split("\\|")[0];
              return wanted.equals(questionnaire.getUrl()) ? (T) questionnaire : null;
            }
          };
      chain = new ValidationSupportChain(own, base);
    }
    return CONTEXT.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
  }

  private static BusinessException refused(String detail, List<FieldError> errors) {
    return new BusinessException(
        ProblemKind.INVALID_INPUT,
        "fhir-import-refused",
        detail + ": " + errors.get(0).field() + ": " + errors.get(0).message(),
        errors);
  }
}
