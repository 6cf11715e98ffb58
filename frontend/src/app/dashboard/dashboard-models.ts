/** Wire formats of the activity dashboards (docs/api/dashboards.md). */
export type DashboardScope = 'STRUCTURE' | 'OWN_CASE_LOAD' | 'REGION';
export type ChartKind = 'BAR' | 'STACKED_BAR' | 'LINE' | 'NONE';
export type Unit = 'FILES' | 'COUNT' | 'DAYS' | 'YEARS' | 'PEOPLE';
export type ExportFormat = 'csv' | 'xlsx';

/** GET /dashboards: what the caller may open. */
export interface DashboardAccess {
  scope: DashboardScope;
  structures: { id: string; name: string }[];
  caseLoadNorm: number;
  smallCellThreshold: number;
}

/** The filters of every call; an absent value is not sent (the server's default applies). */
export interface DashboardFilters {
  from?: string;
  to?: string;
  area?: string;
  caseManager?: string;
  origin?: string;
}

export interface Period {
  from: string;
  to: string;
}

export interface Cell {
  /** Absent (the API leaves out nulls) when suppressed or when a statistic has no case. */
  value?: number | null;
  suppressed: boolean;
  drill: boolean;
}

export interface Row {
  key: string;
  label: string;
  flag?: 'OVERLOAD' | null;
  cells: Cell[];
}

export interface Column {
  key: string;
  label: string;
}

export interface DashboardTable {
  key: string;
  title: string;
  definition: string;
  chart: ChartKind;
  unit: Unit;
  columns: Column[];
  rows: Row[];
}

export interface DashboardSection {
  key: string;
  title: string;
  tables: DashboardTable[];
}

export interface DashboardView {
  scope: DashboardScope;
  structure: { id: string; name: string } | null;
  period: Period;
  previous: Period;
  filters: { area: string | null; caseManager: string | null; origin: string | null };
  options: {
    areas: string[];
    caseManagers: { id: string; name: string }[];
    origins: { code: string; label: string }[];
  };
  caseLoadNorm: number;
  smallCellThreshold: number | null;
  generatedAt: string;
  /** Set when the figures were prepared ahead: how often they are recomputed. */
  refreshMinutes: number | null;
  sections: DashboardSection[];
}

/** GET …/files: the files behind one figure. */
export interface DrillDown {
  table: string;
  row: string;
  column: string;
  title: string;
  total: number;
  files: {
    id: string;
    name: string;
    birthYear: number | null;
    status: string;
    caseManager: string | null;
  }[];
  hidden: number;
}

/** The figure a drill-down opens. */
export interface Figure {
  table: string;
  row: string;
  column: string;
}
