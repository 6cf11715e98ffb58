import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router } from '@angular/router';
import { Subscription } from 'rxjs';
import { CallError, callError } from '../core/problem';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { DashboardApi, save } from './dashboard-api';
import { DashboardError } from './dashboard-error';
import { DashboardFilterForm, FilterChoice } from './dashboard-filter-form';
import {
  DashboardAccess,
  DashboardFilters,
  DashboardView,
  ExportFormat,
  Figure,
} from './dashboard-models';
import { dashboardParams, filtersOf } from './dashboard-query';
import { DashboardTable } from './dashboard-table';
import { DayPipe, MomentPipe } from '../i18n/dates';

/**
 * The activity dashboards (docs/api/dashboards.md): filters kept in the URL, the comparison with
 * the previous period, one section per theme with its charts and data tables, drill-down to the
 * files behind a figure, CSV / XLSX exports and a print layout for the annual report.
 */
@Component({
  selector: 'app-dashboard-page',
  imports: [
    TranslatePipe,
    DashboardFilterForm,
    DashboardTable,
    DashboardError,
    DayPipe,
    MomentPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>
      {{ 'dashboard.title' | t }}
      @if (title(); as name) {
        <small>{{ name }}</small>
      }
    </h1>
    @if (accessError(); as e) {
      <div class="alert" role="alert" data-testid="dashboard-no-access">
        <p>
          <strong>{{ (e.status === 403 ? 'dashboard.noAccess' : e.messageKey) | t }}</strong>
        </p>
        @if (e.status === 403) {
          <p>{{ 'dashboard.noAccessHelp' | t }}</p>
        } @else {
          <button type="button" class="btn secondary" (click)="loadAccess()">
            {{ 'common.retry' | t }}
          </button>
        }
      </div>
    } @else if (access(); as a) {
      <app-dashboard-filter-form
        [access]="a"
        [view]="view()"
        [structureId]="structureId()"
        [filters]="filters()"
        [badPeriod]="badPeriod()"
        (choose)="choose($event)"
      />
      @if (viewError(); as e) {
        <!-- A refused period is told beside the dates, in the form. -->
        @if (!badPeriod()) {
          <app-dashboard-error [error]="e" testId="dashboard-error" (retry)="reload()" />
        }
      }
      @if (exportError(); as e) {
        <div class="alert" role="alert">{{ e.messageKey | t }}</div>
      }
      <p class="status" aria-live="polite">
        @if (loading()) {
          {{ 'dashboard.loading' | t }}
        }
      </p>
      @if (view(); as v) {
        <div class="report" [class.stale]="loading()" [attr.aria-busy]="loading()">
          <div class="print-only print-heading">
            <p class="print-title">{{ 'dashboard.printHeading' | t: { name: title() ?? '' } }}</p>
            @if (filterSummary(); as summary) {
              <p>{{ 'dashboard.printFilters' | t: { filters: summary } }}</p>
            }
          </div>
          <div class="summary">
            <p data-testid="dashboard-period">
              <strong>{{
                'dashboard.periodShown'
                  | t: { from: (v.period.from | day), to: (v.period.to | day) }
              }}</strong>
              {{
                'dashboard.comparedWith'
                  | t: { from: (v.previous.from | day), to: (v.previous.to | day) }
              }}
              <span class="muted">{{
                'dashboard.generatedAt' | t: { at: (v.generatedAt | moment) }
              }}</span>
              @if (v.refreshMinutes) {
                <span class="muted" data-testid="dashboard-refresh">{{
                  'dashboard.refreshed' | t: { n: v.refreshMinutes }
                }}</span>
              }
            </p>
            @if (v.scope === 'OWN_CASE_LOAD') {
              <p class="muted">{{ 'dashboard.scope.OWN_CASE_LOAD' | t }}</p>
            } @else if (v.scope === 'REGION') {
              <p class="muted">{{ 'dashboard.scope.REGION' | t: { max: threshold() - 1 } }}</p>
            }
            <div class="toolbar no-print">
              <div class="exports" role="group" [attr.aria-label]="'dashboard.exportAll' | t">
                <span aria-hidden="true">{{ 'dashboard.exportAll' | t }}</span>
                @for (f of formats; track f.format) {
                  <button
                    type="button"
                    class="btn secondary"
                    [disabled]="exporting() !== null"
                    (click)="export(f.format)"
                    [attr.aria-label]="'dashboard.exportAllLabel' | t: { format: f.name }"
                    [attr.data-testid]="'export-all-' + f.format"
                  >
                    {{ f.key | t }}
                  </button>
                }
              </div>
              <button type="button" class="btn secondary" (click)="print()" data-testid="print">
                {{ 'dashboard.print' | t }}
              </button>
              @if (exporting() !== null) {
                <span class="muted" aria-live="polite">{{ 'dashboard.exporting' | t }}</span>
              }
            </div>
            @if (drillable() && !empty()) {
              <p class="muted no-print">{{ 'dashboard.drillHint' | t }}</p>
            }
          </div>
          @if (empty()) {
            <div class="card empty" data-testid="dashboard-empty">
              <p>
                <strong>{{ 'dashboard.empty' | t }}</strong>
              </p>
              <p>{{ 'dashboard.emptyHelp' | t }}</p>
            </div>
          } @else {
            @for (s of v.sections; track s.key) {
              <section
                class="card section"
                [attr.aria-labelledby]="'s-' + s.key"
                [attr.data-section]="s.key"
              >
                <h2 [id]="'s-' + s.key">{{ s.title }}</h2>
                @for (t of s.tables; track t.key) {
                  <app-dashboard-table
                    [table]="t"
                    [drillable]="drillable()"
                    [norm]="v.caseLoadNorm"
                    [threshold]="threshold()"
                    [params]="params()"
                    [exporting]="exporting() !== null"
                    (export)="export($event, t.key)"
                    (drill)="drill($event)"
                  />
                }
              </section>
            }
          }
        </div>
      }
    } @else {
      <p aria-live="polite">{{ 'common.loading' | t }}</p>
    }
  `,
  styleUrl: './dashboard-page.css',
})
export class DashboardPage {
  private readonly api = inject(DashboardApi);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  /** Query parameters. */
  readonly structure = input<string | undefined>(undefined);
  readonly from = input<string | undefined>(undefined);
  readonly to = input<string | undefined>(undefined);
  readonly area = input<string | undefined>(undefined);
  readonly caseManager = input<string | undefined>(undefined);
  readonly origin = input<string | undefined>(undefined);

  protected readonly formats = [
    { format: 'csv' as const, key: 'dashboard.exportCsv', name: 'CSV' },
    { format: 'xlsx' as const, key: 'dashboard.exportXlsx', name: 'XLSX' },
  ];
  protected readonly access = signal<DashboardAccess | null>(null);
  protected readonly accessError = signal<CallError | null>(null);
  protected readonly view = signal<DashboardView | null>(null);
  protected readonly viewError = signal<CallError | null>(null);
  protected readonly loading = signal(false);
  protected readonly exporting = signal<string | null>(null);
  protected readonly exportError = signal<CallError | null>(null);
  private reading: Subscription | undefined;

  protected readonly filters = computed<DashboardFilters>(() =>
    filtersOf({
      from: this.from(),
      to: this.to(),
      area: this.area(),
      caseManager: this.caseManager(),
      origin: this.origin(),
    }),
  );
  /** The structure shown: the one asked for if the caller reads it, else the first; null = region. */
  protected readonly structureId = computed(() => {
    const a = this.access();
    if (!a || a.scope === 'REGION') return null;
    const asked = this.structure();
    return a.structures.find((s) => s.id === asked)?.id ?? a.structures[0]?.id ?? null;
  });
  protected readonly title = computed(() => {
    const v = this.view();
    if (!v) return null;
    return v.scope === 'REGION' ? this.i18n.t('dashboard.region') : (v.structure?.name ?? null);
  });
  protected readonly drillable = computed(() => {
    const scope = this.view()?.scope;
    return scope === 'STRUCTURE' || scope === 'OWN_CASE_LOAD';
  });
  /** The server refused the dates (400 naming from or to). */
  protected readonly badPeriod = computed(() => {
    const fields = this.viewError()?.fields ?? {};
    return 'from' in fields || 'to' in fields;
  });
  protected readonly threshold = computed(
    () => this.view()?.smallCellThreshold ?? this.access()?.smallCellThreshold ?? 5,
  );
  protected readonly params = computed(() => dashboardParams(this.structureId(), this.filters()));
  /** Every table without a figure: one message instead of empty charts. */
  protected readonly empty = computed(() =>
    (this.view()?.sections ?? []).every((s) =>
      s.tables.every((t) => t.rows.every((r) => r.cells.every((c) => !c.suppressed && !c.value))),
    ),
  );
  /** The filters in words, for the printed report. */
  protected readonly filterSummary = computed(() => {
    const v = this.view();
    if (!v) return '';
    const f = this.filters();
    const parts: string[] = [];
    if (f.area) parts.push(`${this.i18n.t('dashboard.area')} : ${f.area}`);
    const manager = v.options.caseManagers.find((m) => m.id === f.caseManager);
    if (manager) parts.push(`${this.i18n.t('dashboard.caseManager')} : ${manager.name}`);
    const origin = v.options.origins.find((o) => o.code === f.origin);
    if (origin) parts.push(`${this.i18n.t('dashboard.origin')} : ${origin.label}`);
    return parts.join(' · ');
  });

  constructor() {
    this.loadAccess();
    // A new structure, new filters or another language (the labels come translated): read again.
    effect(() => {
      const access = this.access();
      const structure = this.structureId();
      const filters = this.filters();
      this.i18n.lang();
      if (!access) return;
      untracked(() => this.read(structure, filters));
    });
  }

  protected loadAccess(): void {
    this.accessError.set(null);
    this.api.access().subscribe({
      next: (a) => this.access.set(a),
      error: (e) => this.accessError.set(callError(e)),
    });
  }

  protected reload(): void {
    this.read(this.structureId(), this.filters());
  }

  private read(structure: string | null, filters: DashboardFilters): void {
    this.reading?.unsubscribe();
    this.loading.set(true);
    this.viewError.set(null);
    this.reading = this.api.view(structure, filters).subscribe({
      next: (v) => {
        this.loading.set(false);
        this.view.set(v);
      },
      error: (e) => {
        this.loading.set(false);
        this.view.set(null);
        this.viewError.set(callError(e));
      },
    });
  }

  protected choose(choice: FilterChoice): void {
    void this.router.navigate([], {
      queryParams: dashboardParams(choice.structure, choice.filters),
    });
  }

  protected drill(figure: Figure): void {
    void this.router.navigate(['/dashboards/files'], {
      queryParams: { ...this.params(), ...figure },
    });
  }

  protected export(format: ExportFormat, table?: string): void {
    this.exporting.set(table ?? 'all');
    this.exportError.set(null);
    this.api.export(this.structureId(), format, this.filters(), table).subscribe({
      next: (download) => {
        this.exporting.set(null);
        save(download);
      },
      error: (e) => {
        this.exporting.set(null);
        this.exportError.set(callError(e));
      },
    });
  }

  protected print(): void {
    window.print();
  }
}
