import { HttpClient, HttpErrorResponse, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  DirectoryProfessional,
  HealthcareService,
  ImportLineError,
  ImportReport,
  ProfessionalCriteria,
  ProfessionalDetails,
  ProfessionalPage,
  StructureDetail,
  StructurePage,
} from './directory-models';

const BASE = '/api/directory';

/** Query parameters without the empty ones, so that the server sees "any". */
function params(values: Record<string, string | number | null | undefined>): HttpParams {
  let result = new HttpParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    const text = String(value).trim();
    if (text) result = result.set(name, text);
  }
  return result;
}

/** The directory API: professionals, structures, their services, and the CSV import. */
@Injectable({ providedIn: 'root' })
export class DirectoryApi {
  private readonly http = inject(HttpClient);

  searchProfessionals(
    criteria: Partial<ProfessionalCriteria>,
    page: number,
    size = 20,
  ): Observable<ProfessionalPage> {
    return this.http.get<ProfessionalPage>(`${BASE}/professionals`, {
      params: params({ ...criteria, page, size }),
    });
  }

  professional(id: string): Observable<DirectoryProfessional> {
    return this.http.get<DirectoryProfessional>(`${BASE}/professionals/${encodeURIComponent(id)}`);
  }

  /** Updates the entry if nobody changed it since `version` was read (else 412). */
  updateProfessional(
    id: string,
    version: number,
    details: ProfessionalDetails,
  ): Observable<DirectoryProfessional> {
    return this.http.put<DirectoryProfessional>(
      `${BASE}/professionals/${encodeURIComponent(id)}`,
      details,
      { headers: new HttpHeaders({ 'If-Match': `"${version}"` }) },
    );
  }

  createProfessional(
    structureId: string,
    details: ProfessionalDetails,
  ): Observable<DirectoryProfessional> {
    return this.http.post<DirectoryProfessional>(
      `${BASE}/structures/${encodeURIComponent(structureId)}/professionals`,
      details,
    );
  }

  searchStructures(q: string, type: string, page: number, size = 20): Observable<StructurePage> {
    return this.http.get<StructurePage>(`${BASE}/structures`, {
      params: params({ q, type, page, size }),
    });
  }

  structure(id: string): Observable<StructureDetail> {
    return this.http.get<StructureDetail>(`${BASE}/structures/${encodeURIComponent(id)}`);
  }

  addService(
    structureId: string,
    service: { name: string; phone: string | null },
  ): Observable<HealthcareService> {
    return this.http.post<HealthcareService>(
      `${BASE}/structures/${encodeURIComponent(structureId)}/services`,
      service,
    );
  }

  /** Imports every line of the CSV text, or none: a wrong line gives 400 with `lineErrors`. */
  importProfessionals(structureId: string, csv: string): Observable<ImportReport> {
    return this.http.post<ImportReport>(
      `${BASE}/structures/${encodeURIComponent(structureId)}/professionals/import`,
      csv,
      { headers: new HttpHeaders({ 'Content-Type': 'text/csv; charset=utf-8' }) },
    );
  }
}

/** The per-line report of a refused import, or null when the failure is of another kind. */
export function importLineErrors(error: unknown): ImportLineError[] | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400) return null;
  const body = (typeof error.error === 'object' ? error.error : null) as {
    lineErrors?: unknown;
  } | null;
  return Array.isArray(body?.lineErrors) ? (body.lineErrors as ImportLineError[]) : null;
}
