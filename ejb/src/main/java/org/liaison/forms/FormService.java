package org.liaison.forms;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.careteam.AccessGrant;
import org.liaison.careteam.PatientAccess;
import org.liaison.careteam.PatientFiles;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.ProfessionalView;
import org.liaison.kernel.Caller;
import org.liaison.kernel.ConflictException;
import org.liaison.kernel.ForbiddenException;
import org.liaison.kernel.NotFoundException;
import org.liaison.kernel.StaleVersionException;

/**
 * Use cases of configurable forms: a structure's admins design them in versions; the members of a
 * patient's team fill the published ones in the patient's file.
 */
@Stateless
public class FormService {

  private static final String RESOURCE = "form-submission";

  @Inject private FormRepository repository;
  @Inject private DirectoryService directory;
  @Inject private PatientAccess access;
  @Inject private PatientFiles files;
  @Inject private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  // ------------------------------------------------------------------ signals

  /** The template a structure's signal form is copied from. */
  private static final String SIGNAL_TEMPLATE = "orientation";

  /**
   * The form to signal a person to a structure with: its newest published, unarchived form copied
   * from the orientation grid, else the grid as Liaison ships it.
   */
  public SignalForm signalForm(UUID structureId) {
    for (var form : repository.forms(structureId)) {
      if (SIGNAL_TEMPLATE.equals(form.templateKey()) && form.archivedAt() == null) {
        var published = repository.latestPublished(form.id());
        if (published.isPresent()) {
          return new SignalForm(
              form.id(),
              published.get().number(),
              form.title(),
              FormJson.definition(published.get().definition()));
        }
      }
    }
    var template = FormTemplates.byKey(SIGNAL_TEMPLATE).orElseThrow();
    return new SignalForm(null, 0, template.title(), template.definition());
  }

  /** Checks a signal's answers against the structure's signal form, as a submission is checked. */
  public SignalAnswers readSignal(UUID structureId, Map<String, Object> raw) {
    var form = signalForm(structureId);
    var outcome = FormFilling.read(form.definition(), raw, true);
    return new SignalAnswers(
        form, FormJson.write(outcome.answers()), FormFilling.describe(form.definition(), outcome));
  }

  // ------------------------------------------------------------------ design

  /** The forms of the caller's structure. */
  public List<FormSummaryView> forms(Caller caller) {
    var actor = directory.professionalOf(caller);
    return repository.forms(actor.structure().id()).stream().map(this::summary).toList();
  }

  public List<TemplateView> templates(Caller caller) {
    directory.professionalOf(caller);
    return FormTemplates.ALL.stream()
        .map(t -> new TemplateView(t.key(), t.title(), t.description()))
        .toList();
  }

  /** A structure admin creates a form; its first version is a draft. */
  public FormView create(Caller caller, FormCommand command) {
    return create(caller, command, requireAdmin(caller));
  }

  private FormView create(Caller caller, FormCommand command, ProfessionalView admin) {
    FormDesignCheck.check(command.definition());
    var form =
        Form.create(
            admin.structure().id(),
            command.title(),
            command.description(),
            null,
            admin.id(),
            clock.instant());
    repository.add(form);
    repository.add(
        FormVersion.draft(
            form.id(), 1, FormJson.write(command.definition()), admin.id(), clock.instant()));
    repository.flush();
    return view(form);
  }

  /** A template copied into the admin's structure, published as version 1: ready to use. */
  public FormView copyTemplate(Caller caller, String key) {
    var admin = requireAdmin(caller);
    var template =
        FormTemplates.byKey(key)
            .orElseThrow(() -> new NotFoundException("No form template '" + key + "'."));
    var form =
        Form.create(
            admin.structure().id(),
            template.title(),
            template.description(),
            template.key(),
            admin.id(),
            clock.instant());
    repository.add(form);
    var definition = template.definition();
    FormDesignCheck.check(definition);
    var first =
        FormVersion.draft(form.id(), 1, FormJson.write(definition), admin.id(), clock.instant());
    repository.add(first);
    first.publish(0, admin.id(), clock.instant());
    repository.flush();
    return view(form);
  }

  public FormView form(Caller caller, UUID formId) {
    var actor = directory.professionalOf(caller);
    return view(visibleForm(actor, formId));
  }

  /**
   * Saves the draft: the open draft (edited against the version the designer read) or, when the
   * latest version is published, a new draft that starts from it.
   */
  public FormView saveDraft(Caller caller, UUID formId, long expectedVersion, FormCommand command) {
    var admin = requireAdmin(caller);
    var form = ownForm(admin, formId);
    FormDesignCheck.check(command.definition());
    var json = FormJson.write(command.definition());
    var versions = repository.versions(formId);
    var latest = versions.get(0);
    if (latest.status() == FormVersion.Status.DRAFT) {
      latest.edit(json, expectedVersion, admin.id(), clock.instant());
    } else {
      if (expectedVersion != latest.version()) {
        throw new StaleVersionException(expectedVersion, latest.version());
      }
      repository.add(
          FormVersion.draft(formId, latest.number() + 1, json, admin.id(), clock.instant()));
    }
    form.rename(command.title(), command.description());
    flush(expectedVersion);
    return view(form);
  }

  /** Publishing freezes the draft; forms are filled on their latest published version. */
  public FormView publish(Caller caller, UUID formId, long expectedVersion) {
    var admin = requireAdmin(caller);
    var form = ownForm(admin, formId);
    var latest = repository.versions(formId).get(0);
    FormDesignCheck.check(FormJson.definition(latest.definition()));
    latest.publish(expectedVersion, admin.id(), clock.instant());
    flush(expectedVersion);
    return view(form);
  }

  public FormView archive(Caller caller, UUID formId, boolean archived) {
    var admin = requireAdmin(caller);
    var form = ownForm(admin, formId);
    if (archived) {
      form.archive(clock.instant());
    } else {
      form.restore();
    }
    return view(form);
  }

  /** A form nobody ever filled may be deleted; a used one is only archived. */
  public void delete(Caller caller, UUID formId) {
    var admin = requireAdmin(caller);
    var form = ownForm(admin, formId);
    if (repository.used(formId)) {
      throw new ConflictException(
          "form-in-use", "This form was filled in patients' files: archive it instead.");
    }
    repository.versions(formId).forEach(repository::remove);
    repository.remove(form);
  }

  // ------------------------------------------------------------------ FHIR

  /** A version of a form as a FHIR R4 Questionnaire, checked against the base specification. */
  public String questionnaire(Caller caller, UUID formId, int number) {
    var actor = directory.professionalOf(caller);
    var form = visibleForm(actor, formId);
    var version =
        repository.versions(formId).stream()
            .filter(v -> v.number() == number)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("No version " + number + " of this form."));
    var json =
        FormFhir.questionnaire(
            form.id(),
            form.title(),
            form.description(),
            number,
            version.status() == FormVersion.Status.PUBLISHED,
            FormJson.definition(version.definition()));
    requireValid(json, null);
    return json;
  }

  /** A Questionnaire imported as a new form of the admin's structure (a draft to review). */
  public FormView importQuestionnaire(Caller caller, String json) {
    var admin = requireAdmin(caller);
    var imported = FormFhir.fromQuestionnaire(json);
    FormDesignCheck.check(imported.definition());
    var title =
        imported.title().length() > 200 ? imported.title().substring(0, 200) : imported.title();
    var description = imported.description();
    if (description != null && description.length() > 1000) {
      description = description.substring(0, 1000);
    }
    return create(caller, new FormCommand(title, description, imported.definition()), admin);
  }

  /** A submission as a FHIR R4 QuestionnaireResponse, checked against its Questionnaire. */
  public String questionnaireResponse(Caller caller, UUID fileId, UUID submissionId) {
    var grant = access.require(caller, fileId);
    var submission = view(submissionOf(fileId, submissionId));
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, "FHIR " + submissionId);
    var initials = files.summary(fileId).map(PatientFiles.FileSummary::initials).orElse("");
    var json = FormFhir.questionnaireResponse(submission, initials);
    var form = repository.form(submission.formId()).orElseThrow();
    requireValid(
        json,
        FormFhir.toQuestionnaire(
            form.id(),
            form.title(),
            form.description(),
            submission.formVersion(),
            true,
            submission.definition()));
    return json;
  }

  private static void requireValid(String json, org.hl7.fhir.r4.model.Questionnaire against) {
    var problems = FormFhir.validate(json, against);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Liaison produced invalid FHIR: " + problems);
    }
  }

  // ------------------------------------------------------------------ filling

  /** The published forms that may be filled in a patient's file (those of its structure). */
  public List<FormSummaryView> formsForFile(Caller caller, UUID fileId) {
    access.require(caller, fileId);
    var structureId = files.summary(fileId).orElseThrow().structureId();
    return repository.forms(structureId).stream()
        .filter(f -> f.archivedAt() == null)
        .filter(f -> repository.latestPublished(f.id()).isPresent())
        .map(this::summary)
        .toList();
  }

  /** The latest published version of a form, to fill in a patient's file. */
  public FormVersionView versionToFill(Caller caller, UUID fileId, UUID formId) {
    access.require(caller, fileId);
    var form = fillableForm(fileId, formId);
    return versionView(form, repository.latestPublished(formId).orElseThrow());
  }

  public SubmissionView start(Caller caller, UUID fileId, StartSubmission command) {
    var grant = access.requireToEdit(caller, fileId);
    var form = fillableForm(fileId, command.formId());
    var published = repository.latestPublished(form.id()).orElseThrow();
    var submission =
        FormSubmission.start(
            published, fileId, grant.actor().id(), grant.actor().displayName(), clock.instant());
    fill(submission, published, command.answers(), command.submit(), 0, grant);
    repository.add(submission);
    audit.record(grant.audited(), fileId, AuditAction.CREATE, RESOURCE, form.title());
    return view(submission, form, published);
  }

  public SubmissionView update(
      Caller caller, UUID fileId, UUID submissionId, long expectedVersion, FillForm command) {
    var grant = access.requireToEdit(caller, fileId);
    var submission = submissionOf(fileId, submissionId);
    var version = repository.version(submission.formVersionId()).orElseThrow();
    fill(submission, version, command.answers(), command.submit(), expectedVersion, grant);
    flush(expectedVersion);
    audit.record(
        grant.audited(),
        fileId,
        AuditAction.UPDATE,
        RESOURCE,
        command.submit() ? "submitted" : "draft saved");
    return view(submission, repository.form(submission.formId()).orElseThrow(), version);
  }

  public List<SubmissionView> submissions(Caller caller, UUID fileId) {
    var grant = access.require(caller, fileId);
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, "list");
    return repository.submissions(fileId).stream().map(this::view).toList();
  }

  public SubmissionView submission(Caller caller, UUID fileId, UUID submissionId) {
    var grant = access.require(caller, fileId);
    var submission = submissionOf(fileId, submissionId);
    audit.record(grant.audited(), fileId, AuditAction.READ, RESOURCE, submissionId.toString());
    return view(submission);
  }

  private void fill(
      FormSubmission submission,
      FormVersion version,
      java.util.Map<String, Object> answers,
      boolean submit,
      long expectedVersion,
      AccessGrant grant) {
    var outcome = FormFilling.read(FormJson.definition(version.definition()), answers, submit);
    submission.fill(
        FormJson.write(outcome.answers()),
        FormJson.write(outcome.scores()),
        submit,
        expectedVersion,
        grant.actor().id(),
        clock.instant());
  }

  // ------------------------------------------------------------------ helpers

  private ProfessionalView requireAdmin(Caller caller) {
    var actor = directory.professionalOf(caller);
    if (!caller.hasRole(Caller.STRUCTURE_ADMIN)) {
      throw new ForbiddenException(
          "not-form-designer", "Only a structure administrator designs its forms.");
    }
    return actor;
  }

  /** A form of the caller's structure (others do not exist for him or her). */
  private Form visibleForm(ProfessionalView actor, UUID formId) {
    return repository
        .form(formId)
        .filter(f -> f.structureId().equals(actor.structure().id()))
        .orElseThrow(() -> new NotFoundException("No form " + formId + " in your structure."));
  }

  private Form ownForm(ProfessionalView admin, UUID formId) {
    return visibleForm(admin, formId);
  }

  /** A published, not archived form of the file's structure. */
  private Form fillableForm(UUID fileId, UUID formId) {
    var structureId = files.summary(fileId).orElseThrow().structureId();
    var form =
        repository
            .form(formId)
            .filter(f -> f.structureId().equals(structureId))
            .orElseThrow(
                () ->
                    new org.liaison.kernel.InvalidInputException(
                        "formId", "no form " + formId + " for this patient's structure"));
    if (form.archivedAt() != null || repository.latestPublished(formId).isEmpty()) {
      throw new ConflictException(
          "form-not-fillable", "This form is archived or not published yet.");
    }
    return form;
  }

  private FormSubmission submissionOf(UUID fileId, UUID submissionId) {
    return repository
        .submission(fileId, submissionId)
        .orElseThrow(() -> new NotFoundException("No form " + submissionId + " in this file."));
  }

  private void flush(long expectedVersion) {
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersionException(expectedVersion, expectedVersion + 1);
    }
  }

  private FormSummaryView summary(Form f) {
    var versions = repository.versions(f.id());
    var published =
        versions.stream().filter(v -> v.status() == FormVersion.Status.PUBLISHED).findFirst();
    return new FormSummaryView(
        f.id(),
        f.title(),
        f.description(),
        f.templateKey(),
        published.map(FormVersion::number).orElse(null),
        versions.stream().anyMatch(v -> v.status() == FormVersion.Status.DRAFT),
        repository.used(f.id()),
        f.archivedAt());
  }

  private FormView view(Form form) {
    return new FormView(
        summary(form),
        repository.versions(form.id()).stream().map(v -> versionView(form, v)).toList());
  }

  private FormVersionView versionView(Form form, FormVersion v) {
    return new FormVersionView(
        form.id(),
        form.title(),
        form.description(),
        v.number(),
        v.status(),
        FormJson.definition(v.definition()),
        v.updatedAt(),
        v.publishedAt(),
        v.version());
  }

  private SubmissionView view(FormSubmission s) {
    return view(
        s,
        repository.form(s.formId()).orElseThrow(),
        repository.version(s.formVersionId()).orElseThrow());
  }

  private SubmissionView view(FormSubmission s, Form form, FormVersion version) {
    return new SubmissionView(
        s.id(),
        s.fileId(),
        form.id(),
        form.title(),
        version.number(),
        FormJson.definition(version.definition()),
        s.status(),
        FormJson.answers(s.answers()),
        FormJson.scores(s.scores()),
        s.createdBy(),
        s.createdByName(),
        s.createdAt(),
        s.updatedAt(),
        s.submittedAt(),
        s.version());
  }
}
