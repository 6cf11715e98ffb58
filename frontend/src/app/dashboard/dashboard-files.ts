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
import { RouterLink } from '@angular/router';
import { Subscription } from 'rxjs';
import { CallError, callError } from '../core/problem';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { DashboardApi } from './dashboard-api';
import { DashboardError } from './dashboard-error';
import { DashboardFilters, DrillDown } from './dashboard-models';
import { dashboardParams, filtersOf } from './dashboard-query';

/** At most this many named files come back (docs/api/dashboards.md). */
const NAMED_AT_MOST = 200;

/**
 * The files behind one figure of a dashboard: those the caller may open as links to the file,
 * the others only counted — never named.
 */
@Component({
  selector: 'app-dashboard-files',
  imports: [RouterLink, TranslatePipe, DashboardError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a routerLink="/dashboards" [queryParams]="back()" class="back" data-testid="dashboard-back">{{
      'dashboard.files.back' | t
    }}</a>
    <h1>{{ drillDown()?.title ?? ('dashboard.title' | t) }}</h1>
    @if (missing()) {
      <div class="alert" role="alert">{{ 'dashboard.files.missing' | t }}</div>
    } @else if (error(); as e) {
      <app-dashboard-error [error]="e" testId="dashboard-files-error" (retry)="load()" />
    } @else if (drillDown(); as d) {
      <section class="card" data-testid="dashboard-files">
        <p class="total" data-testid="dashboard-files-total">
          {{
            (d.total === 1 ? 'dashboard.files.totalOne' : 'dashboard.files.totalMany')
              | t: { count: d.total }
          }}
        </p>
        @if (d.files.length) {
          <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="d.title">
            <table>
              <caption class="visually-hidden">
                {{
                  'dashboard.files.caption' | t: { title: d.title }
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'dashboard.files.name' | t }}</th>
                  <th scope="col">{{ 'dashboard.files.birthYear' | t }}</th>
                  <th scope="col">{{ 'dashboard.files.status' | t }}</th>
                  <th scope="col">{{ 'dashboard.files.caseManager' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (f of d.files; track f.id) {
                  <tr>
                    <th scope="row">
                      <a [routerLink]="['/patients', f.id]">{{ f.name }}</a>
                    </th>
                    <td>{{ f.birthYear ?? '' }}</td>
                    <td>{{ 'status.' + f.status | t }}</td>
                    <td>{{ f.caseManager ?? '' }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (capped()) {
            <p class="muted">{{ 'dashboard.files.capped' | t: { count: d.files.length } }}</p>
          }
        } @else if (!d.hidden) {
          <p>{{ 'dashboard.files.none' | t }}</p>
        }
        @if (d.hidden) {
          <p class="hidden-files" data-testid="dashboard-files-hidden">
            {{
              (d.hidden === 1 ? 'dashboard.files.hiddenOne' : 'dashboard.files.hiddenMany')
                | t: { count: d.hidden }
            }}
          </p>
        }
      </section>
    } @else {
      <p aria-live="polite">{{ 'dashboard.files.loading' | t }}</p>
    }
  `,
  styles: `
    .back {
      display: inline-block;
      margin-bottom: 0.5rem;
    }
    .total {
      font-weight: 600;
    }
    .table-wrap {
      position: relative;
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      padding: 0.45rem 0.6rem;
      border-top: 1px solid var(--line);
      vertical-align: top;
    }
    thead th {
      background: #eef2f6;
      white-space: nowrap;
    }
    tbody th {
      font-weight: 500;
    }
    .hidden-files {
      border-left: 4px solid var(--line);
      padding-left: 0.75rem;
      color: var(--muted);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class DashboardFiles {
  private readonly api = inject(DashboardApi);
  private readonly i18n = inject(I18n);
  /** Query parameters: the dashboard's, and the figure. */
  readonly structure = input<string | undefined>(undefined);
  readonly from = input<string | undefined>(undefined);
  readonly to = input<string | undefined>(undefined);
  readonly area = input<string | undefined>(undefined);
  readonly caseManager = input<string | undefined>(undefined);
  readonly origin = input<string | undefined>(undefined);
  readonly table = input<string | undefined>(undefined);
  readonly row = input<string | undefined>(undefined);
  readonly column = input<string | undefined>(undefined);

  protected readonly drillDown = signal<DrillDown | null>(null);
  protected readonly error = signal<CallError | null>(null);
  private reading: Subscription | undefined;

  private readonly filters = computed<DashboardFilters>(() =>
    filtersOf({
      from: this.from(),
      to: this.to(),
      area: this.area(),
      caseManager: this.caseManager(),
      origin: this.origin(),
    }),
  );
  protected readonly missing = computed(
    () => !this.structure() || !this.table() || !this.row() || !this.column(),
  );
  /** Back to the dashboard with the same structure and filters. */
  protected readonly back = computed(() =>
    dashboardParams(this.structure() ?? null, this.filters()),
  );
  protected readonly capped = computed(() => {
    const d = this.drillDown();
    return !!d && d.files.length >= NAMED_AT_MOST && d.files.length + d.hidden < d.total;
  });

  constructor() {
    effect(() => {
      this.filters();
      this.table();
      this.row();
      this.column();
      this.i18n.lang();
      untracked(() => this.load());
    });
  }

  protected load(): void {
    if (this.missing()) return;
    this.reading?.unsubscribe();
    this.error.set(null);
    this.drillDown.set(null);
    this.reading = this.api
      .files(
        this.structure()!,
        { table: this.table()!, row: this.row()!, column: this.column()! },
        this.filters(),
      )
      .subscribe({
        next: (d) => this.drillDown.set(d),
        error: (e) => this.error.set(callError(e)),
      });
  }
}
