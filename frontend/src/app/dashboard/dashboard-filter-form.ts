import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Field, FieldControl } from '../field/field';
import { TranslatePipe } from '../i18n/i18n';
import { DashboardAccess, DashboardFilters, DashboardView } from './dashboard-models';
import { PRESETS, Preset, presetOf, presetPeriod } from './dashboard-period';

/** What the filters ask for: the structure (null for the region) and the filters. */
export interface FilterChoice {
  structure: string | null;
  filters: DashboardFilters;
}

/**
 * The filters of a dashboard: the structure (when the caller reads several), the period (presets
 * or chosen dates), the catchment area, the case manager and the referral origin, with the options
 * the view offers. Applied with "Show": the page puts them in the URL.
 */
@Component({
  selector: 'app-dashboard-filter-form',
  imports: [FormsModule, TranslatePipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="filters card no-print" (ngSubmit)="apply()" data-testid="dashboard-filters">
      <h2 class="visually-hidden">{{ 'dashboard.filters' | t }}</h2>
      @if (access().structures.length > 1) {
        <app-field [label]="'dashboard.structure' | t" controlId="dash-structure">
          <select appFieldControl name="structure" [(ngModel)]="structure">
            @for (s of access().structures; track s.id) {
              <option [value]="s.id">{{ s.name }}</option>
            }
          </select>
        </app-field>
      }
      <app-field [label]="'dashboard.period' | t" controlId="dash-period">
        <select
          appFieldControl
          name="preset"
          [ngModel]="preset()"
          (ngModelChange)="choosePreset($event)"
        >
          @for (p of presets; track p) {
            <option [value]="p">{{ 'dashboard.preset.' + p | t }}</option>
          }
        </select>
      </app-field>
      @if (preset() === 'custom') {
        <app-field
          [label]="'dashboard.from' | t"
          controlId="dash-from"
          [invalid]="periodInvalid()"
          describedBy="dash-period-error"
        >
          <input appFieldControl name="from" type="date" required [(ngModel)]="from" />
        </app-field>
        <app-field
          [label]="'dashboard.to' | t"
          controlId="dash-to"
          [invalid]="periodInvalid()"
          describedBy="dash-period-error"
        >
          <input appFieldControl name="to" type="date" required [min]="from" [(ngModel)]="to" />
        </app-field>
      }
      @if (periodInvalid()) {
        <p class="error period-error" id="dash-period-error" role="alert">
          {{ 'dashboard.badPeriod' | t }}
        </p>
      }
      @if (view(); as v) {
        @if (v.options.areas.length) {
          <app-field [label]="'dashboard.area' | t" controlId="dash-area">
            <select appFieldControl name="area" [(ngModel)]="area">
              <option value="">{{ 'dashboard.allAreas' | t }}</option>
              @for (a of v.options.areas; track a) {
                <option [value]="a">{{ a }}</option>
              }
            </select>
          </app-field>
        }
        @if (v.scope !== 'OWN_CASE_LOAD' && v.options.caseManagers.length) {
          <app-field [label]="'dashboard.caseManager' | t" controlId="dash-manager">
            <select appFieldControl name="caseManager" [(ngModel)]="caseManager">
              <option value="">{{ 'dashboard.allCaseManagers' | t }}</option>
              @for (m of v.options.caseManagers; track m.id) {
                <option [value]="m.id">{{ m.name }}</option>
              }
            </select>
          </app-field>
        }
        @if (v.options.origins.length) {
          <app-field [label]="'dashboard.origin' | t" controlId="dash-origin">
            <select appFieldControl name="origin" [(ngModel)]="origin">
              <option value="">{{ 'dashboard.allOrigins' | t }}</option>
              @for (o of v.options.origins; track o.code) {
                <option [value]="o.code">{{ o.label }}</option>
              }
            </select>
          </app-field>
        }
      }
      <div class="actions">
        <button class="btn" type="submit" data-testid="dashboard-apply">
          {{ 'dashboard.apply' | t }}
        </button>
        <button class="btn secondary" type="button" (click)="reset()">
          {{ 'dashboard.reset' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
      gap: 0 1rem;
      align-items: start;
    }
    .period-error {
      grid-column: 1 / -1;
      margin: -0.4rem 0 0.9rem;
    }
    .actions {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-bottom: 0.9rem;
    }
    .error {
      color: var(--danger);
      font-size: 0.9rem;
      margin-top: 0.2rem;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    @media print {
      .no-print {
        display: none !important;
      }
    }
  `,
})
export class DashboardFilterForm {
  readonly access = input.required<DashboardAccess>();
  /** The view shown (its options), null while it loads. */
  readonly view = input<DashboardView | null>(null);
  /** What the URL holds. */
  readonly structureId = input<string | null>(null);
  readonly filters = input<DashboardFilters>({});
  /** The server refused the dates of the URL (400 naming from or to). */
  readonly badPeriod = input(false);
  readonly choose = output<FilterChoice>();

  protected readonly presets = PRESETS;
  protected readonly preset = linkedSignal<Preset>(() =>
    presetOf(this.filters().from, this.filters().to, new Date()),
  );
  /** Dates checked here before asking, or refused by the server. */
  private readonly checked = signal(false);
  protected readonly periodInvalid = computed(() => this.checked() || this.badPeriod());
  protected structure: string | null = null;
  protected from = '';
  protected to = '';
  protected area = '';
  protected caseManager = '';
  protected origin = '';

  constructor() {
    // The form shows what the URL holds (after a reload, a back, or a reset).
    effect(() => {
      const f = this.filters();
      this.structure = this.structureId();
      this.from = f.from ?? '';
      this.to = f.to ?? '';
      this.area = f.area ?? '';
      this.caseManager = f.caseManager ?? '';
      this.origin = f.origin ?? '';
    });
  }

  protected choosePreset(preset: Preset): void {
    this.preset.set(preset);
    this.checked.set(false);
    const period = presetPeriod(preset, new Date());
    if (period) {
      this.from = period.from;
      this.to = period.to;
    } else if (preset === 'last12') {
      this.from = '';
      this.to = '';
    }
  }

  protected apply(): void {
    const custom = this.preset() === 'custom';
    // The same rule as the server's (docs/api/dashboards.md): both dates, to ≥ from.
    this.checked.set(custom && (!this.from || !this.to || this.to < this.from));
    if (this.checked()) return;
    const period = custom ? null : presetPeriod(this.preset(), new Date());
    this.choose.emit({
      structure: this.structure,
      filters: {
        from: custom ? this.from || undefined : period?.from,
        to: custom ? this.to || undefined : period?.to,
        area: this.area || undefined,
        caseManager: this.caseManager || undefined,
        origin: this.origin || undefined,
      },
    });
  }

  protected reset(): void {
    this.preset.set('last12');
    this.checked.set(false);
    this.choose.emit({ structure: this.structure, filters: {} });
  }
}
