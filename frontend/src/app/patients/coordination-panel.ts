import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { AgendaApi } from '../agenda/agenda-api';
import { Occurrence } from '../agenda/agenda-models';
import { Api } from '../core/api';
import {
  CaseStatus,
  CaseStatusChange,
  ConsentRelationship,
  ConsentScope,
  CLOSING_STATUSES,
  CoordinationFile,
  EXIT_REASONS,
  ExitReason,
  REFERRAL_ORIGINS,
  ReferralOrigin,
} from '../core/models';
import { CallError, callError } from '../core/problem';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { parisToday } from '../agenda/agenda-dates';
import { DayPipe, MomentPipe } from '../i18n/dates';

// the day in Paris, the care zone: between midnight and 2 a.m. the UTC day is still yesterday
const today = () => parisToday();

/**
 * How a file is followed: the case workflow (status, next steps, history), the referral, the
 * catchment area, the case manager, and the consent to share data. The case manager edits; the
 * rest of the team reads.
 */
@Component({
  selector: 'app-coordination-panel',
  imports: [FormsModule, TranslatePipe, DayPipe, MomentPipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let f = file();
    <section class="card" aria-labelledby="coordination-title">
      <h2 id="coordination-title">{{ 'coordination.title' | t }}</h2>
      @if (error(); as e) {
        <div class="alert" role="alert" data-testid="coordination-error">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
        </div>
      }
      @if (notice(); as n) {
        <div class="alert ok" role="status">{{ n }}</div>
      }
      <p class="status-line">
        <span class="status" [attr.data-status]="f.status" data-testid="case-status">{{
          'status.' + f.status | t
        }}</span>
        <span class="muted">{{ 'coordination.since' | t: { date: (f.statusSince | day) } }}</span>
      </p>

      @if (canManage() && f.allowedTransitions.length) {
        <div class="transitions" role="group" [attr.aria-label]="'coordination.next' | t">
          <span class="muted">{{ 'coordination.next' | t }}</span>
          @for (s of f.allowedTransitions; track s) {
            <button
              type="button"
              class="btn secondary"
              [class.chosen]="target() === s"
              [attr.aria-pressed]="target() === s"
              (click)="choose(s)"
              [attr.data-testid]="'transition-' + s"
            >
              {{ 'transition.' + s | t }}
            </button>
          }
        </div>
        @if (target(); as s) {
          <form class="transition-form" (ngSubmit)="move(s)">
            @if (s === 'DISCHARGED') {
              <app-field
                [label]="'coordination.exitReason' | t"
                required
                controlId="transition-exit-reason"
              >
                <select
                  appFieldControl
                  name="exitReason"
                  required
                  [(ngModel)]="exitReason"
                  data-testid="transition-exit-reason"
                >
                  <option value="">{{ 'coordination.exitReason.choose' | t }}</option>
                  @for (r of exitReasons; track r) {
                    <option [value]="r">{{ 'exitReason.' + r | t }}</option>
                  }
                </select>
              </app-field>
            }
            <app-field [label]="'coordination.reason' | t" required controlId="transition-reason">
              <textarea
                appFieldControl
                name="reason"
                rows="2"
                maxlength="1000"
                required
                [(ngModel)]="reason"
                data-testid="transition-reason"
              ></textarea>
            </app-field>
            @if (s === 'INCLUDED' && !consented()) {
              <div class="alert" role="status" data-testid="inclusion-consent-missing">
                {{ 'coordination.consentMissing' | t }}
              </div>
              <app-field
                [label]="'coordination.consentNotCollected' | t"
                required
                controlId="transition-consent-not-collected"
              >
                <textarea
                  appFieldControl
                  name="consentNotCollected"
                  rows="2"
                  maxlength="500"
                  required
                  [(ngModel)]="consentNotCollected"
                  data-testid="transition-consent-not-collected"
                ></textarea>
              </app-field>
            }
            @if (closing(s)) {
              <div class="closing" data-testid="closing-effects">
                <p>{{ 'coordination.closing.logbook' | t }}</p>
                @if (toComeFailed()) {
                  <p class="muted">{{ 'coordination.closing.unknown' | t }}</p>
                } @else if (toCome() === null) {
                  <p class="muted">{{ 'coordination.closing.loading' | t }}</p>
                } @else if (toCome()!.length === 0) {
                  <p class="muted">{{ 'coordination.closing.nothing' | t }}</p>
                } @else {
                  <p>{{ 'coordination.closing.agenda' | t }}</p>
                  <ul data-testid="closing-agenda">
                    @for (o of toCome(); track o.appointmentId) {
                      <li>
                        {{ o.startsAt | moment }} — {{ o.title }}
                        @if (o.kind === 'MEETING') {
                          <span class="muted">{{ 'coordination.closing.meeting' | t }}</span>
                        } @else if (o.recurring) {
                          <span class="muted">{{ 'coordination.closing.series' | t }}</span>
                        }
                      </li>
                    }
                  </ul>
                }
              </div>
            }
            <app-field [label]="'coordination.effectiveOn' | t" controlId="transition-date">
              <input
                appFieldControl
                name="effectiveOn"
                type="date"
                [min]="f.statusSince"
                [max]="todayIso"
                [(ngModel)]="effectiveOn"
              />
            </app-field>
            <button
              class="btn"
              type="submit"
              [disabled]="
                saving() ||
                !reason.trim() ||
                (s === 'DISCHARGED' && !exitReason) ||
                (s === 'INCLUDED' && !consented() && !consentNotCollected.trim())
              "
              data-testid="transition-confirm"
            >
              {{ 'coordination.confirm' | t: { status: i18n.t('status.' + s) } }}
            </button>
            <button class="btn secondary" type="button" (click)="target.set(null)">
              {{ 'common.cancel' | t }}
            </button>
          </form>
        }
      }

      <dl class="facts">
        <dt>{{ 'coordination.caseManager' | t }}</dt>
        <dd>
          @if (f.caseManager; as cm) {
            {{ cm.firstName }} {{ cm.lastName }}
          } @else {
            —
          }
        </dd>
        <dt>{{ 'coordination.gp' | t }}</dt>
        <dd>
          @if (f.gp; as gp) {
            Dr {{ gp.firstName }} {{ gp.lastName }}
          } @else {
            <span class="muted">{{ 'coordination.noGp' | t }}</span>
          }
        </dd>
        <dt>{{ 'coordination.referral' | t }}</dt>
        <dd data-testid="referral">
          @if (f.referralOrigin) {
            {{ 'referral.' + f.referralOrigin | t }}
            @if (f.referralDetail) {
              — {{ f.referralDetail }}
            }
          } @else {
            —
          }
        </dd>
        <dt>{{ 'coordination.area' | t }}</dt>
        <dd>{{ f.catchmentArea || '—' }}</dd>
        <dt>{{ 'coordination.consent' | t }}</dt>
        <dd data-testid="consent">
          @if (f.consent; as c) {
            @if (c.withdrawnOn) {
              <span class="badge warn">{{
                'consent.withdrawn' | t: { date: (c.withdrawnOn | day) }
              }}</span>
              @if (c.withdrawalReason) {
                <span class="muted"> — {{ c.withdrawalReason }}</span>
              }
            } @else {
              {{
                'consent.given'
                  | t
                    : {
                        by: c.givenBy,
                        relationship: i18n.t('consent.relationship.' + c.relationship),
                        date: (c.givenOn | day),
                      }
              }}
              · {{ 'consent.scope.' + c.scope | t }}
            }
          } @else {
            <span class="badge warn">{{ 'consent.none' | t }}</span>
          }
        </dd>
      </dl>

      @if (canManage()) {
        <details (toggle)="editing.set($any($event.target).open)">
          <summary>{{ 'coordination.edit' | t }}</summary>
          <form (ngSubmit)="saveDetails()">
            <div class="grid">
              <app-field [label]="'coordination.referral' | t" controlId="referral-origin">
                <select appFieldControl name="origin" [(ngModel)]="origin">
                  <option [ngValue]="null">—</option>
                  @for (o of origins; track o) {
                    <option [ngValue]="o">{{ 'referral.' + o | t }}</option>
                  }
                </select>
              </app-field>
              <app-field [label]="'coordination.referralDetail' | t" controlId="referral-detail">
                <input appFieldControl name="detail" maxlength="200" [(ngModel)]="referralDetail" />
              </app-field>
            </div>
            <app-field [label]="'coordination.area' | t" controlId="area">
              <input appFieldControl name="area" maxlength="100" [(ngModel)]="area" />
            </app-field>
            <button class="btn" type="submit" [disabled]="saving()">
              {{ 'common.save' | t }}
            </button>
          </form>
          <h3>{{ 'coordination.consent' | t }}</h3>
          @if (f.consent && !f.consent.withdrawnOn) {
            <form (ngSubmit)="withdraw()">
              <div class="grid">
                <app-field [label]="'consent.withdrawnOn' | t" controlId="withdrawn-on">
                  <input
                    appFieldControl
                    name="withdrawnOn"
                    type="date"
                    [max]="todayIso"
                    required
                    [(ngModel)]="withdrawnOn"
                  />
                </app-field>
                <app-field [label]="'consent.withdrawalReason' | t" controlId="withdrawal-reason">
                  <input
                    appFieldControl
                    name="withdrawalReason"
                    maxlength="500"
                    [(ngModel)]="withdrawalReason"
                  />
                </app-field>
              </div>
              <button class="btn secondary" type="submit" [disabled]="saving()">
                {{ 'consent.withdraw' | t }}
              </button>
            </form>
          } @else {
            <form (ngSubmit)="give()">
              <div class="grid">
                <app-field [label]="'consent.givenBy' | t" required controlId="consent-by">
                  <input
                    appFieldControl
                    name="givenBy"
                    maxlength="200"
                    required
                    [(ngModel)]="givenBy"
                  />
                </app-field>
                <app-field [label]="'consent.relationship' | t" controlId="consent-relationship">
                  <select appFieldControl name="relationship" [(ngModel)]="relationship">
                    @for (r of relationships; track r) {
                      <option [ngValue]="r">{{ 'consent.relationship.' + r | t }}</option>
                    }
                  </select>
                </app-field>
                <app-field [label]="'consent.givenOn' | t" controlId="consent-on">
                  <input
                    appFieldControl
                    name="givenOn"
                    type="date"
                    [max]="todayIso"
                    required
                    [(ngModel)]="givenOn"
                  />
                </app-field>
                <app-field [label]="'consent.scope' | t" controlId="consent-scope">
                  <select appFieldControl name="scope" [(ngModel)]="scope">
                    @for (s of scopes; track s) {
                      <option [ngValue]="s">{{ 'consent.scope.' + s | t }}</option>
                    }
                  </select>
                </app-field>
              </div>
              <button class="btn secondary" type="submit" [disabled]="saving() || !givenBy.trim()">
                {{ 'consent.record' | t }}
              </button>
            </form>
          }
        </details>
      }

      <details (toggle)="historyOpen.set($any($event.target).open)">
        <summary>{{ 'coordination.history' | t }}</summary>
        <ol class="history" data-testid="status-history">
          @for (c of history(); track c.id) {
            <li>
              <strong>{{ 'status.' + c.to | t }}</strong>
              <span class="muted">
                {{
                  'coordination.historyLine'
                    | t: { date: (c.effectiveOn | day), by: c.recordedByName }
                }}
              </span>
              <div>{{ c.from ? c.reason : ('coordination.opened' | t) }}</div>
              @if (c.exitReason) {
                <div class="muted">{{ 'exitReason.' + c.exitReason | t }}</div>
              }
              @if (c.consentNotCollected) {
                <div class="muted">
                  {{ 'coordination.consentNotCollectedShown' | t: { why: c.consentNotCollected } }}
                </div>
              }
            </li>
          }
        </ol>
      </details>
    </section>
  `,
  styles: `
    .status-line {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: baseline;
      margin-top: 0;
    }
    .status {
      font-weight: 700;
      padding: 0.2rem 0.6rem;
      border-radius: 999px;
      background: #e3ecf3;
      color: var(--brand-dark);
    }
    .status[data-status='INCLUDED'] {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .status[data-status='DECEASED'],
    .status[data-status='DISCHARGED'],
    .status[data-status='REORIENTED_T1'],
    .status[data-status='REORIENTED_T2'] {
      background: #eceff3;
      color: var(--ink);
    }
    .transitions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-bottom: 0.75rem;
    }
    .transitions .chosen {
      background: #e3ecf3;
    }
    .transition-form {
      border-left: 3px solid var(--brand);
      padding-left: 0.75rem;
      margin-bottom: 1rem;
    }
    .transition-form .btn {
      margin-right: 0.5rem;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.3rem 1rem;
      margin: 0 0 0.75rem;
    }
    .facts dt {
      font-weight: 600;
      color: var(--muted);
    }
    .facts dd {
      margin: 0;
    }
    @media (max-width: 30rem) {
      .facts {
        grid-template-columns: 1fr;
      }
      .facts dd {
        margin-bottom: 0.4rem;
      }
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      color: var(--brand-dark);
      margin: 0.5rem 0;
    }
    h3 {
      font-size: 1rem;
      margin: 1rem 0 0.5rem;
    }
    .history {
      padding-left: 1.25rem;
    }
    .history li {
      margin-bottom: 0.5rem;
    }
    .badge.warn {
      background: var(--important-bg);
      color: var(--important);
    }
  `,
})
export class CoordinationPanel {
  private readonly api = inject(Api);
  private readonly agenda = inject(AgendaApi);
  protected readonly i18n = inject(I18n);
  readonly file = input.required<CoordinationFile>();
  readonly changed = output<CoordinationFile>();
  protected readonly canManage = computed(() => this.file().myRole === 'CASE_MANAGER');
  protected readonly origins = REFERRAL_ORIGINS;
  protected readonly relationships: ConsentRelationship[] = [
    'PATIENT',
    'LEGAL_REPRESENTATIVE',
    'FAMILY_MEMBER',
  ];
  protected readonly scopes: ConsentScope[] = ['WHOLE_TEAM', 'HEALTH_PROFESSIONALS'];
  protected readonly todayIso = today();
  protected readonly target = signal<CaseStatus | null>(null);
  /** Before a closing step: the patient's appointments and meetings to come, one per series. */
  protected readonly toCome = signal<Occurrence[] | null>(null);
  protected readonly toComeFailed = signal(false);
  protected readonly saving = signal(false);
  protected readonly editing = signal(false);
  protected readonly historyOpen = signal(false);
  protected readonly history = signal<CaseStatusChange[]>([]);
  protected readonly error = signal<CallError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected reason = '';
  protected effectiveOn = '';
  protected exitReason: ExitReason | '' = '';
  /** An inclusion without a recorded consent: why it could not be collected. */
  protected consentNotCollected = '';
  protected readonly consented = computed(() => {
    const c = this.file().consent;
    return !!c && !c.withdrawnOn;
  });
  protected readonly exitReasons = EXIT_REASONS;
  protected origin: ReferralOrigin | null = null;
  protected referralDetail = '';
  protected area = '';
  protected givenBy = '';
  protected relationship: ConsentRelationship = 'PATIENT';
  protected givenOn = today();
  protected scope: ConsentScope = 'WHOLE_TEAM';
  protected withdrawnOn = today();
  protected withdrawalReason = '';

  constructor() {
    effect(() => {
      const f = this.file();
      this.origin = f.referralOrigin ?? null;
      this.referralDetail = f.referralDetail ?? '';
      this.area = f.catchmentArea ?? '';
      this.givenBy = `${f.firstName} ${f.lastName}`;
    });
    effect(() => {
      if (this.historyOpen()) this.loadHistory(this.file().id);
    });
  }

  protected choose(status: CaseStatus): void {
    this.target.set(status);
    this.reason = '';
    this.effectiveOn = '';
    this.exitReason = '';
    this.consentNotCollected = '';
    this.error.set(null);
    this.toCome.set(null);
    this.toComeFailed.set(false);
    if (this.closing(status)) {
      this.loadToCome(this.file().id);
    }
  }

  protected closing(status: CaseStatus): boolean {
    return CLOSING_STATUSES.includes(status);
  }

  /** What closing the file will cancel: the next year of its agenda, each series once. */
  private loadToCome(fileId: string): void {
    const now = new Date();
    const from = today();
    const to = parisToday(new Date(now.getTime() + 365 * 86_400_000));
    this.agenda.patientAgenda(fileId, from, to).subscribe({
      next: (occurrences) => {
        const seen = new Set<string>();
        this.toCome.set(
          occurrences.filter(
            (o) =>
              new Date(o.startsAt) > now &&
              !seen.has(o.appointmentId) &&
              seen.add(o.appointmentId) !== undefined,
          ),
        );
      },
      error: () => this.toComeFailed.set(true),
    });
  }

  protected move(status: CaseStatus): void {
    this.run(
      this.api.changeStatus(
        this.file(),
        status,
        this.reason.trim(),
        this.effectiveOn || null,
        status === 'DISCHARGED' ? this.exitReason || null : null,
        status === 'INCLUDED' && !this.consented() ? this.consentNotCollected.trim() : null,
      ),
      this.i18n.t('coordination.moved', { status: this.i18n.t('status.' + status) }),
    );
  }

  protected saveDetails(): void {
    this.run(
      this.api.changeCoordination(this.file(), {
        referralOrigin: this.origin,
        referralDetail: this.referralDetail.trim() || null,
        catchmentArea: this.area.trim() || null,
      }),
      this.i18n.t('common.saved'),
    );
  }

  protected give(): void {
    this.run(
      this.api.giveConsent(this.file().id, {
        givenBy: this.givenBy.trim(),
        relationship: this.relationship,
        givenOn: this.givenOn,
        scope: this.scope,
      }),
      this.i18n.t('consent.recorded'),
    );
  }

  protected withdraw(): void {
    this.run(
      this.api.withdrawConsent(this.file().id, this.withdrawnOn, this.withdrawalReason.trim()),
      this.i18n.t('consent.withdrawnNotice'),
    );
  }

  private run(call: ReturnType<Api['file']>, done: string): void {
    this.saving.set(true);
    this.error.set(null);
    this.notice.set(null);
    call.subscribe({
      next: (file) => {
        this.saving.set(false);
        this.target.set(null);
        this.notice.set(done);
        this.changed.emit(file);
        if (this.historyOpen()) this.loadHistory(file.id);
      },
      error: (e) => {
        this.saving.set(false);
        const problem = callError(e);
        this.error.set(
          problem.status === 412 ? { ...problem, messageKey: 'error.stale' } : problem,
        );
      },
    });
  }

  private loadHistory(fileId: string): void {
    this.api.statusHistory(fileId).subscribe({
      next: (h) => this.history.set(h),
      error: (e) => this.error.set(callError(e)),
    });
  }
}
