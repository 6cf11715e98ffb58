import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Api } from '../core/api';
import { AuditRecord, EmergencyAccess, Page } from '../core/models';
import { Pager } from '../core/pager';
import { CallError, callError } from '../core/problem';
import { Session } from '../core/session';
import { I18n, TranslatePipe } from '../i18n/i18n';

/**
 * The patient's access log: who read or changed the file and when, emergency accesses flagged.
 * For the team's case manager and the structure's data officer, who also exports it as CSV.
 */
@Component({
  selector: 'app-access-log',
  imports: [FormsModule, RouterLink, TranslatePipe, Pager],
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
              ({{ a.professional.structure.name }}) — {{ i18n.dateTime(a.grantedAt) }}
              <div>« {{ a.reason }} »</div>
            </li>
          }
        </ul>
      </section>
    }
    <form class="filters card" (ngSubmit)="load(0)">
      <div class="field">
        <label for="log-actor">{{ 'accessLog.actor' | t }}</label>
        <input id="log-actor" name="actor" maxlength="100" [(ngModel)]="filter.actor" />
      </div>
      <div class="field">
        <label for="log-action">{{ 'accessLog.action' | t }}</label>
        <select id="log-action" name="action" [(ngModel)]="filter.action">
          <option value="">{{ 'accessLog.allActions' | t }}</option>
          <option value="READ">{{ 'audit.READ' | t }}</option>
          <option value="CREATE">{{ 'audit.CREATE' | t }}</option>
          <option value="UPDATE">{{ 'audit.UPDATE' | t }}</option>
        </select>
      </div>
      <div class="field">
        <label for="log-from">{{ 'accessLog.from' | t }}</label>
        <input id="log-from" name="from" type="date" [(ngModel)]="filter.from" />
      </div>
      <div class="field">
        <label for="log-to">{{ 'accessLog.to' | t }}</label>
        <input id="log-to" name="to" type="date" [(ngModel)]="filter.to" />
      </div>
      <button class="btn" type="submit">{{ 'accessLog.filter' | t }}</button>
      @if (isDataOfficer()) {
        <button
          class="btn secondary"
          type="button"
          (click)="exportCsv()"
          [disabled]="exporting()"
          data-testid="export-csv"
        >
          {{ (exporting() ? 'accessLog.exporting' : 'accessLog.export') | t }}
        </button>
      }
    </form>
    @if (page(); as p) {
      <p class="muted">{{ 'accessLog.count' | t: { count: p.total } }}</p>
      <div class="table-wrap">
        <table data-testid="access-log">
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
            </tr>
          </thead>
          <tbody>
            @for (r of p.items; track r.id) {
              <tr [class.flag]="r.emergency">
                <td>{{ i18n.dateTime(r.occurredAt) }}</td>
                <td>
                  {{ r.actorUsername }}
                  @if (r.emergency) {
                    <span class="badge urgent">{{ 'accessLog.emergency' | t }}</span>
                  }
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
  protected readonly i18n = inject(I18n);
  readonly id = input.required<string>();
  protected readonly page = signal<Page<AuditRecord> | null>(null);
  protected readonly emergencies = signal<EmergencyAccess[]>([]);
  protected readonly error = signal<CallError | null>(null);
  protected readonly exporting = signal(false);
  protected readonly filter = { actor: '', action: '', from: '', to: '' };

  constructor() {
    effect(() => {
      const id = this.id();
      this.load(0);
      this.api.emergencyAccesses(id).subscribe({
        next: (list) => this.emergencies.set(list),
        error: () => this.emergencies.set([]),
      });
    });
  }

  protected isDataOfficer(): boolean {
    return this.session.user()?.roles.includes('data_officer') ?? false;
  }

  protected load(page: number): void {
    this.error.set(null);
    this.api.accessLog(this.id(), page, this.filter).subscribe({
      next: (p) => this.page.set(p),
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
