import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  AccessLogFacets,
  AccessLogGroup,
  AuditRecord,
  CarePlanDelegation,
  CaseStatus,
  CaseStatusChange,
  Consent,
  ContactKind,
  EmergencyAccess,
  FileContact,
  FileSearch,
  Invitation,
  NewCoordinationFile,
  ReferralOrigin,
  CareTeamMember,
  CareTeamRole,
  CoordinationFile,
  ExitReason,
  LogbookCategory,
  LogbookEntry,
  Page,
  PossibleDuplicate,
} from './models';

/** The version a user edits from, as If-Match. */
function ifMatch(version: number): HttpHeaders {
  return new HttpHeaders({ 'If-Match': `"${version}"` });
}

/** The REST API of Liaison, one method per call. */
@Injectable({ providedIn: 'root' })
export class Api {
  private readonly http = inject(HttpClient);

  myPatients(page: number, size = 20, search: FileSearch = {}): Observable<Page<CoordinationFile>> {
    let params = new HttpParams().set('page', page).set('size', size);
    for (const [key, value] of Object.entries(search)) {
      if (value) params = params.set(key, value);
    }
    return this.http.get<Page<CoordinationFile>>('/api/patients', { params });
  }

  /** Per file id, how many logbook entries of others I have not read (files with none omitted). */
  unreadLogbooks(): Observable<Record<string, number>> {
    return this.http.get<Record<string, number>>('/api/logbook/unread');
  }

  /** Files that may already be about this person (docs/workflows.md, "New patient"). */
  possibleDuplicates(q: {
    lastName: string;
    firstName: string;
    birthDate: string;
    ins: string | null;
  }): Observable<PossibleDuplicate[]> {
    let params = new HttpParams()
      .set('lastName', q.lastName)
      .set('firstName', q.firstName)
      .set('birthDate', q.birthDate);
    if (q.ins) params = params.set('ins', q.ins);
    return this.http.get<PossibleDuplicate[]>('/api/patients/duplicates', { params });
  }

  openFile(file: NewCoordinationFile): Observable<CoordinationFile> {
    return this.http.post<CoordinationFile>('/api/patients', file);
  }

  changeCoordination(
    file: CoordinationFile,
    details: {
      referralOrigin: ReferralOrigin | null;
      referralDetail: string | null;
      catchmentArea: string | null;
      caseManagerId?: string | null;
    },
  ): Observable<CoordinationFile> {
    return this.http.put<CoordinationFile>(`/api/patients/${file.id}/coordination`, details, {
      headers: ifMatch(file.version),
    });
  }

  changeStatus(
    file: CoordinationFile,
    to: CaseStatus,
    reason: string,
    effectiveOn: string | null,
    exitReason: ExitReason | null = null,
    consentNotCollected: string | null = null,
  ): Observable<CoordinationFile> {
    return this.http.post<CoordinationFile>(
      `/api/patients/${file.id}/status-changes`,
      {
        to,
        reason,
        effectiveOn: effectiveOn || null,
        ...(exitReason ? { exitReason } : {}),
        ...(consentNotCollected ? { consentNotCollected } : {}),
      },
      { headers: ifMatch(file.version) },
    );
  }

  statusHistory(fileId: string): Observable<CaseStatusChange[]> {
    return this.http.get<CaseStatusChange[]>(`/api/patients/${fileId}/status-changes`);
  }

  giveConsent(
    fileId: string,
    consent: Pick<Consent, 'givenBy' | 'relationship' | 'givenOn' | 'scope'>,
  ): Observable<CoordinationFile> {
    return this.http.post<CoordinationFile>(`/api/patients/${fileId}/consent`, consent);
  }

  withdrawConsent(
    fileId: string,
    withdrawnOn: string,
    reason: string,
  ): Observable<CoordinationFile> {
    return this.http.post<CoordinationFile>(`/api/patients/${fileId}/consent/withdrawal`, {
      withdrawnOn,
      reason,
    });
  }

  contacts(fileId: string): Observable<FileContact[]> {
    return this.http.get<FileContact[]>(`/api/patients/${fileId}/contacts`);
  }

  addContact(
    fileId: string,
    contact: {
      kind: ContactKind;
      name: string;
      relationship: string;
      phone: string;
      email: string;
    },
  ): Observable<FileContact> {
    return this.http.post<FileContact>(`/api/patients/${fileId}/contacts`, contact);
  }

  removeContact(fileId: string, contactId: string) {
    return this.http.delete<void>(`/api/patients/${fileId}/contacts/${contactId}`);
  }

  breakGlass(lastName: string, birthDate: string, reason: string): Observable<CoordinationFile[]> {
    return this.http.post<CoordinationFile[]>('/api/patients/emergency-access', {
      lastName,
      birthDate,
      reason,
    });
  }

  /** The raw log (one line per access) or, with grouped, one line per person, part and hour. */
  accessLog<T extends AuditRecord | AccessLogGroup>(
    fileId: string,
    page: number,
    filter: AccessLogFilter,
    grouped: boolean,
  ): Observable<Page<T>> {
    const params = logParams(filter).set('page', page).set('size', 50);
    const path = `/api/patients/${fileId}/access-log${grouped ? '/grouped' : ''}`;
    return this.http.get<Page<T>>(path, { params });
  }

  accessLogFacets(fileId: string): Observable<AccessLogFacets> {
    return this.http.get<AccessLogFacets>(`/api/patients/${fileId}/access-log/facets`);
  }

  accessLogExport(fileId: string, filter: AccessLogFilter): Observable<Blob> {
    return this.http.get(`/api/patients/${fileId}/access-log/export`, {
      params: logParams(filter),
      responseType: 'blob',
    });
  }

  emergencyAccesses(fileId: string): Observable<EmergencyAccess[]> {
    return this.http.get<EmergencyAccess[]>(
      `/api/patients/${fileId}/access-log/emergency-accesses`,
    );
  }

  file(id: string): Observable<CoordinationFile> {
    return this.http.get<CoordinationFile>(`/api/patients/${encodeURIComponent(id)}`);
  }

  careTeam(fileId: string): Observable<CareTeamMember[]> {
    return this.http.get<CareTeamMember[]>(`/api/patients/${fileId}/care-team/members`);
  }

  addMember(fileId: string, professionalId: string, role: CareTeamRole, until: string | null) {
    return this.http.post<CareTeamMember>(`/api/patients/${fileId}/care-team/members`, {
      professionalId,
      role,
      until: until || null,
    });
  }

  changeMembershipPeriod(fileId: string, member: CareTeamMember, since: string, until: string) {
    return this.http.put<CareTeamMember>(
      `/api/patients/${fileId}/care-team/members/${member.id}`,
      { since, until: until || null },
      { headers: ifMatch(member.version) },
    );
  }

  removeMember(fileId: string, memberId: string, reason: string) {
    return this.http.post<CareTeamMember>(
      `/api/patients/${fileId}/care-team/members/${memberId}/removal`,
      { reason: reason || null },
    );
  }

  leaveTeam(fileId: string) {
    return this.http.post<void>(`/api/patients/${fileId}/care-team/leave`, {});
  }

  invitations(fileId: string): Observable<Invitation[]> {
    return this.http.get<Invitation[]>(`/api/patients/${fileId}/care-team/invitations`);
  }

  invite(
    fileId: string,
    invitation: {
      role: CareTeamRole;
      email: string;
      firstName: string;
      lastName: string;
      profession: string;
      structureId: string | null;
      professionalId?: string | null;
    },
  ): Observable<Invitation> {
    return this.http.post<Invitation>(`/api/patients/${fileId}/care-team/invitations`, invitation);
  }

  cancelInvitation(fileId: string, invitationId: string): Observable<Invitation> {
    return this.http.delete<Invitation>(
      `/api/patients/${fileId}/care-team/invitations/${invitationId}`,
    );
  }

  delegation(fileId: string): Observable<CarePlanDelegation | null> {
    return this.http.get<CarePlanDelegation | null>(`/api/patients/${fileId}/care-team/delegation`);
  }

  delegate(fileId: string): Observable<CarePlanDelegation> {
    return this.http.post<CarePlanDelegation>(`/api/patients/${fileId}/care-team/delegation`, {});
  }

  revokeDelegation(fileId: string) {
    return this.http.delete<void>(`/api/patients/${fileId}/care-team/delegation`);
  }

  logbook(fileId: string, page: number, size = 10): Observable<Page<LogbookEntry>> {
    return this.http.get<Page<LogbookEntry>>(`/api/patients/${fileId}/logbook/entries`, {
      params: { page, size },
    });
  }

  writeEntry(
    fileId: string,
    entry: {
      category: LogbookCategory;
      text: string;
      important: boolean;
      corrects: string | null;
      clientKey: string;
      /** Ids of files uploaded before (logbook-api.ts), at most 5. */
      attachments?: string[];
    },
  ) {
    return this.http.post<LogbookEntry>(`/api/patients/${fileId}/logbook/entries`, entry);
  }
}

/** The access log's filters; an empty one is not sent. */
export interface AccessLogFilter {
  person?: string;
  action?: string;
  resource?: string;
  from?: string;
  to?: string;
}

function logParams(filter: AccessLogFilter): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value) params = params.set(key, value);
  }
  return params;
}
