import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Api } from '../core/api';
import { CLOSING_STATUSES, CoordinationFile } from '../core/models';
import { CallError, callError } from '../core/problem';
import { CareTeamPanel } from '../careteam/care-team-panel';
import { LogbookPanel } from '../logbook/logbook-panel';
import { InvitationsPanel } from '../careteam/invitations-panel';
import { OrientationPanel } from '../orientation/orientation-panel';
import { FormsPanel } from '../forms/forms-panel';
import { CarePlanPanel } from '../careplan/care-plan-panel';
import { PatientConversations } from '../messaging/patient-conversations';
import { PatientAgenda } from '../agenda/patient-agenda';
import { ContactsPanel } from './contacts-panel';
import { CoordinationPanel } from './coordination-panel';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { DayPipe } from '../i18n/dates';

/**
 * A patient's coordination file: identity, case workflow and coordination, logbook, care team,
 * contacts and orientation requests.
 */
@Component({
  selector: 'app-patient-file',
  imports: [
    RouterLink,
    TranslatePipe,
    CareTeamPanel,
    LogbookPanel,
    CoordinationPanel,
    ContactsPanel,
    InvitationsPanel,
    OrientationPanel,
    FormsPanel,
    CarePlanPanel,
    PatientConversations,
    PatientAgenda,
    DayPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a routerLink="/patients" class="back">{{ 'file.back' | t }}</a>
    @if (error(); as e) {
      @if (e.status === 404 || e.status === 400) {
        <section class="card" data-testid="file-not-found">
          <h1>{{ 'file.notFound.title' | t }}</h1>
          <p>{{ 'file.notFound.text' | t }}</p>
        </section>
      } @else {
        <div class="alert" role="alert">{{ e.messageKey | t }}</div>
      }
    } @else if (file(); as f) {
      <section class="card identity" aria-labelledby="patient-name">
        <h1 id="patient-name" data-testid="patient-name">
          {{ f.lastName.toUpperCase() }} {{ f.firstName }}
        </h1>
        <p>
          {{ 'sex.' + f.sex | t }} · {{ 'patients.born' | t: { date: (f.birthDate | day) } }} ·
          {{ f.address.line }}, {{ f.address.postalCode }} {{ f.address.city }}
        </p>
        <p class="muted">
          @if (f.ins) {
            INS {{ f.ins }} ({{ 'insStatus.' + (f.insStatus ?? 'PROVISIONAL') | t }})
          } @else {
            {{ 'file.noIns' | t }}
          }
          @if (f.phone) {
            · <a [href]="'tel:' + f.phone.replaceAll(' ', '')">{{ f.phone }}</a>
          }
          @if (f.myRole) {
            ·
            <span class="badge">{{ 'file.myRole' | t: { role: i18n.t('role.' + f.myRole) } }}</span>
          }
        </p>
        @if (f.myRole === 'CASE_MANAGER') {
          <p>
            <a [routerLink]="['/patients', f.id, 'access-log']" data-testid="access-log-link">{{
              'accessLog.link' | t
            }}</a>
          </p>
        }
      </section>
      @if (f.emergency) {
        <div class="alert emergency" role="alert" data-testid="emergency-banner">
          {{ 'file.emergency' | t }}
        </div>
      }
      @if (left()) {
        <div class="alert ok" role="status">{{ 'team.leftNotice' | t }}</div>
      }
      <div class="columns">
        <div class="main" [class.logbook-first]="f.myRole !== 'CASE_MANAGER'">
          <app-coordination-panel [file]="f" (changed)="file.set($event)" />
          <app-logbook-panel
            [fileId]="f.id"
            [canWrite]="!f.emergency"
            [closed]="closing.includes(f.status)"
          />
          <app-patient-agenda
            [fileId]="f.id"
            [canWrite]="!f.emergency && !closing.includes(f.status)"
            [myRole]="f.myRole"
          />
          <app-care-plan-panel [fileId]="f.id" [canWrite]="!f.emergency" />
          <app-forms-panel [fileId]="f.id" [canFill]="!!f.myRole" />
        </div>
        <div>
          <app-care-team-panel
            [fileId]="f.id"
            [canManage]="f.myRole === 'CASE_MANAGER'"
            [myRole]="f.myRole"
            (left)="left.set(true)"
            (changed)="reload(f.id)"
          />
          @if (f.myRole) {
            <app-patient-conversations [fileId]="f.id" [canStart]="!f.emergency" />
          }
          @if (f.myRole === 'CASE_MANAGER') {
            <app-invitations-panel [fileId]="f.id" />
          }
          <app-contacts-panel [fileId]="f.id" [canEdit]="!!f.myRole" />
          <app-orientation-panel [fileId]="f.id" [canSend]="f.myRole === 'CASE_MANAGER'" />
        </div>
      </div>
    } @else {
      <p aria-live="polite">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .back {
      display: inline-block;
      margin-bottom: 0.75rem;
    }
    .identity h1 {
      margin-bottom: 0.25rem;
    }
    .identity p {
      margin: 0.2rem 0;
    }
    .emergency {
      background: var(--danger-bg);
      border-color: var(--danger);
      color: var(--danger);
      font-weight: 600;
    }
    .main {
      display: flex;
      flex-direction: column;
    }
    /* The home aide and the nurse come for the logbook: it comes first for them. */
    .main.logbook-first app-logbook-panel {
      order: -1;
    }
    .columns {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 1rem;
      align-items: start;
    }
    @media (max-width: 56rem) {
      .emergency {
        background: var(--danger-bg);
        border-color: var(--danger);
        color: var(--danger);
        font-weight: 600;
      }
      .columns {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class PatientFile {
  private readonly api = inject(Api);
  protected readonly i18n = inject(I18n);
  protected readonly closing = CLOSING_STATUSES;
  readonly id = input.required<string>();
  protected readonly file = signal<CoordinationFile | null>(null);
  protected readonly error = signal<CallError | null>(null);
  protected readonly left = signal(false);

  constructor() {
    effect(() => {
      const id = this.id();
      this.file.set(null);
      this.error.set(null);
      this.reload(id);
    });
  }

  protected reload(id: string): void {
    this.api.file(id).subscribe({
      next: (f) => this.file.set(f),
      error: (e) => this.error.set(callError(e)),
    });
  }
}
