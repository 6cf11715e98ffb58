import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Api } from '../core/api';
import { AccessLogFilter } from '../core/api';
import {
  AccessLogFacets,
  AccessLogGroup,
  AccessLogPerson,
  AuditRecord,
  EmergencyAccess,
  Page,
} from '../core/models';
import { Pager } from '../core/pager';
import { CallError, callError } from '../core/problem';
import { Session } from '../core/session';
import { Field, FieldControl } from '../field/field';
import { TranslatePipe } from '../i18n/i18n';
import { MomentPipe, TimePipe } from '../i18n/dates';

/**
 * The patient's access log: who read or changed the file and when, emergency accesses flagged.
 * For the team's case manager and the structure's data officer, who also exports it as CSV. People
 * are shown by name, profession and structure; by default one line tells one person's accesses to
 * one part of the file within an hour, and the detail shows each access (issue 17, point 11).
 */
@Component({
  selector: 'app-access-log',
  imports: [
    FormsModule,
    RouterLink,
    TranslatePipe,
    Pager,
    NgTemplateOutlet,
    MomentPipe,
    TimePipe,
    Field,
    FieldControl,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a [routerLink]="['/patients', id()]" class="back">{{ 'accessLog.back' | t }}</a>
    <h1>{{ 'accessLog.title' | t }}</h1>
    @if (error(); as e) {
      <div class="alert" role="alert">
        {{ (e.status === 404 ? 'file.notFound.text' : e.messageKey) | t }}
      </div>
    }
    @if (emergencies().length) {
      <section class="card emergency" aria-labelledby="emergencies-title">
        <h2 id="emergencies-title">{{ 'accessLog.emergencies' | t }}</h2>
        <ul>
          @for (a of emergencies(); track a.id) {
            <li>
              <strong>{{ a.professional.firstName }} {{ a.professional.lastName }}</strong>
              ({{ a.professional.structure.name }}) — {{ a.grantedAt | moment }}
              <div>« {{ a.reason }} »</div>
            </li>
          }
        </ul>
      </section>
    }
    <form class="filters card" (ngSubmit)="load(0)" data-testid="access-log-filters">
      <app-field [label]="'accessLog.actor' | t" controlId="log-person">
        <select appFieldControl name="person" [(ngModel)]="filter.person">
          <option value="">{{ 'accessLog.allPeople' | t }}</option>
          @for (p of facets().people; track p.id) {
            <option [value]="p.id">
              {{ p.name }}{{ p.profession ? ' — ' + ('profession.' + p.profession | t) : '' }}
            </option>
          }
        </select>
      </app-field>
      <app-field [label]="'accessLog.resource' | t" controlId="log-resource">
        <select appFieldControl name="resource" [(ngModel)]="filter.resource">
          <option value="">{{ 'accessLog.allResources' | t }}</option>
          @for (r of facets().resources; track r) {
            <option [value]="r">{{ 'resource.' + r | t }}</option>
          }
        </select>
      </app-field>
      <app-field [label]="'accessLog.action' | t" controlId="log-action">
        <select appFieldControl name="action" [(ngModel)]="filter.action">
          <option value="">{{ 'accessLog.allActions' | t }}</option>
          @for (a of actions; track a) {
            <option [value]="a">{{ 'audit.' + a | t }}</option>
          }
        </select>
      </app-field>
      <app-field [label]="'accessLog.from' | t" controlId="log-from">
        <input appFieldControl name="from" type="date" [(ngModel)]="filter.from" />
      </app-field>
      <app-field [label]="'accessLog.to' | t" controlId="log-to">
        <input appFieldControl name="to" type="date" [(ngModel)]="filter.to" />
      </app-field>
      <fieldset class="view">
        <legend>{{ 'accessLog.view' | t }}</legend>
        <label
          ><input
            type="radio"
            name="view"
            [value]="true"
            [(ngModel)]="grouped"
            (ngModelChange)="load(0)"
            data-testid="view-grouped"
          />
          {{ 'accessLog.grouped' | t }}</label
        >
        <label
          ><input
            type="radio"
            name="view"
            [value]="false"
            [(ngModel)]="grouped"
            (ngModelChange)="load(0)"
            data-testid="view-detailed"
          />
          {{ 'accessLog.detailed' | t }}</label
        >
      </fieldset>
      <button class="btn" type="submit">{{ 'accessLog.filter' | t }}</button>
      @if (isDataOfficer()) {
        <button
          class="btn secondary"
          type="button"
          (click)="exportCsv()"
          [disabled]="exporting()"
          data-testid="export-csv"
          aria-describedby="export-hint"
        >
          {{ (exporting() ? 'accessLog.exporting' : 'accessLog.export') | t }}
        </button>
        <p id="export-hint" class="muted small">{{ 'accessLog.exportHint' | t }}</p>
      }
    </form>
    @if (groups() ?? page(); as p) {
      <p class="muted" aria-live="polite">
        {{ (groups() ? 'accessLog.groupsCount' : 'accessLog.count') | t: { count: p.total } }}
      </p>
      <div class="table-wrap">
        <table [attr.data-testid]="groups() ? 'access-log-grouped' : 'access-log'">
          <caption class="visually-hidden">
            {{
              'accessLog.title' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'accessLog.when' | t }}</th>
              <th scope="col">{{ 'accessLog.actor' | t }}</th>
              <th scope="col">{{ 'accessLog.action' | t }}</th>
              <th scope="col">{{ 'accessLog.what' | t }}</th>
              @if (groups()) {
                <th scope="col">{{ 'accessLog.times' | t }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (g of groups()?.items ?? []; track g.hour + g.person.id + g.action + g.resource) {
              <tr [class.flag]="g.emergency" data-testid="access-log-group">
                <td>
                  {{ g.first | moment }}
                  @if ((g.first | time) !== (g.last | time)) {
                    <div class="muted small">
                      {{
                        'accessLog.between' | t: { first: (g.first | time), last: (g.last | time) }
                      }}
                    </div>
                  }
                </td>
                <td>
                  <ng-container
                    *ngTemplateOutlet="
                      who;
                      context: { $implicit: g.person, emergency: g.emergency }
                    "
                  />
                </td>
                <td>{{ 'audit.' + g.action | t }}</td>
                <td>{{ 'resource.' + g.resource | t }}</td>
                <td data-testid="access-log-count">
                  {{ 'accessLog.timesValue' | t: { count: g.count } }}
                </td>
              </tr>
            }
            @for (r of page()?.items ?? []; track r.id) {
              <tr [class.flag]="r.emergency">
                <td>{{ r.occurredAt | moment }}</td>
                <td>
                  <ng-container
                    *ngTemplateOutlet="
                      who;
                      context: {
                        $implicit: person(r.actorId, r.actorUsername),
                        emergency: r.emergency,
                      }
                    "
                  />
                </td>
                <td>{{ 'audit.' + r.action | t }}</td>
                <td>
                  {{ 'resource.' + r.resource | t }}
                  @if (r.detail) {
                    <span class="muted">— {{ r.detail }}</span>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <app-pager [page]="p" (go)="load($event)" />
    } @else if (!error()) {
      <p aria-live="polite">{{ 'common.loading' | t }}</p>
    }
    <ng-template #who let-p let-emergency="emergency">
      @if (p.profession) {
        <strong>{{ p.name }}</strong>
        <div class="muted small">{{ 'profession.' + p.profession | t }} · {{ p.structure }}</div>
      } @else {
        {{ 'accessLog.unknownPerson' | t: { username: p.username } }}
      }
      @if (emergency) {
        <span class="badge urgent">{{ 'accessLog.emergency' | t }}</span>
      }
    </ng-template>
  `,
  styles: `
    .back {
      display: inline-block;
      margin-bottom: 0.75rem;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: end;
    }
    .filters .field {
      flex: 1 1 10rem;
    }
    .filters .btn {
      margin-bottom: 1rem;
    }
    .filters .view {
      flex: 1 1 100%;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
    }
    .filters .view legend {
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .filters .small {
      flex: 1 1 100%;
      margin-top: 0;
    }
    .small {
      font-size: 0.85rem;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      background: #fff;
    }
    th,
    td {
      text-align: left;
      padding: 0.45rem 0.6rem;
      border-bottom: 1px solid var(--line);
      vertical-align: top;
    }
    tr.flag td {
      background: var(--danger-bg);
    }
    .badge.urgent {
      background: var(--danger);
      color: #fff;
    }
    .emergency {
      border-color: var(--danger);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class AccessLog {
  private readonly api = inject(Api);
  private readonly session = inject(Session);
  readonly id = input.required<string>();
  protected readonly actions = ['READ', 'CREATE', 'UPDATE', 'EXPORT'] as const;
  /** One line per person, part of the file and hour (default), or one per access. */
  protected grouped = true;
  protected readonly groups = signal<Page<AccessLogGroup> | null>(null);
  protected readonly page = signal<Page<AuditRecord> | null>(null);
  protected readonly facets = signal<AccessLogFacets>({ people: [], resources: [] });
  private readonly people = computed(
    () => new Map(this.facets().people.map((p) => [p.id, p] as const)),
  );
  protected readonly emergencies = signal<EmergencyAccess[]>([]);
  protected readonly error = signal<CallError | null>(null);
  protected readonly exporting = signal(false);
  protected readonly filter: Required<AccessLogFilter> = {
    person: '',
    action: '',
    resource: '',
    from: '',
    to: '',
  };

  constructor() {
    effect(() => {
      const id = this.id();
      this.load(0);
      this.api.accessLogFacets(id).subscribe({
        next: (f) => this.facets.set(f),
        error: () => this.facets.set({ people: [], resources: [] }),
      });
      this.api.emergencyAccesses(id).subscribe({
        next: (list) => this.emergencies.set(list),
        error: () => this.emergencies.set([]),
      });
    });
  }

  protected isDataOfficer(): boolean {
    return this.session.user()?.roles.includes('data_officer') ?? false;
  }

  /** The raw log names a login; the people of the log say who it is. */
  protected person(id: string, username: string): AccessLogPerson {
    return this.people().get(id) ?? { id, username, name: username };
  }

  protected load(page: number): void {
    this.error.set(null);
    const grouped = this.grouped;
    this.api.accessLog(this.id(), page, this.filter, grouped).subscribe({
      next: (p) => {
        this.groups.set(grouped ? (p as Page<AccessLogGroup>) : null);
        this.page.set(grouped ? null : (p as Page<AuditRecord>));
      },
      error: (e) => this.error.set(callError(e)),
    });
  }
  protected exportCsv(): void {
    this.exporting.set(true);
    this.api.accessLogExport(this.id(), this.filter).subscribe({
      next: (blob) => {
        this.exporting.set(false);
        const url = URL.createObjectURL(blob);
        const a = document.createElement('a');
        a.href = url;
        a.download = `journal-acces-${this.id()}.csv`;
        a.click();
        URL.revokeObjectURL(url);
      },
      error: (e) => {
        this.exporting.set(false);
        this.error.set(callError(e));
      },
    });
  }
}
