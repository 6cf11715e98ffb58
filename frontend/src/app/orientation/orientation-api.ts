import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Page, Professional, Sex, Structure } from '../core/models';
import { Answers, FormDefinition } from '../forms/forms-models';

/** Wire formats of orientation and admission requests (records of the EJB module, as JSON). */
export type OrientationKind = 'ADMISSION' | 'ORIENTATION';
export type OrientationStatus = 'SENT' | 'ACCEPTED' | 'REFUSED' | 'ADMITTED' | 'CANCELLED';
export type StructureType =
  | 'DAC'
  | 'HOSPITAL'
  | 'NURSING_HOME'
  | 'HOME_CARE_SERVICE'
  | 'HOME_NURSING_SERVICE'
  | 'HEALTH_PRACTICE'
  | 'PHARMACY'
  | 'CPTS'
  | 'SOCIAL_SERVICE';

export const ORIENTATION_KINDS: OrientationKind[] = ['ADMISSION', 'ORIENTATION'];
export const STRUCTURE_TYPES: StructureType[] = [
  'DAC',
  'HOSPITAL',
  'NURSING_HOME',
  'HOME_CARE_SERVICE',
  'HOME_NURSING_SERVICE',
  'HEALTH_PRACTICE',
  'PHARMACY',
  'CPTS',
  'SOCIAL_SERVICE',
];

/** Longest summary and answer comment the API accepts. */
export const SUMMARY_MAX = 4000;
export const COMMENT_MAX = 1000;

export interface OrientationRequest {
  id: string;
  fileId: string;
  patientFirstName: string;
  patientLastName: string;
  patientBirthDate: string;
  patientSex: Sex;
  patientCity: string;
  from: Structure;
  to: Structure;
  kind: OrientationKind;
  summary: string;
  status: OrientationStatus;
  sentBy: Professional;
  sentAt: string;
  answeredBy?: Professional | null;
  answeredAt?: string | null;
  answerComment?: string | null;
  admittedOn?: string | null;
  version: number;
}

export interface SendOrientationRequest {
  toStructureId: string;
  kind: OrientationKind;
  summary: string;
}

export interface OrientationAnswer {
  status: Exclude<OrientationStatus, 'SENT'>;
  comment?: string;
  /** YYYY-MM-DD, required for ADMITTED. */
  admittedOn?: string;
}

/** A person signalled to a coordination structure before any file exists (docs/workflows.md). */
export type SignalStatus = 'SENT' | 'ACCEPTED' | 'REFUSED';

export interface PersonSignalled {
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: Sex;
  address: { line: string; postalCode: string; city: string };
  phone?: string;
}

export interface PersonSignal extends PersonSignalled {
  id: string;
  to: Structure;
  from: Structure;
  sentBy: Professional;
  sentAt: string;
  formTitle: string;
  /** One line per answer of the orientation form. */
  summary: string;
  personInformed: boolean;
  status: SignalStatus;
  answeredBy?: Professional;
  answeredAt?: string;
  answerComment?: string;
  /** The file opened on acceptance. */
  fileId?: string;
  version: number;
}

/** The orientation form of the structure signalled to (its own copy, or the shipped grid). */
export interface SignalForm {
  formId?: string;
  number: number;
  title: string;
  definition: FormDefinition;
}

/** The orientation calls of the REST API, and the coordination structures of the directory. */
@Injectable({ providedIn: 'root' })
export class OrientationApi {
  private readonly http = inject(HttpClient);

  /** The coordination structures (DAC) one may signal a person to. */
  coordinationStructures(): Observable<Page<Structure>> {
    return this.http.get<Page<Structure>>('/api/directory/structures', {
      params: { type: 'DAC', size: 100 },
    });
  }

  signalForm(structureId: string): Observable<SignalForm> {
    return this.http.get<SignalForm>('/api/signals/form', { params: { structure: structureId } });
  }

  sendSignal(signal: {
    toStructureId: string;
    person: PersonSignalled;
    answers: Answers;
    personInformed: boolean;
  }): Observable<PersonSignal> {
    return this.http.post<PersonSignal>('/api/signals', signal);
  }

  sentSignals(page: number): Observable<Page<PersonSignal>> {
    return this.http.get<Page<PersonSignal>>('/api/signals/sent', { params: { page, size: 20 } });
  }

  incomingSignals(page: number): Observable<Page<PersonSignal>> {
    return this.http.get<Page<PersonSignal>>('/api/signals/incoming', {
      params: { page, size: 20 },
    });
  }

  answerSignal(
    signal: PersonSignal,
    status: Exclude<SignalStatus, 'SENT'>,
    comment: string,
  ): Observable<PersonSignal> {
    return this.http.post<PersonSignal>(
      `/api/signals/${encodeURIComponent(signal.id)}/answer`,
      comment ? { status, comment } : { status },
      { headers: new HttpHeaders({ 'If-Match': `"${signal.version}"` }) },
    );
  }

  /** The requests my structure received, newest first. */
  incoming(page: number, size = 20): Observable<Page<OrientationRequest>> {
    return this.http.get<Page<OrientationRequest>>('/api/orientation-requests/incoming', {
      params: { page, size },
    });
  }

  /** The requests sent from a patient's file. */
  ofFile(fileId: string): Observable<OrientationRequest[]> {
    return this.http.get<OrientationRequest[]>(
      `/api/patients/${encodeURIComponent(fileId)}/orientation-requests`,
    );
  }

  send(fileId: string, request: SendOrientationRequest): Observable<OrientationRequest> {
    return this.http.post<OrientationRequest>(
      `/api/patients/${encodeURIComponent(fileId)}/orientation-requests`,
      request,
    );
  }

  /** Answers from the version the person saw: 412 when somebody changed it meanwhile. */
  answer(
    request: Pick<OrientationRequest, 'id' | 'version'>,
    answer: OrientationAnswer,
  ): Observable<OrientationRequest> {
    return this.http.post<OrientationRequest>(
      `/api/orientation-requests/${encodeURIComponent(request.id)}/answer`,
      answer,
      { headers: new HttpHeaders({ 'If-Match': `"${request.version}"` }) },
    );
  }
}
