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
  linkedSignal,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Api } from '../core/api';
import { CoordinationFile } from '../core/models';
import { Session } from '../core/session';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { evaluateForm, isEmptyAnswer, shownAnswers } from './expression';
import { FormFields } from './form-fields';
import { FormsApi, FormsError, formsError } from './forms-api';
import { Answers, FormVersion, Submission } from './forms-models';
import { translateMessage } from './server-messages';
import { DayPipe, MomentPipe } from '../i18n/dates';

/** A problem of the summary: the question it is about (if any) and what to do. */
interface SummaryItem {
  questionId: string | null;
  label: string;
  message: string;
}

/**
 * A form being filled in a patient's file (a published version, or a draft of its author), or a
 * filled one, read-only with the labels of its version, its answers and the server's scores. The
 * server checks every answer and computes the scores that are kept.
 */
@Component({
  selector: 'app-form-filler',
  imports: [TranslatePipe, FormFields, DayPipe, MomentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.printing]': 'printing()' },
  template: `
    @if (definition(); as def) {
      <article class="filler" data-testid="filler" aria-labelledby="filler-title">
        <header class="head">
          <div>
            <h2 id="filler-title" tabindex="-1">{{ title() }}</h2>
            <p class="muted meta">
              {{ 'forms.versionN' | t: { number: formVersion() } }}
              @if (current(); as s) {
                ·
                <span
                  class="badge"
                  [class.done]="s.status === 'SUBMITTED'"
                  data-testid="submission-status"
                >
                  {{ 'forms.submission.' + s.status | t }}
                </span>
                ·
                {{
                  (s.submittedAt ? 'forms.submission.submittedBy' : 'forms.submission.startedBy')
                    | t: { name: s.createdByName, date: (s.submittedAt ?? s.updatedAt | moment) }
                }}
              } @else {
                · <span class="badge">{{ 'forms.submission.new' | t }}</span>
              }
            </p>
            @if (patient(); as p) {
              <p class="print-only">
                {{
                  'forms.print.patient'
                    | t
                      : {
                          name: p.lastName.toUpperCase() + ' ' + p.firstName,
                          birth: (p.birthDate | day),
                        }
                }}
              </p>
            }
          </div>
          <div class="head-actions no-print">
            @if (readOnly()) {
              <button type="button" class="btn secondary" (click)="print()" data-testid="print">
                {{ 'forms.fill.print' | t }}
              </button>
            }
            <button type="button" class="btn secondary" (click)="closed.emit()">
              {{ 'forms.fill.close' | t }}
            </button>
          </div>
        </header>

        @if (othersDraft()) {
          <p class="alert info" role="status">
            {{ 'forms.fill.othersDraft' | t: { name: current()?.createdByName ?? '' } }}
          </p>
        }
        <div aria-live="polite" class="no-print">
          @if (notice(); as n) {
            <p class="alert ok" data-testid="filler-notice">{{ n | t }}</p>
          }
        </div>
        @if (error(); as e) {
          <div
            class="alert no-print"
            role="alert"
            data-testid="filler-error"
            tabindex="-1"
            #errorBox
          >
            <p>{{ e.messageKey | t: { detail: e.detail ?? '' } }}</p>
            @if (problems().length) {
              <ul>
                @for (p of problems(); track $index) {
                  <li>
                    @if (p.questionId; as qid) {
                      <button type="button" class="link" (click)="fields()?.focus(qid)">
                        {{ p.label }}
                      </button>
                      : {{ p.message }}
                    } @else {
                      {{ p.label }} : {{ p.message }}
                    }
                  </li>
                }
              </ul>
            }
          </div>
        }

        <app-form-fields
          [definition]="def"
          [(answers)]="answers"
          [errors]="fieldErrors()"
          [readOnly]="readOnly()"
          prefix="fill"
          [serverScores]="readOnly() ? (current()?.scores ?? null) : null"
        />

        @if (!readOnly()) {
          <div class="actions no-print">
            <button
              type="button"
              class="btn secondary"
              (click)="save(false)"
              [disabled]="saving()"
              data-testid="save-form-draft"
            >
              {{ (saving() === 'draft' ? 'forms.fill.saving' : 'forms.fill.saveDraft') | t }}
            </button>
            <button
              type="button"
              class="btn"
              (click)="save(true)"
              [disabled]="saving()"
              aria-describedby="filler-submit-help"
              data-testid="submit-form"
            >
              {{ (saving() === 'submit' ? 'forms.fill.submitting' : 'forms.fill.submit') | t }}
            </button>
            <p id="filler-submit-help" class="muted small">{{ 'forms.fill.submitHelp' | t }}</p>
          </div>
        }
      </article>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .filler {
      border: 2px solid var(--brand);
      border-radius: 0.75rem;
      padding: 1rem;
      margin: 0.75rem 0 1rem;
      background: #fff;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      align-items: flex-start;
      margin-bottom: 0.75rem;
    }
    .head h2 {
      margin: 0 0 0.2rem;
    }
    .meta {
      margin: 0;
      font-size: 0.9rem;
    }
    .head-actions,
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .actions {
      border-top: 1px solid var(--line);
      padding-top: 0.75rem;
    }
    .actions p {
      flex-basis: 100%;
      margin: 0;
    }
    .badge.done {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .alert.info {
      background: var(--important-bg);
      color: var(--important);
    }
    .alert p {
      margin: 0;
    }
    .alert ul {
      margin: 0.4rem 0 0;
      padding-left: 1.2rem;
    }
    .small {
      font-size: 0.85rem;
    }
    .print-only {
      display: none;
    }
    @media (max-width: 30rem) {
      .filler {
        padding: 0.75rem;
        margin-left: -0.5rem;
        margin-right: -0.5rem;
      }
      .actions .btn {
        flex: 1 1 100%;
        justify-content: center;
      }
    }
    @media print {
      /* Only the form being printed: not the app's header, nor the rest of the file. */
      ::ng-deep
        body:has(app-form-filler.printing)
        *:not(:has(app-form-filler.printing)):not(app-form-filler.printing):not(
          app-form-filler.printing *
        ) {
        display: none !important;
      }
      ::ng-deep body:has(app-form-filler.printing) :is(main, .card) {
        border: 0 !important;
        padding: 0 !important;
        margin: 0 !important;
        max-width: none !important;
      }
      .filler {
        border: 0;
        padding: 0;
        margin: 0;
      }
      .no-print {
        display: none !important;
      }
      .print-only {
        display: block;
        font-weight: 600;
      }
    }
  `,
})
export class FormFiller {
  private readonly api = inject(FormsApi);
  private readonly files = inject(Api);
  private readonly session = inject(Session);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);
  readonly fileId = input.required<string>();
  /** A published version to start filling; or: */
  readonly version = input<FormVersion | null>(null);
  /** A submission of this file, draft or submitted. */
  readonly submission = input<Submission | null>(null);
  /** Whether the user may fill forms in this file (a team member, not an emergency access). */
  readonly canFill = input(false);
  /** A draft saved or a form submitted. */
  readonly saved = output<Submission>();
  readonly closed = output<void>();

  protected readonly fields = viewChild(FormFields);
  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');
  /** The submission as last read from the server (none yet for a new one). */
  protected readonly current = linkedSignal<Submission | null>(() => {
    this.version(); // another form to fill starts afresh
    return this.submission();
  });
  protected readonly answers = linkedSignal<Answers>(() => {
    this.version();
    return { ...(this.submission()?.answers ?? {}) };
  });
  protected readonly definition = computed(
    () => this.current()?.definition ?? this.version()?.definition ?? null,
  );
  protected readonly title = computed(() => this.current()?.title ?? this.version()?.title ?? '');
  protected readonly formVersion = computed(
    () => this.current()?.formVersion ?? this.version()?.number ?? 0,
  );
  private readonly me = computed(() => this.session.user()?.professional.id ?? null);
  /** A draft of someone else: only its author may change it. */
  protected readonly othersDraft = computed(() => {
    const s = this.current();
    return !!s && s.status === 'DRAFT' && !!this.me() && s.createdBy !== this.me();
  });
  protected readonly readOnly = computed(() => {
    const s = this.current();
    if (!this.canFill()) return true;
    if (!s) return false;
    return s.status !== 'DRAFT' || this.othersDraft();
  });
  protected readonly saving = signal<'draft' | 'submit' | null>(null);
  protected readonly error = signal<FormsError | null>(null);
  protected readonly problems = signal<SummaryItem[]>([]);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly notice = signal<string | null>(null);
  protected readonly printing = signal(false);
  protected readonly patient = signal<CoordinationFile | null>(null);

  constructor() {
    // A new form or submission: its title gets the focus, and old messages go.
    effect(() => {
      this.submission();
      this.version();
      untracked(() => {
        this.clearProblems();
        this.notice.set(null);
        this.afterRender(() => this.focusTitle());
      });
    });
  }

  protected save(submit: boolean): void {
    const def = this.definition();
    if (!def) return;
    this.clearProblems();
    this.notice.set(null);
    const answers = shownAnswers(def, this.answers());
    if (submit) {
      const missing = this.missingRequired(answers);
      if (missing.length) {
        const message = this.i18n.t('forms.msg.required');
        this.fieldErrors.set(Object.fromEntries(missing.map((q) => [q.id, message])));
        this.problems.set(missing.map((q) => ({ questionId: q.id, label: q.label, message })));
        this.error.set({
          status: 400,
          messageKey: 'forms.fill.missing',
          fields: {},
          problems: [],
        });
        this.focusErrors();
        return;
      }
    }
    this.saving.set(submit ? 'submit' : 'draft');
    const current = this.current();
    const version = this.version();
    const call = current
      ? this.api.fill(current, answers, submit)
      : this.api.start(this.fileId(), version?.formId ?? '', answers, submit);
    call.subscribe({
      next: (s) => {
        this.saving.set(null);
        this.current.set(s);
        this.answers.set({ ...s.answers });
        this.notice.set(submit ? 'forms.fill.submitted' : 'forms.fill.draftSaved');
        this.saved.emit(s);
        if (submit) this.afterRender(() => this.focusTitle());
      },
      error: (e) => {
        this.saving.set(null);
        const problem = formsError(e);
        this.showError(problem);
        if (problem.status === 412 && current) this.reload(current);
      },
    });
  }

  private reload(s: Submission): void {
    this.api.submission(s.fileId, s.id).subscribe({
      next: (fresh) => {
        this.current.set(fresh);
        this.answers.set({ ...fresh.answers });
        this.saved.emit(fresh);
      },
    });
  }

  private missingRequired(answers: Answers) {
    const def = this.definition();
    if (!def) return [];
    const { shown } = evaluateForm(def, answers);
    return def.sections
      .flatMap((s) => s.questions)
      .filter((q) => q.required && shown.has(q.id) && isEmptyAnswer(answers[q.id]));
  }

  private showError(e: FormsError): void {
    const questions = new Map(
      (this.definition()?.sections ?? []).flatMap((s) => s.questions).map((q) => [q.id, q]),
    );
    const fields: Record<string, string> = {};
    const problems: SummaryItem[] = [];
    for (const p of e.problems) {
      const message = translateMessage(this.i18n, p.message);
      const qid = p.field.startsWith('answers.') ? p.field.substring('answers.'.length) : null;
      const q = qid ? questions.get(qid) : undefined;
      if (q) {
        fields[q.id] = fields[q.id] ? `${fields[q.id]} ; ${message}` : message;
        problems.push({ questionId: q.id, label: q.label, message });
      } else {
        problems.push({ questionId: null, label: p.field, message });
      }
    }
    this.fieldErrors.set(fields);
    this.problems.set(problems);
    this.error.set(e);
    this.focusErrors();
  }

  private focusErrors(): void {
    this.afterRender(() => this.errorBox()?.nativeElement.focus());
  }

  private focusTitle(): void {
    this.host.nativeElement.querySelector<HTMLElement>('#filler-title')?.focus();
  }

  private afterRender(then: () => void): void {
    afterNextRender(then, { injector: this.injector });
  }

  private clearProblems(): void {
    this.error.set(null);
    this.problems.set([]);
    this.fieldErrors.set({});
  }

  /** Prints the form alone (see the print styles), then the page is back as it was. */
  protected print(): void {
    // The patient's name goes on the paper; read when first needed (each read is audited).
    if (this.patient()?.id === this.fileId()) {
      this.printNow();
      return;
    }
    this.files.file(this.fileId()).subscribe({
      next: (f) => {
        this.patient.set(f);
        this.printNow();
      },
      error: () => this.printNow(),
    });
  }

  private printNow(): void {
    this.printing.set(true);
    window.addEventListener('afterprint', () => this.printing.set(false), { once: true });
    // Once the class is in the DOM, so that the print styles apply.
    this.afterRender(() => window.print());
  }
}
