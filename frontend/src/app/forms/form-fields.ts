import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  model,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { DirectoryPicker } from '../directory/directory-picker';
import { Field, FieldControl, FieldGroup } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { answerValue, evaluateForm, isEmptyAnswer, shownAnswers } from './expression';
import { AnswerValue, Answers, FormDefinition, Question, ScoreResult } from './forms-models';
import { ProfessionalName } from './professional-name';
import { formatDay } from '../i18n/dates';

/** Choice questions with more answers than this show a list instead of radio buttons. */
const MAX_RADIOS = 7;
/** Scales with more steps than this are typed in, not clicked. */
const MAX_SCALE_BUTTONS = 11;

/** A score as shown: its value and band, live or as the server computed it. */
interface ShownScore {
  id: string;
  label: string;
  value: number | null;
  band: string | null;
}

/**
 * A form's questions as the person filling it sees them: every question type, required marks,
 * help, units and bounds; conditions hide questions live (and drop their answers); scores are
 * computed live (or shown as the server computed them). Read-only, the answers of a filled form.
 * Used by the filler and by the designer's preview.
 */
@Component({
  selector: 'app-form-fields',
  imports: [
    FormsModule,
    NgTemplateOutlet,
    TranslatePipe,
    DirectoryPicker,
    ProfessionalName,
    Field,
    FieldControl,
    FieldGroup,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!readOnly()) {
      <p class="muted small legend-note">{{ 'forms.fill.requiredNote' | t }}</p>
    }
    @for (section of definition().sections; track $index; let si = $index) {
      @if (!section.questions.length || visibleIn(section.questions)) {
        <section class="form-section" [attr.aria-labelledby]="prefix() + '-s' + si">
          <h3 [id]="prefix() + '-s' + si">{{ section.title }}</h3>
          @if (section.help) {
            <p class="muted section-help">{{ section.help }}</p>
          }
          @for (q of section.questions; track $index) {
            @if (evaluation().shown.has(q.id)) {
              @let cid = prefix() + '-' + q.id;
              @let err = errorOf(q);
              <div class="question" [id]="cid + '-wrap'" [class.has-error]="!!err">
                @if (readOnly()) {
                  <div class="ro-label">{{ q.label }}</div>
                  <div class="ro-answer" [attr.data-testid]="'answer-' + q.id">
                    @let a = answers()[q.id];
                    @if (isEmpty(a)) {
                      <span class="muted">{{ 'forms.fill.noAnswer' | t }}</span>
                    } @else if (q.type === 'PROFESSIONAL') {
                      <app-forms-professional-name [professionalId]="$any(a)" />
                    } @else {
                      <span class="ro-text">{{ display(q, a) }}</span>
                    }
                  </div>
                  @if (err) {
                    <p class="error" [id]="cid + '-error'" [attr.data-testid]="'error-' + q.id">
                      {{ err }}
                    </p>
                  }
                } @else if (isGroup(q)) {
                  <app-field-group
                    [role]="q.type === 'MULTIPLE_CHOICE' ? null : 'radiogroup'"
                    [label]="q.label"
                    [required]="q.required"
                    [controlId]="cid"
                    [hint]="q.help"
                    [describedBy]="notesOf(q, cid)"
                    [error]="err"
                    [errorTestId]="'error-' + q.id"
                  >
                    @switch (q.type) {
                      @case ('YES_NO') {
                        <div class="options inline">
                          @for (yes of yesNo; track yes) {
                            <label class="option">
                              <input
                                type="radio"
                                [name]="cid"
                                [value]="yes ? 'true' : 'false'"
                                [checked]="answers()[q.id] === yes"
                                (change)="set(q, yes)"
                                [attr.data-testid]="'answer-' + q.id"
                              />
                              {{ (yes ? 'forms.fill.yes' : 'forms.fill.no') | t }}
                            </label>
                          }
                        </div>
                      }
                      @case ('SINGLE_CHOICE') {
                        <div class="options">
                          @for (c of q.choices ?? []; track c.code) {
                            <label class="option">
                              <input
                                type="radio"
                                [name]="cid"
                                [value]="c.code"
                                [checked]="answers()[q.id] === c.code"
                                (change)="set(q, c.code)"
                                [attr.data-testid]="'answer-' + q.id"
                              />
                              {{ c.label }}
                            </label>
                          }
                        </div>
                      }
                      @case ('MULTIPLE_CHOICE') {
                        <div class="options">
                          @for (c of q.choices ?? []; track c.code) {
                            <label class="option">
                              <input
                                type="checkbox"
                                [value]="c.code"
                                [checked]="isChosen(q, c.code)"
                                (change)="toggle(q, c.code, $any($event.target).checked)"
                                [attr.data-testid]="'answer-' + q.id"
                              />
                              {{ c.label }}
                            </label>
                          }
                        </div>
                      }
                      @case ('SCALE') {
                        <div class="options scale">
                          @for (n of scaleSteps(q); track n) {
                            <label class="step">
                              <input
                                type="radio"
                                [name]="cid"
                                [value]="n"
                                [checked]="answers()[q.id] === n"
                                (change)="set(q, n)"
                                [attr.data-testid]="'answer-' + q.id"
                              />
                              <span>{{ n }}</span>
                            </label>
                          }
                        </div>
                      }
                    }
                    <ng-container
                      fieldNote
                      [ngTemplateOutlet]="notes"
                      [ngTemplateOutletContext]="{ q, cid }"
                    />
                  </app-field-group>
                } @else {
                  <app-field
                    #field
                    [label]="q.label"
                    [required]="q.required"
                    [controlId]="cid"
                    [hint]="q.help"
                    [describedBy]="notesOf(q, cid)"
                    [error]="err"
                    [errorTestId]="'error-' + q.id"
                  >
                    @if (q.type === 'NUMBER' || q.type === 'SCALE') {
                      <div class="with-unit">
                        <input
                          appFieldControl
                          type="number"
                          [attr.inputmode]="q.type === 'SCALE' ? 'numeric' : 'decimal'"
                          [attr.step]="q.type === 'SCALE' ? 1 : 'any'"
                          [attr.min]="q.min ?? null"
                          [attr.max]="q.max ?? null"
                          [required]="q.required"
                          [ngModel]="answers()[q.id] ?? null"
                          (ngModelChange)="set(q, $event)"
                          [ngModelOptions]="{ standalone: true }"
                          [attr.data-testid]="'answer-' + q.id"
                        />
                        @if (q.unit) {
                          <span class="unit" [id]="cid + '-unit'">{{ q.unit }}</span>
                        }
                      </div>
                    } @else {
                      @switch (q.type) {
                        @case ('SINGLE_CHOICE') {
                          <select
                            appFieldControl
                            [required]="q.required"
                            (change)="set(q, $any($event.target).value || null)"
                            [attr.data-testid]="'answer-' + q.id"
                          >
                            <option value="" [selected]="isEmpty(answers()[q.id])">
                              {{ 'forms.fill.choose' | t }}
                            </option>
                            @for (c of q.choices ?? []; track c.code) {
                              <option [value]="c.code" [selected]="answers()[q.id] === c.code">
                                {{ c.label }}
                              </option>
                            }
                          </select>
                        }
                        @case ('LONG_TEXT') {
                          <textarea
                            appFieldControl
                            rows="4"
                            maxlength="4000"
                            [required]="q.required"
                            [ngModel]="answers()[q.id] ?? ''"
                            (ngModelChange)="set(q, $event)"
                            [ngModelOptions]="{ standalone: true }"
                            [attr.data-testid]="'answer-' + q.id"
                          ></textarea>
                        }
                        @case ('PROFESSIONAL') {
                          <app-directory-picker
                            kind="professional"
                            [inputId]="field.id()"
                            [label]="null"
                            [value]="$any(answers()[q.id]) ?? null"
                            (valueChange)="set(q, $event)"
                            [required]="q.required"
                            [invalid]="!!err"
                            [describedBy]="field.describedByIds() ?? ''"
                            [testId]="'answer-' + q.id"
                          />
                        }
                        @default {
                          <input
                            appFieldControl
                            [type]="q.type === 'DATE' ? 'date' : 'text'"
                            [attr.maxlength]="q.type === 'DATE' ? null : 500"
                            [required]="q.required"
                            [ngModel]="answers()[q.id] ?? ''"
                            (ngModelChange)="set(q, $event)"
                            [ngModelOptions]="{ standalone: true }"
                            [attr.data-testid]="'answer-' + q.id"
                          />
                        }
                      }
                    }
                    <ng-container
                      fieldNote
                      [ngTemplateOutlet]="notes"
                      [ngTemplateOutletContext]="{ q, cid }"
                    />
                  </app-field>
                }
              </div>
            }
          }
        </section>
      }
    }

    @if (scores().length) {
      <section class="scores" [attr.aria-labelledby]="prefix() + '-scores'">
        <h3 [id]="prefix() + '-scores'">{{ 'forms.scores.title' | t }}</h3>
        <ul>
          @for (s of scores(); track s.id) {
            <li [attr.data-testid]="'score-' + s.id">
              <span class="score-label">{{ s.label }}</span>
              <strong class="score-value">{{ s.value === null ? '—' : number(s.value) }}</strong>
              @if (s.band) {
                <span class="band">{{ s.band }}</span>
              }
            </li>
          }
        </ul>
        @if (!serverScores()) {
          <p class="muted small">{{ liveNote() | t }}</p>
        }
      </section>
    }

    <ng-template #notes let-q="q" let-cid="cid">
      @if (boundsOf(q); as b) {
        <p class="help" [id]="cid + '-bounds'">{{ b }}</p>
      }
      @if (canClear(q)) {
        <button type="button" class="link clear" (click)="set(q, null)">
          {{ 'forms.fill.clear' | t }}
          <span class="sr-only">{{ q.label }}</span>
        </button>
      }
    </ng-template>
  `,
  styles: `
    :host {
      display: block;
    }
    .form-section {
      margin-bottom: 1.25rem;
    }
    h3 {
      font-size: 1.05rem;
      margin: 0 0 0.35rem;
      color: var(--brand-dark);
    }
    .section-help {
      margin: 0 0 0.75rem;
      font-size: 0.9rem;
    }
    .question {
      margin-bottom: 1rem;
    }
    .question.has-error {
      border-left: 3px solid var(--danger);
      padding-left: 0.6rem;
    }
    .options {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
    }
    .options.inline,
    .options.scale {
      flex-direction: row;
      flex-wrap: wrap;
      gap: 0.35rem 1.25rem;
    }
    .option {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      font-weight: 400;
      min-height: 2.75rem;
      margin: 0;
      cursor: pointer;
    }
    .options.scale {
      gap: 0.35rem;
    }
    .step {
      position: relative;
      margin: 0;
    }
    .step input {
      position: absolute;
      opacity: 0;
      inset: 0;
      width: 100%;
      height: 100%;
      margin: 0;
      cursor: pointer;
    }
    .step span {
      display: grid;
      place-items: center;
      min-width: 2.75rem;
      min-height: 2.75rem;
      border: 1px solid #8a94a3;
      border-radius: 0.45rem;
      font-weight: 600;
      background: #fff;
    }
    .step input:checked + span {
      background: var(--brand-dark);
      color: #fff;
      border-color: var(--brand-dark);
    }
    .step input:focus-visible + span {
      outline: 3px solid #f0b429;
      outline-offset: 2px;
    }
    .with-unit {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .with-unit input {
      max-width: 12rem;
    }
    .unit {
      color: var(--muted);
      font-weight: 600;
    }
    .help,
    .error {
      font-size: 0.85rem;
      margin: 0.2rem 0 0;
    }
    .help {
      color: var(--muted);
    }
    .error {
      color: var(--danger);
      font-weight: 600;
    }
    .clear {
      font-size: 0.85rem;
    }
    .ro-label {
      font-weight: 600;
    }
    .ro-answer {
      margin-top: 0.1rem;
    }
    .ro-text {
      white-space: pre-wrap;
    }
    .scores {
      border-top: 2px solid var(--line);
      padding-top: 0.75rem;
    }
    .scores ul {
      list-style: none;
      padding: 0;
      margin: 0 0 0.5rem;
    }
    .scores li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: baseline;
      padding: 0.35rem 0;
    }
    .score-value {
      font-size: 1.2rem;
    }
    .band {
      background: #e3ecf3;
      color: var(--brand-dark);
      border-radius: 999px;
      padding: 0.1rem 0.6rem;
      font-weight: 600;
      font-size: 0.9rem;
    }
    .small {
      font-size: 0.85rem;
    }
    .legend-note {
      margin-top: 0;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class FormFields {
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly definition = input.required<FormDefinition>();
  readonly answers = model<Answers>({});
  /** Messages of the server (or the filler) by question id. */
  readonly errors = input<Record<string, string>>({});
  readonly readOnly = input(false);
  /** Makes the DOM ids unique when two forms are on the page. */
  readonly prefix = input('form');
  /** The scores the server computed (a saved form); live scores when absent. */
  readonly serverScores = input<ScoreResult[] | null>(null);
  readonly liveNote = input('forms.scores.live');

  protected readonly yesNo = [true, false];
  protected readonly maxRadios = MAX_RADIOS;
  protected readonly maxScaleButtons = MAX_SCALE_BUTTONS;
  protected readonly evaluation = computed(() => evaluateForm(this.definition(), this.answers()));

  protected readonly scores = computed<ShownScore[]>(() => {
    const server = this.serverScores();
    if (server) {
      return server.map((s) => ({
        id: s.id,
        label: s.label,
        value: s.value ?? null,
        band: s.band ?? null,
      }));
    }
    return this.evaluation().scores;
  });

  /** What is wrong with an answer before the server is asked: out of bounds, not whole… */
  private readonly localErrors = computed(() => {
    const errors: Record<string, string> = {};
    const { shown } = this.evaluation();
    for (const q of this.definition().sections.flatMap((s) => s.questions)) {
      const answer = this.answers()[q.id];
      if (!shown.has(q.id) || isEmptyAnswer(answer)) continue;
      if (answerValue(q, answer).kind !== 'nothing') continue;
      if (typeof answer === 'number' && q.type === 'SCALE' && !Number.isInteger(answer)) {
        errors[q.id] = this.i18n.t('forms.msg.whole');
      } else if (typeof answer === 'number' && q.min != null && answer < q.min) {
        errors[q.id] = this.i18n.t('forms.msg.atLeast', { p1: this.number(q.min) });
      } else if (typeof answer === 'number' && q.max != null && answer > q.max) {
        errors[q.id] = this.i18n.t('forms.msg.atMost', { p1: this.number(q.max) });
      } else if (q.type === 'DATE') {
        errors[q.id] = this.i18n.t('forms.msg.date');
      }
    }
    return errors;
  });

  protected errorOf(q: Question): string | null {
    return this.errors()[q.id] ?? (this.readOnly() ? null : this.localErrors()[q.id]) ?? null;
  }

  protected visibleIn(questions: Question[]): boolean {
    const { shown } = this.evaluation();
    return questions.some((q) => shown.has(q.id));
  }

  protected isEmpty(answer: AnswerValue | undefined): boolean {
    return isEmptyAnswer(answer);
  }

  /** Radio buttons or checkboxes, in a fieldset, rather than one control. */
  protected isGroup(q: Question): boolean {
    return (
      q.type === 'YES_NO' ||
      q.type === 'MULTIPLE_CHOICE' ||
      (q.type === 'SINGLE_CHOICE' && (q.choices ?? []).length <= MAX_RADIOS) ||
      (q.type === 'SCALE' &&
        this.scaleSteps(q).length > 0 &&
        this.scaleSteps(q).length <= MAX_SCALE_BUTTONS)
    );
  }

  /** The ids of what describes an answer besides its help and error: its unit and bounds. */
  protected notesOf(q: Question, cid: string): string | null {
    const ids = [];
    if (q.unit && (q.type === 'NUMBER' || q.type === 'SCALE') && !this.isGroup(q)) {
      ids.push(cid + '-unit');
    }
    if (this.boundsOf(q)) ids.push(cid + '-bounds');
    return ids.length ? ids.join(' ') : null;
  }

  protected boundsOf(q: Question): string | null {
    if (q.type !== 'NUMBER' && q.type !== 'SCALE') return null;
    if (q.type === 'SCALE' && this.scaleSteps(q).length <= MAX_SCALE_BUTTONS) {
      return q.min != null && q.max != null
        ? this.i18n.t('forms.fill.scaleHelp', { min: q.min, max: q.max })
        : null;
    }
    if (q.min != null && q.max != null) {
      return this.i18n.t('forms.fill.between', {
        min: this.number(q.min),
        max: this.number(q.max),
      });
    }
    if (q.min != null) return this.i18n.t('forms.fill.min', { min: this.number(q.min) });
    if (q.max != null) return this.i18n.t('forms.fill.max', { max: this.number(q.max) });
    return null;
  }

  protected scaleSteps(q: Question): number[] {
    if (q.min == null || q.max == null || q.max < q.min || q.max - q.min > 100) return [];
    const steps = [];
    for (let n = Math.ceil(q.min); n <= q.max; n++) steps.push(n);
    return steps;
  }

  protected canClear(q: Question): boolean {
    const radios = this.isGroup(q) && q.type !== 'MULTIPLE_CHOICE';
    return radios && !isEmptyAnswer(this.answers()[q.id]);
  }

  protected isChosen(q: Question, code: string): boolean {
    const a = this.answers()[q.id];
    return Array.isArray(a) && a.includes(code);
  }

  protected toggle(q: Question, code: string, checked: boolean): void {
    const current = this.answers()[q.id];
    const chosen = new Set(Array.isArray(current) ? current : []);
    if (checked) chosen.add(code);
    else chosen.delete(code);
    // In the order of the choices, as a person reads them.
    this.set(
      q,
      (q.choices ?? []).map((c) => c.code).filter((c) => chosen.has(c)),
    );
  }

  /** Sets one answer, then drops the answers of the questions this hides. */
  protected set(q: Question, value: AnswerValue | null | undefined): void {
    const next: Answers = { ...this.answers() };
    if (value === null || value === undefined || isEmptyAnswer(value)) delete next[q.id];
    else next[q.id] = value;
    this.answers.set(shownAnswers(this.definition(), next));
  }

  /** An answer in words (read-only view). */
  protected display(q: Question, a: AnswerValue | undefined): string {
    switch (q.type) {
      case 'YES_NO':
        return this.i18n.t(a === true ? 'forms.fill.yes' : 'forms.fill.no');
      case 'SINGLE_CHOICE':
        return (q.choices ?? []).find((c) => c.code === a)?.label ?? String(a);
      case 'MULTIPLE_CHOICE':
        return (Array.isArray(a) ? a : [])
          .map((code) => (q.choices ?? []).find((c) => c.code === code)?.label ?? code)
          .join(' ; ');
      case 'DATE':
        return typeof a === 'string' ? formatDay(a, this.i18n.lang()) : '';
      case 'NUMBER':
      case 'SCALE':
        return typeof a === 'number' ? this.number(a) + (q.unit ? ' ' + q.unit : '') : String(a);
      default:
        return String(a ?? '');
    }
  }

  protected number(n: number): string {
    return new Intl.NumberFormat(this.i18n.lang() === 'fr' ? 'fr-FR' : 'en-GB', {
      maximumFractionDigits: 2,
    }).format(n);
  }

  /** Moves the keyboard focus to a question (from a list of problems). */
  focus(questionId: string): void {
    const wrap = this.host.nativeElement.querySelector<HTMLElement>(
      `[id="${this.prefix()}-${questionId}-wrap"]`,
    );
    wrap?.scrollIntoView({ block: 'center' });
    wrap?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }
}
