import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { Params, RouterLink } from '@angular/router';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { DashboardChart } from './dashboard-chart';
import { Cell, DashboardTable as Table, ExportFormat, Figure } from './dashboard-models';

/** The pairs of columns whose change is shown (flows: this period and the one before it). */
const COMPARED: [string, string][] = [
  ['current', 'previous'],
  ['median', 'previousMedian'],
];

/**
 * One indicator: its title, its definition, its chart (none for tables of statistics) and the data
 * table beside it — the figures every reader gets, drillable figures as links to their files.
 */
@Component({
  selector: 'app-dashboard-table',
  imports: [RouterLink, TranslatePipe, DashboardChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = table();
    <article class="indicator" [attr.aria-labelledby]="'t-' + t.key" [attr.data-table]="t.key">
      <header>
        <h3 [id]="'t-' + t.key">{{ t.title }}</h3>
        <div class="exports no-print" role="group" [attr.aria-label]="'dashboard.exportTable' | t">
          <span class="muted" aria-hidden="true">{{ 'dashboard.exportTable' | t }}</span>
          @for (f of formats; track f.format) {
            <button
              type="button"
              class="btn secondary small"
              [disabled]="exporting()"
              (click)="export.emit(f.format)"
              [attr.aria-label]="
                'dashboard.exportTableLabel' | t: { title: t.title, format: f.name }
              "
              [attr.data-testid]="'export-' + t.key + '-' + f.format"
            >
              {{ f.key | t }}
            </button>
          }
        </div>
      </header>
      <details class="definition no-print">
        <summary>{{ 'dashboard.definition' | t }}</summary>
        <p>{{ t.definition }}</p>
      </details>
      <p class="definition print-only">{{ t.definition }}</p>
      @if (empty()) {
        <p class="empty" data-testid="table-empty">{{ 'dashboard.empty' | t }}</p>
      } @else {
        <div class="body" [class.with-chart]="drawn()" [class.wide]="t.columns.length > 2">
          @if (drawn()) {
            <app-dashboard-chart
              [table]="t"
              [drillable]="drillable()"
              [unitLabel]="unitLabel()"
              (drill)="drill.emit({ table: t.key, row: $event.row, column: $event.column })"
            />
          }
          <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="t.title">
            <table [attr.data-testid]="'table-' + t.key">
              <caption>
                {{
                  t.title
                }}
                <span class="unit">({{ unitLabel() }})</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'dashboard.rowHeader' | t }}</th>
                  @for (c of t.columns; track c.key) {
                    <th scope="col" class="num">{{ c.label }}</th>
                  }
                  @if (compared(); as pair) {
                    <th scope="col" class="num">{{ 'dashboard.evolution' | t }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (r of t.rows; track r.key) {
                  <tr [class.overload]="r.flag === 'OVERLOAD'" [attr.data-row]="r.key">
                    <th scope="row">
                      {{ r.label }}
                      @if (r.flag === 'OVERLOAD') {
                        <span class="badge overload-badge">
                          <span aria-hidden="true">⚠ </span
                          >{{ 'dashboard.overload' | t: { norm: norm() } }}</span
                        >
                      }
                    </th>
                    @for (cell of r.cells; track $index; let i = $index) {
                      <td class="num" [attr.data-column]="t.columns[i]?.key">
                        @if (cell.suppressed) {
                          <span aria-hidden="true">{{
                            'dashboard.suppressed' | t: { n: threshold() }
                          }}</span>
                          <span class="visually-hidden">{{
                            'dashboard.suppressedLabel' | t: { n: threshold() }
                          }}</span>
                        } @else if (cell.value == null) {
                          <span aria-hidden="true">—</span>
                          <span class="visually-hidden">{{ 'dashboard.noCase' | t }}</span>
                        } @else if (drillable() && cell.drill) {
                          <a
                            routerLink="/dashboards/files"
                            [queryParams]="drillParams(r.key, t.columns[i]?.key)"
                            [attr.aria-label]="
                              'dashboard.drillLabel'
                                | t
                                  : {
                                      value: number(cell),
                                      row: r.label,
                                      column: t.columns[i]?.label ?? '',
                                    }
                            "
                            >{{ number(cell) }}</a
                          >
                        } @else {
                          {{ number(cell) }}
                        }
                      </td>
                    }
                    @if (compared(); as pair) {
                      <td class="num">{{ change(r.cells[pair[0]], r.cells[pair[1]]) }}</td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </div>
        @if (anySuppressed()) {
          <p class="note">
            {{ 'dashboard.suppressedNote' | t: { n: threshold(), max: threshold() - 1 } }}
          </p>
        }
      }
    </article>
  `,
  styleUrl: './dashboard-table.css',
})
export class DashboardTable {
  private readonly i18n = inject(I18n);
  readonly table = input.required<Table>();
  /** Whether figures open their files (never for the region). */
  readonly drillable = input(false);
  readonly norm = input(40);
  readonly threshold = input(5);
  /** The query parameters of the dashboard (structure and filters), kept by drill-down links. */
  readonly params = input<Params>({});
  readonly exporting = input(false);
  readonly export = output<ExportFormat>();
  readonly drill = output<Figure>();

  protected readonly formats = [
    { format: 'csv' as const, key: 'dashboard.exportCsv', name: 'CSV' },
    { format: 'xlsx' as const, key: 'dashboard.exportXlsx', name: 'XLSX' },
  ];
  protected readonly unitLabel = computed(() => this.i18n.t('dashboard.unit.' + this.table().unit));
  /** No row, or nothing but zeros and empty statistics. */
  protected readonly empty = computed(() =>
    this.table().rows.every((r) => r.cells.every((c) => !c.suppressed && !c.value)),
  );
  /** A chart, unless the table is statistics or has nothing to draw (every figure suppressed). */
  protected readonly drawn = computed(
    () =>
      this.table().chart !== 'NONE' &&
      this.table().rows.some((r) => r.cells.some((c) => !!c.value)),
  );
  protected readonly anySuppressed = computed(() =>
    this.table().rows.some((r) => r.cells.some((c) => c.suppressed)),
  );
  /** The indexes of the columns compared, when the table has such a pair. */
  protected readonly compared = computed((): [number, number] | null => {
    const keys = this.table().columns.map((c) => c.key);
    for (const [now, before] of COMPARED) {
      if (keys.includes(now) && keys.includes(before)) {
        return [keys.indexOf(now), keys.indexOf(before)];
      }
    }
    return null;
  });

  private format(value: number, options: Intl.NumberFormatOptions = {}): string {
    const locale = this.i18n.lang() === 'fr' ? 'fr-FR' : 'en-GB';
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, ...options }).format(value);
  }

  protected number(cell: Cell): string {
    return cell.value == null ? '' : this.format(cell.value);
  }

  /** "+22 (+22 %)"; a dash when either side is unknown. */
  protected change(now: Cell | undefined, before: Cell | undefined): string {
    if (!now || !before || now.value == null || before.value == null) return '—';
    const diff = now.value - before.value;
    const signed = this.format(diff, { signDisplay: 'exceptZero' });
    if (before.value === 0) return signed;
    const percent = this.format(diff / before.value, {
      style: 'percent',
      signDisplay: 'exceptZero',
      maximumFractionDigits: 0,
    });
    return `${signed} (${percent})`;
  }

  protected drillParams(row: string, column: string | undefined): Params {
    return { ...this.params(), table: this.table().key, row, column };
  }
}
