import { Params } from '@angular/router';
import { DashboardFilters } from './dashboard-models';
import { isoDate } from './dashboard-period';

/** The filters as the URL holds them (a hand-edited date that is no date is ignored). */
export function filtersOf(query: {
  from?: string;
  to?: string;
  area?: string;
  caseManager?: string;
  origin?: string;
}): DashboardFilters {
  return {
    from: isoDate(query.from),
    to: isoDate(query.to),
    area: query.area || undefined,
    caseManager: query.caseManager || undefined,
    origin: query.origin || undefined,
  };
}

/** The query parameters that make a dashboard (reload and back show the same one). */
export function dashboardParams(structure: string | null, filters: DashboardFilters): Params {
  const params: Params = {};
  for (const [key, value] of Object.entries({ structure, ...filters })) {
    if (value) params[key] = value;
  }
  return params;
}
