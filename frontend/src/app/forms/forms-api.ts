import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { CallError, Problem, callError } from '../core/problem';
import { FORMS_MESSAGES } from './forms.messages';
import {
  Answers,
  FieldProblem,
  FormCommand,
  FormSummary,
  FormTemplate,
  FormVersion,
  FormView,
  Submission,
} from './forms-models';

/** The realm role of those who design their structure's forms (the others read them). */
export const FORM_DESIGNER_ROLE = 'structure_admin';

/** The version a user edits from, as If-Match. */
function ifMatch(version: number): HttpHeaders {
  return new HttpHeaders({ 'If-Match': `"${version}"` });
}

const id = encodeURIComponent;

/** The configurable forms API: design (structure admins), FHIR, and filling in patients' files. */
@Injectable({ providedIn: 'root' })
export class FormsApi {
  private readonly http = inject(HttpClient);

  // ------------------------------------------------------------------ design

  forms(): Observable<FormSummary[]> {
    return this.http.get<FormSummary[]>('/api/forms');
  }

  templates(): Observable<FormTemplate[]> {
    return this.http.get<FormTemplate[]>('/api/forms/templates');
  }

  /** A copy of a shipped template, published as version 1. */
  copyTemplate(key: string): Observable<FormView> {
    return this.http.post<FormView>(`/api/forms/templates/${id(key)}/copies`, {});
  }

  /** A new form; its first version is a draft. */
  create(command: FormCommand): Observable<FormView> {
    return this.http.post<FormView>('/api/forms', command);
  }

  form(formId: string): Observable<FormView> {
    return this.http.get<FormView>(`/api/forms/${id(formId)}`);
  }

  /** Saves the draft; when the latest version is published, the server starts a new one. */
  saveDraft(form: FormView, command: FormCommand): Observable<FormView> {
    return this.http.put<FormView>(`/api/forms/${id(form.form.id)}/draft`, command, {
      headers: ifMatch(form.versions[0].version),
    });
  }

  publish(form: FormView): Observable<FormView> {
    return this.http.post<FormView>(
      `/api/forms/${id(form.form.id)}/publication`,
      {},
      { headers: ifMatch(form.versions[0].version) },
    );
  }

  archive(formId: string): Observable<FormView> {
    return this.http.post<FormView>(`/api/forms/${id(formId)}/archival`, {});
  }

  restore(formId: string): Observable<FormView> {
    return this.http.delete<FormView>(`/api/forms/${id(formId)}/archival`);
  }

  /** Deletes a form nobody filled (else 409 form-in-use). */
  delete(formId: string): Observable<void> {
    return this.http.delete<void>(`/api/forms/${id(formId)}`);
  }

  // ------------------------------------------------------------------ FHIR

  /** A version as a FHIR R4 Questionnaire (JSON), to download. */
  questionnaire(formId: string, number: number): Observable<Blob> {
    return this.http.get(`/api/forms/${id(formId)}/versions/${number}/fhir`, {
      responseType: 'blob',
    });
  }

  /** A FHIR R4 Questionnaire imported as a new form (a draft); 400 lists what cannot be kept. */
  importQuestionnaire(json: string): Observable<FormView> {
    return this.http.post<FormView>('/api/forms/fhir', json, {
      headers: new HttpHeaders({ 'Content-Type': 'application/fhir+json' }),
    });
  }

  // ------------------------------------------------------------------ filling

  /** The published forms that may be filled in this patient's file. */
  fillable(fileId: string): Observable<FormSummary[]> {
    return this.http.get<FormSummary[]>(`/api/patients/${id(fileId)}/forms`);
  }

  /** The latest published version of a form, to fill in this file. */
  versionToFill(fileId: string, formId: string): Observable<FormVersion> {
    return this.http.get<FormVersion>(`/api/patients/${id(fileId)}/forms/${id(formId)}`);
  }

  submissions(fileId: string): Observable<Submission[]> {
    return this.http.get<Submission[]>(`/api/patients/${id(fileId)}/form-submissions`);
  }

  submission(fileId: string, submissionId: string): Observable<Submission> {
    return this.http.get<Submission>(
      `/api/patients/${id(fileId)}/form-submissions/${id(submissionId)}`,
    );
  }

  start(fileId: string, formId: string, answers: Answers, submit: boolean) {
    return this.http.post<Submission>(`/api/patients/${id(fileId)}/form-submissions`, {
      formId,
      answers,
      submit,
    });
  }

  /** Saves the answers of a draft (its author only); `submit` makes it final. */
  fill(submission: Submission, answers: Answers, submit: boolean): Observable<Submission> {
    return this.http.put<Submission>(
      `/api/patients/${id(submission.fileId)}/form-submissions/${id(submission.id)}`,
      { answers, submit },
      { headers: ifMatch(submission.version) },
    );
  }
}

/** A failed call as the forms screens show it: its message key, detail and field problems. */
export interface FormsError extends CallError {
  /** Every field problem, in the server's order (a field may have several). */
  problems: FieldProblem[];
  /** The problem's code (form-design-invalid…), if any. */
  code?: string;
}

/**
 * What went wrong, with the forms' own problem codes (even before their texts join the app's
 * catalogue), "changed by someone else" for 412, and the full list of field problems.
 */
export function formsError(error: unknown): FormsError {
  const base = callError(error);
  const problem =
    error instanceof HttpErrorResponse && error.error && typeof error.error === 'object'
      ? (error.error as Problem)
      : null;
  const codeKey = problem?.code ? `problem.${problem.code}` : '';
  let messageKey = base.messageKey;
  if (codeKey && codeKey in FORMS_MESSAGES) messageKey = codeKey;
  if (base.status === 412) messageKey = 'error.stale';
  if (base.status === 404) messageKey = 'forms.error.notFound';
  return {
    ...base,
    messageKey,
    code: problem?.code,
    problems: Array.isArray(problem?.errors) ? problem.errors : [],
  };
}

/** Whether the server does not offer a call (an older server without FHIR, say). */
export function notOffered(error: FormsError): boolean {
  return error.status === 404 || error.status === 405 || error.status === 501;
}
