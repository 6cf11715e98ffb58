import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Page } from '../core/models';
import { Pager } from '../core/pager';
import { CallError, callError } from '../core/problem';
import { Session } from '../core/session';
import { TranslatePipe } from '../i18n/i18n';
import { COMMENT_MAX, OrientationApi, PersonSignal } from './orientation-api';
import { SignalCard } from './signal-card';

/**
 * "Signalements reçus": people signalled to my structure by professionals of the directory. A case
 * manager accepts one (the file opens, in request analysis, and she is its case manager); an
 * administrator or a case manager refuses it; the sender is told either way.
 */
@Component({
  selector: 'app-incoming-signals',
  imports: [FormsModule, RouterLink, TranslatePipe, Pager, SignalCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="signals-title" data-testid="incoming-signals">
      <h2 id="signals-title">{{ 'signal.incoming' | t }}</h2>
      @if (error(); as e) {
        <div class="alert" role="alert">{{ e.messageKey | t: { detail: e.detail ?? '' } }}</div>
      }
      @if (page(); as p) {
        @if (p.total === 0) {
          <p class="card muted">{{ 'signal.incomingNone' | t }}</p>
        }
        @for (s of p.items; track s.id) {
          <app-signal-card [signal]="s" [full]="true">
            @if (s.status === 'SENT') {
              <div class="field">
                <label [for]="'signal-comment-' + s.id">{{
                  'orientation.answer.comment' | t
                }}</label>
                <textarea
                  [id]="'signal-comment-' + s.id"
                  rows="2"
                  [maxlength]="commentMax"
                  [(ngModel)]="comments[s.id]"
                  [name]="'comment-' + s.id"
                  data-testid="signal-comment"
                ></textarea>
              </div>
              <div class="buttons">
                @if (session.isCaseManager()) {
                  <button
                    type="button"
                    class="btn"
                    [disabled]="busy() === s.id"
                    (click)="answer(s, 'ACCEPTED')"
                    data-testid="signal-accept"
                  >
                    {{ 'signal.accept' | t }}
                  </button>
                }
                <button
                  type="button"
                  class="btn secondary"
                  [disabled]="busy() === s.id"
                  (click)="answer(s, 'REFUSED')"
                  data-testid="signal-refuse"
                >
                  {{ 'signal.refuse' | t }}
                </button>
              </div>
            } @else if (s.fileId) {
              <a [routerLink]="['/patients', s.fileId]" data-testid="signal-file">{{
                'signal.openFile' | t
              }}</a>
            }
          </app-signal-card>
        }
        <app-pager [page]="p" (go)="load($event)" />
      }
    </section>
  `,
  styles: `
    app-signal-card {
      display: block;
      margin-bottom: 0.85rem;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class IncomingSignals implements OnInit {
  private readonly api = inject(OrientationApi);
  protected readonly session = inject(Session);
  protected readonly commentMax = COMMENT_MAX;
  protected readonly page = signal<Page<PersonSignal> | null>(null);
  protected readonly error = signal<CallError | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected comments: Record<string, string> = {};
  private current = 0;

  ngOnInit(): void {
    this.load(0);
  }

  protected load(page: number): void {
    this.api.incomingSignals(page).subscribe({
      next: (p) => {
        this.current = p.page;
        this.page.set(p);
      },
      error: (e) => this.error.set(callError(e)),
    });
  }

  protected answer(s: PersonSignal, status: 'ACCEPTED' | 'REFUSED'): void {
    this.busy.set(s.id);
    this.error.set(null);
    this.api.answerSignal(s, status, (this.comments[s.id] ?? '').trim()).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.page.update(
          (p) => p && { ...p, items: p.items.map((x) => (x.id === updated.id ? updated : x)) },
        );
      },
      error: (e) => {
        this.busy.set(null);
        // answered meanwhile by a colleague: show where it stands now
        if (e instanceof HttpErrorResponse && (e.status === 412 || e.status === 409)) {
          this.load(this.current);
        }
        this.error.set(callError(e));
      },
    });
  }
}
