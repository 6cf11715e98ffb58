import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { debounceTime, filter } from 'rxjs';
import { Session } from '../core/session';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { LiveEvents } from '../live/live-events';
import { AgendaApi, AgendaError, agendaError, send } from './agenda-api';
import { dayOf, formatLocal, timeOf } from './agenda-dates';
import { Answer, Meeting } from './agenda-models';
import { reminderText } from './when-fields';
import { MomentPipe } from '../i18n/dates';

const COMMENT_MAX = 500;
const DECISION_MAX = 4000;

/**
 * A meeting (RCP): when and where, its agenda, its patients, who comes (their answers); a
 * participant accepts or declines; the organiser records the decisions once (each goes into its
 * patient's logbook) or cancels it.
 */
@Component({
  selector: 'app-meeting-page',
  imports: [FormsModule, RouterLink, TranslatePipe, MomentPipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a
      routerLink="/agenda"
      [queryParams]="meeting() ? { date: day(), view: 'day' } : {}"
      class="back"
      >{{ 'agenda.meeting.backToAgenda' | t }}</a
    >
    @if (loadError(); as e) {
      <section class="card" data-testid="meeting-not-found">
        <h1>{{ 'agenda.meeting.title' | t }}</h1>
        <div class="alert" role="alert">{{ e.messageKey | t: { detail: e.detail ?? '' } }}</div>
      </section>
    } @else if (meeting(); as m) {
      <div class="page" data-testid="meeting-page">
        <section class="card" aria-labelledby="meeting-title">
          <p class="eyebrow">{{ 'agenda.meeting.eyebrow' | t }}</p>
          <h1 id="meeting-title" data-testid="meeting-title-shown">{{ m.title }}</h1>
          @if (m.cancelled) {
            <div class="alert" role="status" data-testid="meeting-cancelled">
              {{ 'agenda.meeting.cancelledNotice' | t }}
            </div>
          }
          <div aria-live="polite">
            @if (notice(); as n) {
              <div class="alert ok" data-testid="meeting-notice">{{ n | t }}</div>
            }
          </div>
          <dl>
            <dt>{{ 'agenda.details.when' | t }}</dt>
            <dd data-testid="meeting-when">{{ when() }}</dd>
            <dt>{{ 'agenda.details.location' | t }}</dt>
            <dd>{{ m.location || ('agenda.details.noLocation' | t) }}</dd>
            <dt>{{ 'agenda.meeting.organizer' | t }}</dt>
            <dd>{{ m.organizer.name }}</dd>
            @if (m.reminderMinutes != null) {
              <dt>{{ 'agenda.reminder' | t }}</dt>
              <dd>{{ reminder(m.reminderMinutes) }}</dd>
            }
          </dl>
          @if (m.agenda) {
            <h2>{{ 'agenda.meeting.agenda' | t }}</h2>
            <p class="agenda-text" data-testid="meeting-agenda-shown">{{ m.agenda }}</p>
          }
          <h2>{{ 'agenda.meeting.patients' | t }}</h2>
          <ul class="patients">
            @for (p of m.patients; track p.fileId) {
              <li>
                <a [routerLink]="['/patients', p.fileId]" data-testid="meeting-patient-link">{{
                  p.patientName
                }}</a>
              </li>
            } @empty {
              <li class="muted">{{ 'agenda.meeting.noVisiblePatient' | t }}</li>
            }
          </ul>
        </section>

        @if (error(); as e) {
          <div class="alert" role="alert" tabindex="-1" data-testid="meeting-error">
            {{ e.messageKey | t: { detail: e.detail ?? '' } }}
          </div>
        }

        @if (canAnswer()) {
          <section class="card" aria-labelledby="answer-title" data-testid="meeting-answer">
            <h2 id="answer-title">{{ 'agenda.meeting.yourAnswer' | t }}</h2>
            <p>
              <span [class]="'badge answer ' + m.myAnswer" data-testid="meeting-my-answer">{{
                'agenda.answer.' + m.myAnswer | t
              }}</span>
            </p>
            <app-field
              [label]="'agenda.meeting.comment' | t"
              controlId="answer-comment"
              [hint]="'agenda.meeting.commentHelp' | t"
            >
              <textarea
                appFieldControl
                rows="2"
                [attr.maxlength]="commentMax"
                [ngModel]="comment()"
                (ngModelChange)="comment.set($event)"
                data-testid="meeting-comment"
              ></textarea>
            </app-field>
            <div class="buttons">
              <button
                type="button"
                [class]="m.myAnswer === 'DECLINED' ? 'btn secondary' : 'btn'"
                [disabled]="busy()"
                [attr.aria-pressed]="m.myAnswer === 'ACCEPTED'"
                (click)="answer('ACCEPTED')"
                data-testid="meeting-accept"
              >
                {{ 'agenda.meeting.accept' | t }}
              </button>
              <button
                type="button"
                [class]="m.myAnswer === 'DECLINED' ? 'btn' : 'btn secondary'"
                [disabled]="busy()"
                [attr.aria-pressed]="m.myAnswer === 'DECLINED'"
                (click)="answer('DECLINED')"
                data-testid="meeting-decline"
              >
                {{ 'agenda.meeting.decline' | t }}
              </button>
            </div>
          </section>
        }

        <section class="card" aria-labelledby="participants-title">
          <h2 id="participants-title">
            {{ 'agenda.meeting.participantsCount' | t: { count: m.participants.length } }}
          </h2>
          <p class="muted small">{{ answersSummary() }}</p>
          <ul class="participants" data-testid="meeting-participants-list">
            @for (p of m.participants; track p.id) {
              <li data-testid="meeting-participant-row">
                <span class="who">
                  <strong>{{ p.name }}</strong>
                  <span class="muted small">{{ professionLabel(p.profession) }}</span>
                </span>
                <span
                  [class]="'badge answer ' + p.answer"
                  data-testid="meeting-participant-answer"
                  >{{ 'agenda.answer.' + p.answer | t }}</span
                >
                @if (p.comment) {
                  <span class="comment">« {{ p.comment }} »</span>
                }
              </li>
            }
          </ul>
        </section>

        @if (m.decisions.length) {
          <section class="card" aria-labelledby="decisions-title" data-testid="meeting-decisions">
            <h2 id="decisions-title">{{ 'agenda.meeting.decisions' | t }}</h2>
            @if (m.decidedAt) {
              <p class="muted small">
                {{
                  'agenda.meeting.decidedBy'
                    | t: { name: m.decidedBy?.name ?? '', date: (m.decidedAt | moment) }
                }}
              </p>
            }
            @for (d of m.decisions; track d.fileId) {
              <article class="decision" data-testid="meeting-decision">
                <h3>{{ d.patientName }}</h3>
                <p class="agenda-text">{{ d.text }}</p>
                <a [routerLink]="['/patients', d.fileId]" data-testid="meeting-decision-logbook">{{
                  'agenda.meeting.seeLogbook' | t
                }}</a>
              </article>
            }
          </section>
        } @else if (m.mayRecordDecision && !m.cancelled && !m.started) {
          <section class="card" aria-labelledby="record-title" data-testid="meeting-record-later">
            <h2 id="record-title">{{ 'agenda.meeting.recordTitle' | t }}</h2>
            <p class="muted">
              {{ 'agenda.meeting.recordFrom' | t: { date: (m.startsAt | moment) } }}
            </p>
          </section>
        } @else if (m.mayRecordDecision && !m.cancelled) {
          <section class="card" aria-labelledby="record-title" data-testid="meeting-record">
            <h2 id="record-title">{{ 'agenda.meeting.recordTitle' | t }}</h2>
            <p class="muted">{{ 'agenda.meeting.recordIntro' | t }}</p>
            <form (ngSubmit)="record()" novalidate>
              @for (p of m.patients; track p.fileId) {
                <app-field
                  [label]="'agenda.meeting.decisionFor' | t: { name: p.patientName }"
                  [controlId]="'decision-' + p.fileId"
                >
                  <textarea
                    appFieldControl
                    rows="4"
                    [attr.maxlength]="decisionMax"
                    [ngModel]="decisions()[p.fileId] ?? ''"
                    (ngModelChange)="setDecision(p.fileId, $event)"
                    [name]="'decision-' + p.fileId"
                    data-testid="meeting-decision-text"
                  ></textarea>
                </app-field>
              }
              <button
                type="submit"
                class="btn"
                [disabled]="busy() || !hasDecision()"
                data-testid="meeting-record-submit"
              >
                {{ (busy() ? 'agenda.saving' : 'agenda.meeting.record') | t }}
              </button>
            </form>
          </section>
        }

        @if (m.myAnswer === 'ORGANIZER' && !m.cancelled && !m.decisions.length) {
          <section class="card" aria-labelledby="cancel-title">
            <h2 id="cancel-title">{{ 'agenda.meeting.cancelTitle' | t }}</h2>
            @if (confirmCancel()) {
              <p>{{ 'agenda.meeting.cancelConfirm' | t }}</p>
              <div class="buttons">
                <button
                  type="button"
                  class="btn danger"
                  [disabled]="busy()"
                  (click)="cancelMeeting()"
                  data-testid="meeting-cancel-confirm"
                >
                  {{ 'agenda.meeting.cancel' | t }}
                </button>
                <button type="button" class="btn secondary" (click)="confirmCancel.set(false)">
                  {{ 'agenda.keep' | t }}
                </button>
              </div>
            } @else {
              <button
                type="button"
                class="btn secondary danger"
                (click)="confirmCancel.set(true)"
                data-testid="meeting-cancel"
              >
                {{ 'agenda.meeting.cancel' | t }}
              </button>
            }
          </section>
        }
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
    .page {
      max-width: 52rem;
    }
    .eyebrow {
      margin: 0;
      font-size: 0.8rem;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: #5b2a86;
    }
    h1 {
      margin-bottom: 0.6rem;
      overflow-wrap: anywhere;
    }
    h2 {
      margin-top: 0.9rem;
    }
    section > h2:first-child {
      margin-top: 0;
    }
    dl {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.25rem 0.75rem;
      margin: 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .agenda-text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: 0 0 0.5rem;
    }
    .patients {
      margin: 0;
      padding-left: 1.2rem;
    }
    .participants {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .participants li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      padding: 0.45rem 0;
      border-bottom: 1px solid var(--line);
    }
    .who {
      flex: 1 1 12rem;
      display: flex;
      flex-direction: column;
    }
    .comment {
      flex: 1 1 100%;
      font-style: italic;
      overflow-wrap: anywhere;
    }
    .small {
      font-size: 0.85rem;
    }
    .badge.PENDING {
      background: var(--important-bg);
      color: var(--important);
    }
    .badge.ACCEPTED {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .badge.DECLINED {
      background: var(--danger-bg);
      color: var(--danger);
    }
    .help {
      font-size: 0.88rem;
      color: var(--muted);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .decision {
      border-left: 4px solid var(--important);
      padding: 0.25rem 0 0.25rem 0.75rem;
      margin-bottom: 0.75rem;
    }
    .decision h3 {
      font-size: 1rem;
      margin: 0 0 0.25rem;
    }
    .btn.danger {
      background: var(--danger);
      border-color: var(--danger);
    }
    .btn.secondary.danger {
      background: #fff;
      color: var(--danger);
    }
    @media (max-width: 30rem) {
      dl {
        grid-template-columns: 1fr;
      }
      dd {
        margin-bottom: 0.35rem;
      }
      .buttons .btn {
        flex: 1 1 100%;
        justify-content: center;
      }
    }
  `,
})
export class MeetingPage {
  private readonly api = inject(AgendaApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);
  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly commentMax = COMMENT_MAX;
  protected readonly decisionMax = DECISION_MAX;
  protected readonly meeting = signal<Meeting | null>(null);
  protected readonly loadError = signal<AgendaError | null>(null);
  protected readonly error = signal<AgendaError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly comment = signal('');
  protected readonly decisions = signal<Record<string, string>>({});
  protected readonly confirmCancel = signal(false);

  protected readonly day = computed(() => dayOf(this.meeting()?.start ?? ''));
  protected readonly when = computed(() => {
    const m = this.meeting();
    if (!m) return '';
    const start = formatLocal(m.start, this.i18n.lang());
    const end =
      dayOf(m.end) === dayOf(m.start) ? timeOf(m.end) : formatLocal(m.end, this.i18n.lang());
    return `${start} – ${end}`;
  });
  protected readonly canAnswer = computed(() => {
    const m = this.meeting();
    return !!m && !m.cancelled && m.myAnswer !== 'ORGANIZER';
  });
  protected readonly hasDecision = computed(() =>
    Object.values(this.decisions()).some((t) => t.trim().length > 0),
  );
  protected readonly answersSummary = computed(() => {
    const ps = this.meeting()?.participants ?? [];
    const count = (a: Answer) => ps.filter((p) => p.answer === a).length;
    return this.i18n.t('agenda.meeting.answersSummary', {
      accepted: count('ACCEPTED'),
      declined: count('DECLINED'),
      pending: count('PENDING'),
    });
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.meeting.set(null);
        this.loadError.set(null);
        this.error.set(null);
        this.decisions.set({});
        const created = (this.router.currentNavigation()?.extras.state ?? history.state) as {
          created?: boolean;
        } | null;
        this.notice.set(created?.created ? 'agenda.meeting.created' : null);
        this.load(id);
      });
    });
    inject(LiveEvents)
      .events.pipe(
        filter(
          (e) => e.type === 'reconnected' || (e.type === 'agenda' && e.meetingId === this.id()),
        ),
        debounceTime(300),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.load(this.id(), true));
  }

  private load(id: string, quiet = false): void {
    this.api.meeting(id).subscribe({
      next: (m) => this.accept(m),
      error: (e) => {
        if (!quiet) this.loadError.set(agendaError(e));
      },
    });
  }

  private accept(m: Meeting): void {
    this.meeting.set(m);
    const me = this.session.user()?.professional.id;
    const mine = m.participants.find((p) => p.id === me);
    if (mine?.comment && !this.comment()) this.comment.set(mine.comment);
  }

  protected setDecision(fileId: string, text: string): void {
    this.decisions.update((d) => ({ ...d, [fileId]: text }));
  }

  protected answer(answer: Answer): void {
    this.write(
      () => this.api.answer(this.id(), answer, this.comment().trim() || null),
      answer === 'ACCEPTED' ? 'agenda.meeting.accepted' : 'agenda.meeting.declined',
    );
  }

  protected record(): void {
    const decisions = Object.entries(this.decisions())
      .filter(([, text]) => text.trim())
      .map(([fileId, text]) => ({ fileId, text: text.trim() }));
    if (!decisions.length) return;
    this.write(() => this.api.recordDecisions(this.id(), decisions), 'agenda.meeting.recorded');
  }

  protected cancelMeeting(): void {
    send(
      this.api.cancelMeeting(this.id()),
      { busy: this.busy, error: this.error },
      () => {
        this.confirmCancel.set(false);
        this.notice.set('agenda.meeting.cancelledDone');
        this.load(this.id());
      },
      (problem) => this.failed(problem),
    );
  }

  private write(call: () => ReturnType<AgendaApi['answer']>, notice: string): void {
    if (this.busy()) return;
    this.notice.set(null);
    send(
      call(),
      { busy: this.busy, error: this.error },
      (m) => {
        this.accept(m);
        this.notice.set(notice);
      },
      (problem) => this.failed(problem),
    );
  }

  private failed(problem: AgendaError): void {
    // Recorded or cancelled meanwhile: show the meeting as it is now.
    if (problem.status === 409) this.load(this.id(), true);
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('[data-testid="meeting-error"]')
          ?.focus(),
      { injector: this.injector },
    );
  }

  protected reminder(minutes: number): string {
    return reminderText(minutes, this.i18n, false);
  }

  protected professionLabel(profession: string): string {
    const aliases: Record<string, string> = { GENERAL_PRACTITIONER: 'GP' };
    const key = 'profession.' + (aliases[profession] ?? profession);
    const text = this.i18n.t(key);
    return text === key ? profession : text;
  }
}
