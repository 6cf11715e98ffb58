import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { CallError, callError } from '../core/problem';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import {
  COMMENT_MAX,
  OrientationAnswer,
  OrientationApi,
  OrientationRequest,
} from './orientation-api';

type Answer = OrientationAnswer['status'];

/** Today in the user's time zone, as YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The answer buttons of a request ("Accepter", "Refuser", "Admission effectuée", "Annuler") and
 * the short form each opens: optional comment, admission date. Answers from the version shown;
 * tells the parent when somebody changed the request meanwhile (412) so that it reloads.
 */
@Component({
  selector: 'app-orientation-request-actions',
  imports: [FormsModule, TranslatePipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (open(); as s) {
      <form class="answer-form" (ngSubmit)="submit(s)" novalidate data-testid="answer-form">
        <fieldset>
          <legend>{{ 'orientation.answer.title.' + s | t }}</legend>
          @if (error(); as e) {
            <div class="alert" role="alert" data-testid="answer-error">
              {{ e.messageKey | t: { detail: e.detail ?? '' } }}
              @if (allowed(); as a) {
                <br />
                @if (a.length) {
                  {{ 'orientation.answer.allowed' | t: { statuses: statuses(a) } }}
                } @else {
                  {{ 'orientation.answer.noneAllowed' | t }}
                }
              }
            </div>
          }
          @if (s === 'ADMITTED') {
            <app-field
              [label]="'orientation.answer.admittedOn' | t"
              required
              [controlId]="id('admitted')"
              [error]="dateError() ? (dateError()! | t) : null"
            >
              <input
                appFieldControl
                type="date"
                name="admittedOn"
                required
                [max]="maxDate"
                [ngModel]="admittedOn()"
                (ngModelChange)="admittedOn.set($event ?? '')"
                data-testid="answer-admitted-on"
              />
            </app-field>
          }
          <app-field
            [label]="
              (reasonNeeded() ? 'orientation.answer.reason' : 'orientation.answer.comment') | t
            "
            [controlId]="id('comment')"
            [hint]="'orientation.answer.commentHelp' | t: { count: comment().length }"
            [error]="
              reasonError()
                ? ('orientation.answer.reasonRequired' | t)
                : (error()?.fields?.['comment'] ?? null)
            "
            [errorTestId]="reasonError() ? 'answer-reason-error' : null"
          >
            <textarea
              appFieldControl
              name="comment"
              rows="3"
              [required]="reasonNeeded()"
              [maxlength]="commentMax"
              [ngModel]="comment()"
              (ngModelChange)="comment.set($event ?? '')"
              data-testid="answer-comment"
            ></textarea>
          </app-field>
          <div class="buttons">
            <button
              class="btn"
              type="submit"
              [disabled]="saving()"
              [attr.data-testid]="'confirm-' + s"
            >
              {{ (saving() ? 'orientation.answer.saving' : 'orientation.answer.confirm.' + s) | t }}
            </button>
            <button class="btn secondary" type="button" (click)="close()" [disabled]="saving()">
              {{ (s === 'CANCELLED' ? 'orientation.answer.keep' : 'orientation.answer.back') | t }}
            </button>
          </div>
        </fieldset>
      </form>
    } @else if (choices().length) {
      <div class="buttons">
        @for (c of choices(); track c) {
          <button
            type="button"
            class="btn"
            [class.secondary]="c === 'REFUSED' || c === 'CANCELLED'"
            [attr.data-answer]="c"
            [attr.data-testid]="'answer-' + c"
            (click)="start(c)"
          >
            {{ 'orientation.answer.' + c | t }}
          </button>
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    :host:not(:empty) {
      margin-top: 0.75rem;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    fieldset {
      border: 1px solid var(--line);
      border-radius: 0.5rem;
      padding: 0.5rem 0.85rem 0.85rem;
      margin: 0;
      min-width: 0;
      background: var(--bg);
    }
    legend {
      font-weight: 700;
      padding: 0 0.25rem;
      color: var(--brand-dark);
    }
    input[type='date'] {
      max-width: 14rem;
    }
  `,
})
export class OrientationRequestActions {
  private readonly api = inject(OrientationApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly request = input.required<OrientationRequest>();
  /** The answers offered for the request as it stands, e.g. ACCEPTED and REFUSED when SENT. */
  readonly choices = input.required<Answer[]>();
  readonly answered = output<OrientationRequest>();
  /** Somebody changed the request meanwhile: the parent reloads it. */
  readonly stale = output<void>();

  protected readonly commentMax = COMMENT_MAX;
  protected readonly maxDate = today();
  protected readonly open = signal<Answer | null>(null);
  protected readonly comment = signal('');
  protected readonly admittedOn = signal('');
  protected readonly dateError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<CallError | null>(null);
  protected readonly allowed = signal<Answer[] | null>(null);
  protected readonly reasonError = signal(false);
  /** Withdrawing a request the structure accepted: say why (it is told). */
  protected readonly reasonNeeded = computed(
    () => this.open() === 'CANCELLED' && this.request().status === 'ACCEPTED',
  );

  protected id(part: string): string {
    return `answer-${this.request().id}-${part}`;
  }

  protected statuses(list: Answer[]): string {
    return list.map((s) => this.i18n.t('orientation.status.' + s)).join(', ');
  }

  protected start(status: Answer): void {
    this.open.set(status);
    this.comment.set('');
    this.admittedOn.set(status === 'ADMITTED' ? today() : '');
    this.dateError.set(null);
    this.error.set(null);
    this.allowed.set(null);
    this.reasonError.set(false);
    this.focus('input, textarea');
  }

  protected close(): void {
    const was = this.open();
    this.open.set(null);
    if (was) this.focus(`[data-answer="${was}"]`);
  }

  protected submit(status: Answer): void {
    const answer: OrientationAnswer = { status };
    const comment = this.comment().trim();
    if (comment) answer.comment = comment;
    this.reasonError.set(this.reasonNeeded() && !comment);
    if (this.reasonError()) {
      this.focus('textarea');
      return;
    }
    if (status === 'ADMITTED') {
      const date = this.admittedOn();
      this.dateError.set(
        !date
          ? 'orientation.answer.admittedOnRequired'
          : date > today()
            ? 'orientation.answer.admittedOnFuture'
            : null,
      );
      if (this.dateError()) {
        this.focus('input[type="date"]');
        return;
      }
      answer.admittedOn = date;
    }
    this.saving.set(true);
    this.error.set(null);
    this.allowed.set(null);
    this.api.answer(this.request(), answer).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.open.set(null);
        this.answered.emit(updated);
        this.focus('[data-answer]');
      },
      error: (e) => {
        this.saving.set(false);
        if (e instanceof HttpErrorResponse && e.status === 412) {
          this.open.set(null);
          this.stale.emit();
          return;
        }
        const err = callError(e);
        if (err.fields['admittedOn']) this.dateError.set('orientation.answer.admittedOnRequired');
        if (e instanceof HttpErrorResponse && e.status === 409 && Array.isArray(e.error?.allowed)) {
          this.allowed.set(e.error.allowed as Answer[]);
        }
        this.error.set(err);
      },
    });
  }

  /** Keeps keyboard focus where the person is working when buttons and forms swap. */
  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
