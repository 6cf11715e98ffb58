import { HttpClient, HttpErrorResponse, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { CallError, Problem, callError } from '../core/problem';
import { I18n } from '../i18n/i18n';
import { CARE_PLAN_MESSAGES } from './careplan.messages';
import {
  CarePlan,
  Comparison,
  DraftCommand,
  FollowUpItem,
  OutcomeCommand,
  PlanVersion,
  ProgressCommand,
  ReviewCommand,
} from './care-plan-models';

/** The plan's revision the user worked from, as If-Match. */
function ifMatch(plan: CarePlan): HttpHeaders {
  return new HttpHeaders({ 'If-Match': `"${plan.revision}"` });
}

const id = encodeURIComponent;

/** The care plan (PPS) API of a coordination file; every write answers the whole plan. */
@Injectable({ providedIn: 'root' })
export class CarePlanApi {
  private readonly http = inject(HttpClient);

  private base(fileId: string): string {
    return `/api/patients/${id(fileId)}/care-plan`;
  }

  // ------------------------------------------------------------------ reads

  /** The plan; `started: false` when nobody has started it yet. */
  plan(fileId: string): Observable<CarePlan> {
    return this.http.get<CarePlan>(this.base(fileId));
  }

  version(fileId: string, number: number): Observable<PlanVersion> {
    return this.http.get<PlanVersion>(`${this.base(fileId)}/versions/${number}`);
  }

  comparison(fileId: string, from: number, to: number): Observable<Comparison> {
    return this.http.get<Comparison>(`${this.base(fileId)}/comparison`, {
      params: new HttpParams().set('from', from).set('to', to),
    });
  }

  /** The printable synthesis of a version as a PDF (the auth interceptor adds the token). */
  synthesisPdf(fileId: string, number: number): Observable<Blob> {
    return this.http.get(`${this.base(fileId)}/versions/${number}/synthesis`, {
      headers: new HttpHeaders({ Accept: 'application/pdf' }),
      responseType: 'blob',
    });
  }

  /** The same synthesis as an HTML page, to print. */
  synthesisHtml(fileId: string, number: number): Observable<string> {
    return this.http.get(`${this.base(fileId)}/versions/${number}/synthesis`, {
      headers: new HttpHeaders({ Accept: 'text/html' }),
      responseType: 'text',
    });
  }

  /** Overdue reviews and actions of the files where the caller is case manager. */
  followUp(): Observable<FollowUpItem[]> {
    return this.http.get<FollowUpItem[]>('/api/care-plans/follow-up');
  }

  // ------------------------------------------------------------------ writes

  /** Starts the plan with an empty draft v1 (409 care-plan-exists). */
  start(fileId: string): Observable<CarePlan> {
    return this.http.post<CarePlan>(this.base(fileId), null);
  }

  /** The whole content of the draft; a validated latest version opens draft n+1. */
  saveDraft(plan: CarePlan, command: DraftCommand): Observable<CarePlan> {
    return this.http.put<CarePlan>(`${this.base(plan.fileId)}/draft`, command, {
      headers: ifMatch(plan),
    });
  }

  progress(plan: CarePlan, actionId: string, command: ProgressCommand): Observable<CarePlan> {
    return this.http.post<CarePlan>(
      `${this.base(plan.fileId)}/actions/${id(actionId)}/progress`,
      command,
      { headers: ifMatch(plan) },
    );
  }

  /** Freezes and signs the draft (the team's GP only). */
  validate(plan: CarePlan): Observable<CarePlan> {
    return this.http.post<CarePlan>(`${this.base(plan.fileId)}/validation`, null, {
      headers: ifMatch(plan),
    });
  }

  /** The GP delegates authoring to the structure following the file (care-team API). */
  delegate(fileId: string): Observable<unknown> {
    return this.http.post(`/api/patients/${id(fileId)}/care-team/delegation`, null);
  }

  /** The GP takes authoring back. */
  withdrawDelegation(fileId: string): Observable<unknown> {
    return this.http.delete(`/api/patients/${id(fileId)}/care-team/delegation`);
  }

  /** The delegated structure asks the GP to validate its draft. */
  requestValidation(fileId: string): Observable<CarePlan> {
    return this.http.post<CarePlan>(`${this.base(fileId)}/validation-request`, null);
  }

  scheduleReview(plan: CarePlan, command: ReviewCommand): Observable<CarePlan> {
    return this.http.post<CarePlan>(`${this.base(plan.fileId)}/reviews`, command, {
      headers: ifMatch(plan),
    });
  }

  recordOutcome(plan: CarePlan, reviewId: string, command: OutcomeCommand): Observable<CarePlan> {
    return this.http.post<CarePlan>(
      `${this.base(plan.fileId)}/reviews/${id(reviewId)}/outcome`,
      command,
      { headers: ifMatch(plan) },
    );
  }
}

/** A failed care-plan call: its message key (the plan's own problem codes first) and fields. */
export interface CarePlanError extends CallError {
  code?: string;
}

/** What went wrong, in words for the care-plan screens. */
export function carePlanError(error: unknown): CarePlanError {
  const base = callError(error);
  const problem =
    error instanceof HttpErrorResponse && error.error && typeof error.error === 'object'
      ? (error.error as Problem)
      : null;
  const code = typeof problem?.code === 'string' ? problem.code : undefined;
  let messageKey = base.messageKey;
  if (code && `problem.${code}` in CARE_PLAN_MESSAGES) messageKey = `problem.${code}`;
  if (base.status === 404) messageKey = 'careplan.error.notFound';
  if (base.status === 412) messageKey = 'careplan.stale.title';
  if (base.status === 428) messageKey = 'error.generic';
  return { ...base, messageKey, code };
}

/** Whether the server refused a write because the plan changed since it was read. */
export function isStale(error: CallError): boolean {
  return error.status === 412;
}

/** The server's field messages (English, stable wording) in the user's language. */
const FIELD_MESSAGES: [RegExp, string][] = [
  [/not an active member of this patient's care team/, 'careplan.msg.notActiveMember'],
  [/^a review is recorded once held/, 'careplan.msg.heldInFuture'],
  [/^give a new status, a comment, or both/, 'careplan.msg.statusOrComment'],
  [/^no problem .* in this plan/, 'careplan.msg.noProblem'],
  [/^no goal .* in this plan/, 'careplan.msg.noGoal'],
  [/^an action has one assignee/, 'careplan.msg.oneAssignee'],
  [/^no such structure in the directory/, 'careplan.msg.noStructure'],
  [/^the same id is used twice/, 'careplan.msg.sameId'],
  [/^must not be (blank|null|empty)$/, 'careplan.msg.required'],
];

export function fieldMessage(i18n: I18n, message: string): string {
  const known = FIELD_MESSAGES.find(([pattern]) => pattern.test(message));
  return known ? i18n.t(known[1]) : message;
}
