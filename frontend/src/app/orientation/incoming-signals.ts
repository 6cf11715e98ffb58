import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Api } from '../core/api';
import { Page, PossibleDuplicate } from '../core/models';
import { Pager } from '../core/pager';
import { CallError, callError } from '../core/problem';
import { Session } from '../core/session';
import { Field, FieldControl } from '../field/field';
import { TranslatePipe } from '../i18n/i18n';
import { PossibleDuplicates } from '../patients/possible-duplicates';
import { COMMENT_MAX, OrientationApi, PersonSignal } from './orientation-api';
import { SignalCard } from './signal-card';

/**
 * "Signalements reçus": people signalled to my structure by professionals of the directory. A case
 * manager accepts one (the file opens, in request analysis, and she is its case manager); an
 * administrator or a case manager refuses it; the sender is told either way. Before a file is
 * opened, the files that may already be about the person are shown, as for a new patient; a second
 * click accepts all the same.
 */
@Component({
  selector: 'app-incoming-signals',
  imports: [
    FormsModule,
    RouterLink,
    TranslatePipe,
    Pager,
    SignalCard,
    PossibleDuplicates,
    Field,
    FieldControl,
  ],
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
              <app-field
                [label]="'orientation.answer.comment' | t"
                [controlId]="'signal-comment-' + s.id"
              >
                <textarea
                  appFieldControl
                  rows="2"
                  [maxlength]="commentMax"
                  [(ngModel)]="comments[s.id]"
                  [name]="'comment-' + s.id"
                  data-testid="signal-comment"
                ></textarea>
              </app-field>
              @if (duplicates()[s.id]?.length) {
                <app-possible-duplicates [duplicates]="duplicates()[s.id]">
                  <p>{{ 'signal.duplicatesThen' | t }}</p>
                </app-possible-duplicates>
              }
              <div class="buttons">
                @if (session.isCaseManager()) {
                  <button
                    type="button"
                    class="btn"
                    [disabled]="busy() === s.id"
                    (click)="answer(s, 'ACCEPTED')"
                    data-testid="signal-accept"
                  >
                    {{ (duplicates()[s.id]?.length ? 'signal.acceptAnyway' : 'signal.accept') | t }}
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
  private readonly files = inject(Api);
  protected readonly session = inject(Session);
  protected readonly commentMax = COMMENT_MAX;
  protected readonly page = signal<Page<PersonSignal> | null>(null);
  protected readonly error = signal<CallError | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected comments: Record<string, string> = {};
  /** The possible duplicates found for a signal, once looked for (an empty list: none). */
  protected readonly duplicates = signal<Record<string, PossibleDuplicate[]>>({});
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
    if (status === 'ACCEPTED' && !(s.id in this.duplicates())) {
      const identity = { lastName: s.lastName, firstName: s.firstName, birthDate: s.birthDate };
      const found = (list: PossibleDuplicate[]) => {
        this.duplicates.update((d) => ({ ...d, [s.id]: list }));
        if (list.length) this.busy.set(null);
        else this.answer(s, status);
      };
      // The check helps; it never stops a file from being opened.
      this.files.possibleDuplicates({ ...identity, ins: null }).subscribe({
        next: found,
        error: () => found([]),
      });
      return;
    }
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
