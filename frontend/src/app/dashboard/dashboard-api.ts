import { HttpClient, HttpHeaders, HttpParams, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { I18n } from '../i18n/i18n';
import {
  DashboardAccess,
  DashboardFilters,
  DashboardView,
  DrillDown,
  ExportFormat,
  Figure,
} from './dashboard-models';

const id = encodeURIComponent;

/** The filters that are set, as query parameters. */
function filterParams(filters: DashboardFilters, extra: Record<string, string> = {}): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) {
    if (value) params = params.set(key, value);
  }
  return params;
}

/** A filter option as the server writes it: the contract's shape or the service's `{id, label}`. */
interface WireChoice {
  id?: string;
  code?: string;
  name?: string;
  label?: string;
}

/**
 * The options in the contract's shape (caseManagers `{id, name}`, origins `{code, label}`): the
 * service on main writes both as `{id, label}`, so either is read.
 */
function withOptions(view: DashboardView): DashboardView {
  const wire = view.options as unknown as {
    areas?: string[];
    caseManagers?: WireChoice[];
    origins?: WireChoice[];
  };
  return {
    ...view,
    options: {
      areas: wire.areas ?? [],
      caseManagers: (wire.caseManagers ?? []).map((c) => ({
        id: c.id ?? c.code ?? '',
        name: c.name ?? c.label ?? '',
      })),
      origins: (wire.origins ?? []).map((o) => ({
        code: o.code ?? o.id ?? '',
        label: o.label ?? o.name ?? '',
      })),
    },
  };
}

/** A downloaded export: its bytes and the name the server gave it. */
export interface Download {
  blob: Blob;
  name: string;
}

/**
 * The file name of a Content-Disposition header (`filename*=UTF-8''…` preferred, then
 * `filename="…"`), or null.
 */
export function dispositionName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall back on the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  return plain ? (plain[2] ?? plain[1]).trim() : null;
}

/**
 * The activity dashboards API (docs/api/dashboards.md): one method per call. Labels come in the
 * UI language (Accept-Language), so a change of language reads the view again.
 */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);

  private headers(): HttpHeaders {
    return new HttpHeaders({ 'Accept-Language': this.i18n.lang() });
  }

  /** What the caller may open (403 for a professional who reads no dashboard). */
  access(): Observable<DashboardAccess> {
    return this.http.get<DashboardAccess>('/api/dashboards');
  }

  /** A structure's dashboard, or the region's when structureId is null. */
  view(structureId: string | null, filters: DashboardFilters): Observable<DashboardView> {
    return this.http
      .get<DashboardView>(this.base(structureId), {
        params: filterParams(filters),
        headers: this.headers(),
      })
      .pipe(map(withOptions));
  }

  files(structureId: string, figure: Figure, filters: DashboardFilters): Observable<DrillDown> {
    return this.http.get<DrillDown>(`${this.base(structureId)}/files`, {
      params: filterParams(filters, { ...figure }),
      headers: this.headers(),
    });
  }

  /** Every table, or one, as CSV or XLSX, under the server's file name. */
  export(
    structureId: string | null,
    format: ExportFormat,
    filters: DashboardFilters,
    table?: string,
  ): Observable<Download> {
    const extra: Record<string, string> = { format };
    if (table) extra['table'] = table;
    return this.http
      .get(`${this.base(structureId)}/export`, {
        params: filterParams(filters, extra),
        headers: this.headers(),
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
        map((response: HttpResponse<Blob>) => ({
          blob: response.body as Blob,
          name:
            dispositionName(response.headers.get('Content-Disposition')) ??
            `liaison-dashboard${table ? '-' + table : ''}.${format}`,
        })),
      );
  }

  private base(structureId: string | null): string {
    return structureId === null
      ? '/api/dashboards/region'
      : `/api/dashboards/structures/${id(structureId)}`;
  }
}

/** Saves a download under its name (the bytes came through the API with the bearer token). */
export function save(download: Download): void {
  const url = URL.createObjectURL(download.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = download.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked once the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
