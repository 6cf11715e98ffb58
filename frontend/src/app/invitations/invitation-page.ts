import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { CallError, callError } from '../core/problem';
import { Session } from '../core/session';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { InvitationApi, InvitationPreview } from './invitation-api';
import { DayPipe } from '../i18n/dates';

/**
 * The page an invitation e-mail leads to (after logging in): who invites whom, for which patient
 * and as what; accept (join the care team) or decline. Works for somebody who has no directory
 * entry yet: accepting creates it.
 */
@Component({
  selector: 'app-invitation-page',
  imports: [RouterLink, TranslatePipe, DayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      @if (invalid()) {
        <section class="card" data-testid="invitation-invalid">
          <h1>{{ 'invitation.invalid' | t }}</h1>
          <p>{{ 'invitation.invalidText' | t }}</p>
          <a routerLink="/">{{ 'invitation.home' | t }}</a>
        </section>
      } @else if (loadError(); as e) {
        <div class="alert" role="alert" data-testid="invitation-error">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
          <button class="btn secondary" type="button" (click)="load(token())">
            {{ 'common.retry' | t }}
          </button>
        </div>
      } @else if (invitation(); as inv) {
        <section class="card" aria-labelledby="invitation-title" data-testid="invitation">
          <h1 id="invitation-title" tabindex="-1">{{ 'invitation.title' | t }}</h1>
          <p class="lead" data-testid="invitation-text">
            {{
              'invitation.text'
                | t
                  : {
                      invitedBy: inv.invitedBy,
                      structure: inv.invitedByStructure,
                      patient: inv.patientInitials,
                      role: i18n.t('role.' + inv.role),
                    }
            }}
          </p>
          @if (inv.firstName || inv.lastName) {
            <p class="muted">
              {{ 'invitation.for' | t: { name: inv.firstName + ' ' + inv.lastName } }}
            </p>
          }

          @if (declined()) {
            <div class="outcome" role="status" data-testid="invitation-declined">
              <h2 id="invitation-outcome" tabindex="-1">{{ 'invitation.declined' | t }}</h2>
              <p>{{ 'invitation.declinedText' | t }}</p>
            </div>
          } @else if (inv.status === 'PENDING') {
            <p>
              <strong>{{ 'invitation.validUntil' | t: { date: (inv.expiresAt | day) } }}</strong>
            </p>
            <p class="muted">{{ 'invitation.acceptHelp' | t }}</p>
            @if (actionError(); as e) {
              <div class="alert" role="alert" data-testid="invitation-action-error">
                {{ e.messageKey | t: { detail: e.detail ?? '' } }}
                @if (e.messageKey === 'problem.already-in-team') {
                  <a [routerLink]="['/patients', inv.fileId]">{{ 'invitation.openFile' | t }}</a>
                }
              </div>
            }
            @if (confirmingDecline()) {
              <div class="confirm">
                <p id="invitation-confirm" tabindex="-1">
                  <strong>{{ 'invitation.declineConfirm' | t }}</strong>
                </p>
                <div class="buttons">
                  <button
                    class="btn danger"
                    type="button"
                    [disabled]="busy()"
                    (click)="decline()"
                    data-testid="invitation-decline-confirm"
                  >
                    {{
                      (busy() === 'decline' ? 'invitation.declining' : 'invitation.declineYes') | t
                    }}
                  </button>
                  <button
                    class="btn secondary"
                    type="button"
                    id="invitation-decline-no"
                    [disabled]="busy()"
                    (click)="cancelDecline()"
                  >
                    {{ 'invitation.declineNo' | t }}
                  </button>
                </div>
              </div>
            } @else {
              <div class="buttons">
                <button
                  class="btn"
                  type="button"
                  [disabled]="busy()"
                  (click)="accept()"
                  data-testid="invitation-accept"
                >
                  {{ (busy() === 'accept' ? 'invitation.accepting' : 'invitation.accept') | t }}
                </button>
                <button
                  class="btn secondary"
                  type="button"
                  id="invitation-decline"
                  [disabled]="busy()"
                  (click)="askDecline()"
                  data-testid="invitation-decline"
                >
                  {{ 'invitation.decline' | t }}
                </button>
              </div>
            }
          } @else {
            <div class="outcome closed" data-testid="invitation-closed">
              @switch (inv.status) {
                @case ('ACCEPTED') {
                  <p>{{ 'invitation.status.ACCEPTED' | t }}</p>
                  <a [routerLink]="['/patients', inv.fileId]">{{ 'invitation.openFile' | t }}</a>
                }
                @case ('EXPIRED') {
                  <p>{{ 'invitation.status.EXPIRED' | t: { date: (inv.expiresAt | day) } }}</p>
                  <p>{{ 'invitation.askAgain' | t: { invitedBy: inv.invitedBy } }}</p>
                }
                @default {
                  <p>{{ 'invitation.status.' + inv.status | t }}</p>
                  <p>{{ 'invitation.askAgain' | t: { invitedBy: inv.invitedBy } }}</p>
                }
              }
            </div>
          }
        </section>
      } @else {
        <p aria-live="polite">{{ 'common.loading' | t }}</p>
      }
    </div>
  `,
  styles: `
    .page {
      max-width: 42rem;
      margin: 0 auto;
    }
    .lead {
      font-size: 1.1rem;
      overflow-wrap: anywhere;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-top: 1rem;
    }
    .btn.danger {
      background: var(--danger);
      border-color: var(--danger);
    }
    .confirm {
      border: 1px solid var(--line);
      background: var(--bg);
      border-radius: 0.5rem;
      padding: 0.75rem 1rem;
      margin-top: 1rem;
    }
    .confirm p {
      margin: 0;
    }
    .outcome {
      border-top: 1px solid var(--line);
      margin-top: 1rem;
      padding-top: 0.75rem;
    }
    .outcome h2 {
      margin-bottom: 0.25rem;
    }
    .alert a {
      display: inline-block;
      margin-left: 0.5rem;
      color: inherit;
      font-weight: 600;
    }
  `,
})
export class InvitationPage {
  private readonly api = inject(InvitationApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);

  /** From the route /invitations/:token. */
  readonly token = input.required<string>();

  protected readonly invitation = signal<InvitationPreview | null>(null);
  protected readonly invalid = signal(false);
  protected readonly loadError = signal<CallError | null>(null);
  protected readonly actionError = signal<CallError | null>(null);
  protected readonly busy = signal<'accept' | 'decline' | null>(null);
  protected readonly confirmingDecline = signal(false);
  protected readonly declined = signal(false);

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => {
        this.invitation.set(null);
        this.declined.set(false);
        this.confirmingDecline.set(false);
        this.actionError.set(null);
        this.load(token);
      });
    });
  }

  protected load(token: string): void {
    this.invalid.set(false);
    this.loadError.set(null);
    this.api.preview(token).subscribe({
      next: (invitation) => this.invitation.set(invitation),
      error: (e) => {
        const err = callError(e);
        // 400: not even the shape of a link token; 404: no such invitation.
        if (err.status === 404 || err.status === 400) this.invalid.set(true);
        else this.loadError.set(err);
      },
    });
  }

  protected accept(): void {
    this.busy.set('accept');
    this.actionError.set(null);
    this.api.accept(this.token()).subscribe({
      next: ({ fileId }) => {
        // Accepting may have created the person's directory entry: the app now knows who it is.
        if (this.session.failed() || !this.session.user()) {
          this.session.failed.set(false);
          this.session.load();
        }
        void this.router.navigate(['/patients', fileId]);
      },
      error: (e) => this.failed(e),
    });
  }

  protected askDecline(): void {
    this.actionError.set(null);
    this.confirmingDecline.set(true);
    this.focus('#invitation-confirm');
  }

  protected cancelDecline(): void {
    this.confirmingDecline.set(false);
    this.focus('#invitation-decline');
  }

  protected decline(): void {
    this.busy.set('decline');
    this.actionError.set(null);
    this.api.decline(this.token()).subscribe({
      next: () => {
        this.busy.set(null);
        this.confirmingDecline.set(false);
        this.declined.set(true);
        this.focus('#invitation-outcome');
      },
      error: (e) => this.failed(e),
    });
  }

  /** On a conflict (expired, cancelled, answered meanwhile), show where the invitation stands. */
  private failed(e: unknown): void {
    const err = callError(e);
    this.busy.set(null);
    this.confirmingDecline.set(false);
    this.actionError.set(err);
    if (err.status === 409) {
      this.api.preview(this.token()).subscribe({
        next: (invitation) => this.invitation.set(invitation),
        error: () => undefined,
      });
    }
    this.focus('#invitation-decline', '#invitation-title');
  }

  /** Moves keyboard focus to the first of these elements that is on the page after rendering. */
  private focus(...selectors: string[]): void {
    afterNextRender(
      () => {
        for (const selector of selectors) {
          const element = this.host.nativeElement.querySelector<HTMLElement>(selector);
          if (element) {
            element.focus();
            return;
          }
        }
      },
      { injector: this.injector },
    );
  }
}
