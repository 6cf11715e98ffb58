import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  ChartConfiguration,
  ChartEvent,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { I18n } from '../i18n/i18n';
import { DashboardTable } from './dashboard-models';

// Only what the dashboards draw (ADR 0014): bars and lines on a category and a linear axis.
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

/**
 * Okabe–Ito, the palette readers with any colour vision tell apart; lines also differ by point
 * shape and dash, so colour is never the only cue (and the table beside the chart has the figures).
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
  '#8C8C8C',
];
/** Okabe–Ito vermillion: the bars of overloaded case managers. */
const OVERLOAD = '#D55E00';
const POINTS = [
  'circle',
  'triangle',
  'rect',
  'rectRot',
  'star',
  'crossRot',
  'cross',
  'line',
  'rectRounded',
];
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

/** A long category label on lines of about 18 characters (Chart.js draws an array as lines). */
export function wrapLabel(label: string, width = 18): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? line + ' ' + word : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Above this many categories, bars are drawn across so their labels stay readable. */
const ACROSS_FROM = 7;

/**
 * One table's chart: rows are the categories (or the months of a LINE), columns the series. A click
 * on a bar (or point) of a drillable figure asks for its files; the same figures are links in the
 * table, which is what keyboard and screen-reader users use (the canvas is one labelled image).
 */
@Component({
  selector: 'app-dashboard-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chart" [style.height.px]="height()">
      <canvas #canvas role="img" [attr.aria-label]="label()"></canvas>
    </div>
  `,
  styles: `
    .chart {
      position: relative;
      width: 100%;
      min-width: 0;
    }
    @media print {
      .chart {
        break-inside: avoid;
      }
    }
  `,
})
export class DashboardChart {
  private readonly i18n = inject(I18n);
  readonly table = input.required<DashboardTable>();
  readonly drillable = input(false);
  readonly unitLabel = input('');
  /** A drillable figure was clicked: its row and column keys. */
  readonly drill = output<{ row: string; column: string }>();
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | undefined;

  protected readonly label = computed(() =>
    this.i18n.t('dashboard.chartLabel', { title: this.table().title }),
  );
  /** Many categories (not months, which read left to right) are drawn across. */
  private readonly across = computed(() => {
    const t = this.table();
    const months = t.rows.every((r) => /^\d{4}-\d{2}$/.test(r.key));
    return t.chart !== 'LINE' && !months && t.rows.length >= ACROSS_FROM;
  });
  protected readonly height = computed(() => {
    const t = this.table();
    if (!this.across()) return t.rows.length <= 3 ? 220 : 280;
    const series = t.chart === 'STACKED_BAR' ? 1 : t.columns.length;
    return Math.max(220, 70 + t.rows.length * (series * 14 + 10));
  });

  constructor() {
    effect((onCleanup) => {
      const config = this.config();
      const canvas = this.canvas().nativeElement;
      untracked(() => {
        this.chart?.destroy();
        this.chart = new Chart(canvas, config);
      });
      // Printing lays the page out again: the chart follows the new width.
      const print = matchMedia('print');
      const resize = () => this.chart?.resize();
      print.addEventListener('change', resize);
      onCleanup(() => {
        print.removeEventListener('change', resize);
        this.chart?.destroy();
        this.chart = undefined;
      });
    });
  }

  private readonly config = computed((): ChartConfiguration<'bar' | 'line'> => {
    const t = this.table();
    const line = t.chart === 'LINE';
    const stacked = t.chart === 'STACKED_BAR';
    const across = this.across();
    const locale = this.i18n.lang() === 'fr' ? 'fr-FR' : 'en-GB';
    const valueAxis = {
      beginAtZero: true,
      stacked,
      title: { display: !!this.unitLabel(), text: this.unitLabel() },
      ticks: { precision: 0 },
    };
    const categoryAxis = { stacked, ticks: { autoSkip: line } };
    return {
      type: line ? 'line' : 'bar',
      data: {
        // An overloaded case manager is marked by a sign in the label and a colour of its own.
        labels: t.rows.map((r) => {
          const label = r.flag === 'OVERLOAD' ? `⚠ ${r.label}` : r.label;
          return line ? label : wrapLabel(label);
        }),
        datasets: t.columns.map((c, i) => ({
          label: c.label,
          data: t.rows.map((r) => r.cells[i]?.value ?? null),
          backgroundColor: t.rows.some((r) => r.flag === 'OVERLOAD')
            ? t.rows.map((r) => (r.flag === 'OVERLOAD' ? OVERLOAD : PALETTE[i % PALETTE.length]))
            : PALETTE[i % PALETTE.length],
          borderColor: PALETTE[i % PALETTE.length],
          borderWidth: line ? 2 : 0,
          maxBarThickness: 56,
          borderDash: line ? DASHES[i % DASHES.length] : undefined,
          pointStyle: POINTS[i % POINTS.length],
          pointRadius: line ? 4 : undefined,
          spanGaps: false,
        })),
      },
      options: {
        locale,
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: across ? 'y' : 'x',
        scales: across ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: {
            display: t.columns.length > 1,
            position: 'bottom',
            labels: { usePointStyle: line, color: '#1c2430' },
          },
          tooltip: { enabled: true },
        },
        onClick: (event, _elements, chart) => this.clicked(event, chart),
        onHover: (event, _elements, chart) => {
          const target = event.native?.target as HTMLElement | undefined;
          if (target) target.style.cursor = this.figureAt(event, chart) ? 'pointer' : 'default';
        },
      },
    };
  });

  /** The drillable figure under the pointer, if any. */
  private figureAt(event: ChartEvent, chart: Chart): { row: string; column: string } | null {
    if (!this.drillable() || !event.native) return null;
    const [hit] = chart.getElementsAtEventForMode(
      event.native,
      'nearest',
      { intersect: true },
      false,
    );
    if (!hit) return null;
    const t = this.table();
    const row = t.rows[hit.index];
    const column = t.columns[hit.datasetIndex];
    const cell = row?.cells[hit.datasetIndex];
    return row && column && cell?.drill && cell.value != null
      ? { row: row.key, column: column.key }
      : null;
  }

  private clicked(event: ChartEvent, chart: Chart): void {
    const figure = this.figureAt(event, chart);
    if (figure) this.drill.emit(figure);
  }
}
