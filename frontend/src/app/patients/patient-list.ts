import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { PendingInvitations } from '../agenda/pending-invitations';
import { RouterLink } from '@angular/router';
import { Api } from '../core/api';
import { CarePlanFollowUp } from '../careplan/care-plan-follow-up';
import { Pager } from '../core/pager';
import { CASE_STATUSES, CoordinationFile, FileSearch, Page } from '../core/models';
import { CallError, callError } from '../core/problem';
import { Session } from '../core/session';
import { Field, FieldControl } from '../field/field';
import { TranslatePipe } from '../i18n/i18n';
import { DayPipe } from '../i18n/dates';

/** "Mes patients": the files of the care teams I belong to. */
@Component({
  selector: 'app-patient-list',
  imports: [
    FormsModule,
    RouterLink,
    TranslatePipe,
    Pager,
    CarePlanFollowUp,
    PendingInvitations,
    DayPipe,
    Field,
    FieldControl,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="heading">
      <h1>{{ 'patients.title' | t }}</h1>
      <div class="heading-actions">
        <a class="btn secondary" routerLink="/signals/new" data-testid="signal-person">{{
          'patients.signal' | t
        }}</a>
        <a
          class="btn secondary"
          routerLink="/patients/emergency-access"
          data-testid="break-glass"
          >{{ 'breakGlass.link' | t }}</a
        >
        @if (session.isCaseManager()) {
          <a class="btn" routerLink="/patients/new" data-testid="new-file"
            >+ {{ 'patients.new' | t }}</a
          >
        }
      </div>
    </div>
    <app-pending-invitations />
    <form class="search card" role="search" (ngSubmit)="load(0)">
      <app-field [label]="'patients.search' | t" controlId="search-q">
        <input
          appFieldControl
          name="q"
          type="search"
          maxlength="100"
          [(ngModel)]="search.q"
          data-testid="patient-search"
        />
      </app-field>
      <app-field [label]="'patients.status' | t" controlId="search-status">
        <select appFieldControl name="status" [(ngModel)]="search.status">
          <option value="">{{ 'patients.allStatuses' | t }}</option>
          @for (s of statuses; track s) {
            <option [value]="s">{{ 'status.' + s | t }}</option>
          }
        </select>
      </app-field>
      <app-field [label]="'coordination.area' | t" controlId="search-area">
        <input appFieldControl name="area" maxlength="100" [(ngModel)]="search.area" />
      </app-field>
      <button class="btn" type="submit">{{ 'patients.searchButton' | t }}</button>
    </form>
    @if (session.isCaseManager()) {
      <app-care-plan-follow-up />
    }
    @if (error(); as e) {
      <div class="alert" role="alert">
        {{ e.messageKey | t }}
        <button class="btn secondary" (click)="load(0)">{{ 'common.retry' | t }}</button>
      </div>
    }
    @if (page(); as p) {
      @if (p.total === 0) {
        <p class="card muted" data-testid="no-patients">{{ 'patients.empty' | t }}</p>
      } @else {
        <p class="muted">{{ 'patients.count' | t: { count: p.total } }}</p>
        <ul class="patients" data-testid="patients">
          @for (f of p.items; track f.id) {
            <li>
              <a [routerLink]="['/patients', f.id]" class="patient card">
                <span class="name">{{ f.lastName.toUpperCase() }} {{ f.firstName }}</span>
                <span class="muted"
                  >{{ 'sex.' + f.sex | t }} ·
                  {{ 'patients.born' | t: { date: (f.birthDate | day) } }}</span
                >
                <span class="muted">{{ f.address.city }}</span>
                <span class="status" [attr.data-status]="f.status">{{
                  'status.' + f.status | t
                }}</span>
                @if (unread()[f.id]; as count) {
                  <span class="unread" data-testid="patient-unread">{{
                    'patients.unread' | t: { count: count }
                  }}</span>
                }
              </a>
            </li>
          }
        </ul>
        <app-pager [page]="p" (go)="load($event)" />
      }
    } @else if (!error()) {
      <p aria-live="polite">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .heading-actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    .search {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: end;
    }
    .search .field {
      flex: 1 1 12rem;
    }
    .search .btn {
      margin-bottom: 1rem;
    }
    .status {
      align-self: flex-start;
      font-size: 0.85rem;
      font-weight: 600;
      padding: 0.1rem 0.5rem;
      border-radius: 999px;
      background: #e3ecf3;
      color: var(--brand-dark);
      margin-top: 0.25rem;
    }
    .status[data-status='INCLUDED'] {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .heading {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
      flex-wrap: wrap;
    }
    .patients {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 0.75rem;
    }
    .patient {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      text-decoration: none;
      color: inherit;
      margin: 0;
      height: 100%;
    }
    .patient:hover {
      border-color: var(--brand);
    }
    .unread {
      align-self: flex-start;
      font-size: 0.85rem;
      font-weight: 700;
      padding: 0.1rem 0.5rem;
      border-radius: 999px;
      background: var(--brand-dark);
      color: #fff;
    }
    .name {
      font-weight: 700;
      color: var(--brand-dark);
    }
  `,
})
export class PatientList implements OnInit {
  private readonly api = inject(Api);
  protected readonly session = inject(Session);
  protected readonly page = signal<Page<CoordinationFile> | null>(null);
  protected readonly error = signal<CallError | null>(null);
  protected readonly unread = signal<Record<string, number>>({});
  protected readonly statuses = CASE_STATUSES;
  protected readonly search: FileSearch = { q: '', status: '', area: '' };

  ngOnInit(): void {
    this.load(0);
  }

  protected load(page: number): void {
    this.error.set(null);
    this.api.myPatients(page, 20, this.search).subscribe({
      next: (p) => this.page.set(p),
      error: (e) => this.error.set(callError(e)),
    });
    // The unread counts are a hint: the list works without them.
    this.api.unreadLogbooks().subscribe({ next: (u) => this.unread.set(u), error: () => {} });
  }
}
