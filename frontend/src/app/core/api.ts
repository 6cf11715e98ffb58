import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  CareTeamMember,
  CareTeamRole,
  CoordinationFile,
  CurrentUser,
  LogbookCategory,
  LogbookEntry,
  Page,
  PatientIdentity,
  Professional,
} from './models';

/** The REST API of Liaison, one method per call. */
@Injectable({ providedIn: 'root' })
export class Api {
  private readonly http = inject(HttpClient);

  me(): Observable<CurrentUser> {
    return this.http.get<CurrentUser>('/api/me');
  }

  myPatients(page: number, size = 20): Observable<Page<CoordinationFile>> {
    return this.http.get<Page<CoordinationFile>>('/api/patients', { params: { page, size } });
  }

  openFile(identity: PatientIdentity): Observable<CoordinationFile> {
    return this.http.post<CoordinationFile>('/api/patients', identity);
  }

  file(id: string): Observable<CoordinationFile> {
    return this.http.get<CoordinationFile>(`/api/patients/${encodeURIComponent(id)}`);
  }

  careTeam(fileId: string): Observable<CareTeamMember[]> {
    return this.http.get<CareTeamMember[]>(`/api/patients/${fileId}/care-team/members`);
  }

  addMember(fileId: string, professionalId: string, role: CareTeamRole) {
    return this.http.post<CareTeamMember>(`/api/patients/${fileId}/care-team/members`, {
      professionalId,
      role,
    });
  }

  searchProfessionals(q: string): Observable<Page<Professional>> {
    return this.http.get<Page<Professional>>('/api/directory/professionals', {
      params: new HttpParams().set('q', q).set('size', 8),
    });
  }

  logbook(fileId: string, page: number, size = 10): Observable<Page<LogbookEntry>> {
    return this.http.get<Page<LogbookEntry>>(`/api/patients/${fileId}/logbook/entries`, {
      params: { page, size },
    });
  }

  writeEntry(
    fileId: string,
    entry: { category: LogbookCategory; text: string; important: boolean },
  ) {
    return this.http.post<LogbookEntry>(`/api/patients/${fileId}/logbook/entries`, entry);
  }
}
