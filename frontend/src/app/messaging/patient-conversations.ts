import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Subscription, debounceTime, filter } from 'rxjs';
import { Field, FieldControl } from '../field/field';
import { TranslatePipe } from '../i18n/i18n';
import { LiveEvents } from '../live/live-events';
import { MessagingApi, MessagingError, messagingError } from './messaging-api';
import { ConversationSummary, SUBJECT_MAX } from './messaging-models';
import { AgoPipe, MomentPipe } from '../i18n/dates';

/**
 * The conversations about one patient, in the patient's file: each with its unread count and a
 * link to it, and a short form to start one (the patient's care team takes part in it).
 */
@Component({
  selector: 'app-patient-conversations',
  imports: [FormsModule, RouterLink, TranslatePipe, AgoPipe, MomentPipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="card"
      aria-labelledby="patient-conversations-title"
      data-testid="patient-conversations"
    >
      <h2 id="patient-conversations-title">{{ 'messaging.patient.title' | t }}</h2>
      @if (error(); as e) {
        <p class="muted">
          {{
            (e.status === 403 || e.status === 404 ? 'messaging.patient.unavailable' : e.messageKey)
              | t: { detail: e.detail ?? '' }
          }}
        </p>
      } @else if (list(); as items) {
        @if (items.length === 0) {
          <p class="muted" data-testid="patient-conversations-empty">
            {{ 'messaging.patient.empty' | t }}
          </p>
        } @else {
          <ul class="items">
            @for (c of items; track c.id) {
              <li>
                <a [routerLink]="['/messages', c.id]" data-testid="patient-conversation">
                  <span class="subject" [class.unread]="c.unread > 0">{{ c.subject }}</span>
                  @if (c.unread > 0) {
                    <span class="count" data-testid="patient-conversation-unread"
                      >{{ c.unread
                      }}<span class="visually-hidden">
                        {{
                          (c.unread === 1 ? 'messaging.unreadOne' : 'messaging.unreadMany')
                            | t: { count: c.unread }
                        }}</span
                      ></span
                    >
                  }
                </a>
                @if (c.lastMessageAt) {
                  <span class="muted small">
                    <time [attr.datetime]="c.lastMessageAt" [title]="c.lastMessageAt | moment">{{
                      c.lastMessageAt | ago
                    }}</time>
                  </span>
                }
              </li>
            }
          </ul>
        }
        @if (canStart()) {
          @if (starting()) {
            <form class="start" (ngSubmit)="start()" data-testid="patient-conversation-form">
              @if (startError(); as e) {
                <div class="alert" role="alert">
                  {{ e.messageKey | t: { detail: e.detail ?? '' } }}
                </div>
              }
              <app-field
                [label]="'messaging.new.subject' | t"
                controlId="patient-conversation-subject"
                [hint]="'messaging.patient.help' | t"
              >
                <input
                  appFieldControl
                  name="subject"
                  autocomplete="off"
                  required
                  [attr.maxlength]="subjectMax"
                  [ngModel]="subject()"
                  (ngModelChange)="subject.set($event)"
                  data-testid="patient-conversation-subject"
                />
              </app-field>
              <div class="buttons">
                <button
                  class="btn"
                  type="submit"
                  [disabled]="saving() || !subject().trim()"
                  data-testid="patient-conversation-submit"
                >
                  {{ (saving() ? 'messaging.new.saving' : 'messaging.new.submit') | t }}
                </button>
                <button type="button" class="btn secondary" (click)="starting.set(false)">
                  {{ 'common.cancel' | t }}
                </button>
              </div>
            </form>
          } @else {
            <button
              type="button"
              class="btn secondary"
              (click)="openForm()"
              data-testid="patient-conversation-new"
            >
              {{ 'messaging.patient.new' | t }}
            </button>
          }
        }
      } @else {
        <p class="muted" aria-live="polite">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    .items {
      list-style: none;
      padding: 0;
      margin: 0 0 0.75rem;
    }
    .items li {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0 0.5rem;
      padding: 0.35rem 0;
      border-bottom: 1px solid var(--line);
    }
    .items a {
      display: inline-flex;
      align-items: baseline;
      gap: 0.4rem;
      min-height: 1.75rem;
    }
    .subject.unread {
      font-weight: 700;
    }
    .count {
      min-width: 1.4rem;
      padding: 0 0.35rem;
      border-radius: 999px;
      background: var(--danger);
      color: #fff;
      font-size: 0.8rem;
      font-weight: 700;
      line-height: 1.4rem;
      text-align: center;
    }
    .small {
      font-size: 0.85rem;
    }
    .help {
      font-size: 0.85rem;
      color: var(--muted);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
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
export class PatientConversations {
  private readonly api = inject(MessagingApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  readonly fileId = input.required<string>();
  /** False for an emergency (read-only) access: no new conversation. */
  readonly canStart = input(true);

  protected readonly subjectMax = SUBJECT_MAX;
  protected readonly list = signal<ConversationSummary[] | null>(null);
  protected readonly error = signal<MessagingError | null>(null);
  protected readonly starting = signal(false);
  protected readonly subject = signal('');
  protected readonly saving = signal(false);
  protected readonly startError = signal<MessagingError | null>(null);
  private loading: Subscription | undefined;

  constructor() {
    effect(() => {
      const fileId = this.fileId();
      untracked(() => {
        this.list.set(null);
        this.error.set(null);
        this.starting.set(false);
        this.load(fileId, false);
      });
    });
    // A message in one of them (or in a new one about this patient): the counts change.
    inject(LiveEvents)
      .events.pipe(
        filter((e) => e.type === 'message' || e.type === 'reconnected'),
        debounceTime(300),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.load(this.fileId(), true));
  }

  private load(fileId: string, quiet: boolean): void {
    this.loading?.unsubscribe();
    this.loading = this.api.patientConversations(fileId).subscribe({
      next: (list) => {
        this.error.set(null);
        this.list.set(list);
      },
      error: (e) => {
        if (!quiet) this.error.set(messagingError(e));
      },
    });
  }

  protected openForm(): void {
    this.starting.set(true);
    afterNextRender(() => document.getElementById('patient-conversation-subject')?.focus(), {
      injector: this.injector,
    });
  }

  protected start(): void {
    const subject = this.subject().trim();
    if (!subject || this.saving()) return;
    this.saving.set(true);
    this.startError.set(null);
    this.api.start({ kind: 'PATIENT', fileId: this.fileId(), subject }).subscribe({
      next: (conversation) => void this.router.navigate(['/messages', conversation.id]),
      error: (e) => {
        this.saving.set(false);
        this.startError.set(messagingError(e));
      },
    });
  }
}
