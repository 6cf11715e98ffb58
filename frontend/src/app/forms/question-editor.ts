import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslatePipe } from '../i18n/i18n';
import { ExpressionHelp } from './expression-help';
import { EditChoice, EditQuestion, hasBounds, hasChoices, newChoice, placeKey } from './form-draft';
import { QUESTION_TYPES } from './forms-models';

/** One question of a form being designed: its name, label, type, options and condition. */
@Component({
  selector: 'app-question-editor',
  imports: [FormsModule, TranslatePipe, ExpressionHelp],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let q = question();
    @let k = q.key;
    <div class="question-editor" role="group" [attr.aria-labelledby]="k + '-heading'">
      <div class="head">
        <h3 [id]="k + '-heading'">
          {{ 'forms.editor.questionN' | t: { number: number() } }}
          @if (q.label.trim()) {
            <span class="muted">— {{ q.label }}</span>
          }
        </h3>
        <div class="tools">
          <button
            type="button"
            class="icon"
            [id]="k + '-up'"
            [disabled]="first()"
            (click)="moved.emit(-1)"
            [attr.aria-label]="'forms.editor.questionUp' | t: { number: number() }"
            data-testid="question-up"
          >
            ↑
          </button>
          <button
            type="button"
            class="icon"
            [id]="k + '-down'"
            [disabled]="last()"
            (click)="moved.emit(1)"
            [attr.aria-label]="'forms.editor.questionDown' | t: { number: number() }"
            data-testid="question-down"
          >
            ↓
          </button>
          <button
            type="button"
            class="link danger"
            (click)="removed.emit()"
            [attr.aria-label]="'forms.editor.questionRemove' | t: { number: number() }"
            data-testid="question-remove"
          >
            {{ 'forms.editor.remove' | t }}
          </button>
        </div>
      </div>

      <div class="grid">
        <div class="field wide">
          <label [for]="k + '-label'">{{ 'forms.editor.questionLabel' | t }} *</label>
          <input
            [id]="k + '-label'"
            maxlength="500"
            required
            [ngModel]="q.label"
            (ngModelChange)="changed.emit({ label: $event })"
            [class.invalid]="!!message('label')"
            [attr.aria-invalid]="!!message('label')"
            [attr.aria-describedby]="message('label') ? k + '-label-error' : null"
            data-testid="question-label"
          />
          @if (message('label'); as m) {
            <p class="error" [id]="k + '-label-error'">{{ m }}</p>
          }
        </div>
        <div class="field">
          <label [for]="k + '-id'">{{ 'forms.editor.questionId' | t }} *</label>
          <input
            [id]="k + '-id'"
            maxlength="40"
            required
            autocapitalize="off"
            autocomplete="off"
            spellcheck="false"
            [ngModel]="q.id"
            (ngModelChange)="changed.emit({ id: $event, autoId: false })"
            [class.invalid]="!!message('id')"
            [attr.aria-invalid]="!!message('id')"
            [attr.aria-describedby]="k + '-id-help' + (message('id') ? ' ' + k + '-id-error' : '')"
            data-testid="question-id"
          />
          <p class="help" [id]="k + '-id-help'">{{ 'forms.editor.idHelp' | t }}</p>
          @if (message('id'); as m) {
            <p class="error" [id]="k + '-id-error'">{{ m }}</p>
          }
        </div>
        <div class="field">
          <label [for]="k + '-type'">{{ 'forms.editor.questionType' | t }}</label>
          <select
            [id]="k + '-type'"
            [ngModel]="q.type"
            (ngModelChange)="changed.emit({ type: $event })"
            data-testid="question-type"
          >
            @for (type of types; track type) {
              <option [value]="type">{{ 'forms.type.' + type | t }}</option>
            }
          </select>
          @if (message('type'); as m) {
            <p class="error">{{ m }}</p>
          }
        </div>
        <div class="field wide check">
          <input
            type="checkbox"
            [id]="k + '-required'"
            [ngModel]="q.required"
            (ngModelChange)="changed.emit({ required: $event })"
            data-testid="question-required"
          />
          <label [for]="k + '-required'">{{ 'forms.editor.required' | t }}</label>
        </div>
        <div class="field wide">
          <label [for]="k + '-help'">{{ 'forms.editor.questionHelp' | t }}</label>
          <textarea
            [id]="k + '-help'"
            rows="2"
            maxlength="1000"
            [ngModel]="q.help"
            (ngModelChange)="changed.emit({ help: $event })"
            data-testid="question-help"
          ></textarea>
        </div>

        @if (bounds()) {
          @if (q.type === 'NUMBER') {
            <div class="field">
              <label [for]="k + '-unit'">{{ 'forms.editor.unit' | t }}</label>
              <input
                [id]="k + '-unit'"
                maxlength="20"
                [ngModel]="q.unit"
                (ngModelChange)="changed.emit({ unit: $event })"
                data-testid="question-unit"
              />
            </div>
          }
          <div class="field">
            <label [for]="k + '-min'"
              >{{ 'forms.editor.min' | t }}{{ q.type === 'SCALE' ? ' *' : '' }}</label
            >
            <input
              [id]="k + '-min'"
              type="number"
              [attr.step]="q.type === 'SCALE' ? 1 : 'any'"
              [ngModel]="q.min"
              (ngModelChange)="changed.emit({ min: $event })"
              [class.invalid]="!!message('min')"
              [attr.aria-invalid]="!!message('min')"
              [attr.aria-describedby]="message('min') ? k + '-min-error' : null"
              data-testid="question-min"
            />
            @if (message('min'); as m) {
              <p class="error" [id]="k + '-min-error'">{{ m }}</p>
            }
          </div>
          <div class="field">
            <label [for]="k + '-max'"
              >{{ 'forms.editor.max' | t }}{{ q.type === 'SCALE' ? ' *' : '' }}</label
            >
            <input
              [id]="k + '-max'"
              type="number"
              [attr.step]="q.type === 'SCALE' ? 1 : 'any'"
              [ngModel]="q.max"
              (ngModelChange)="changed.emit({ max: $event })"
              [class.invalid]="!!message('max')"
              [attr.aria-invalid]="!!message('max')"
              [attr.aria-describedby]="message('max') ? k + '-max-error' : null"
              data-testid="question-max"
            />
            @if (message('max'); as m) {
              <p class="error" [id]="k + '-max-error'">{{ m }}</p>
            }
          </div>
        }
      </div>

      @if (choices()) {
        <fieldset class="choices">
          <legend>{{ 'forms.editor.choices' | t }}</legend>
          <p class="help" [id]="k + '-choices-help'">{{ 'forms.editor.choicesHelp' | t }}</p>
          @for (c of q.choices; track c.key; let ci = $index) {
            <div
              class="choice"
              role="group"
              [attr.aria-label]="'forms.editor.choiceN' | t: { number: ci + 1 }"
            >
              <div class="field code">
                <label [for]="c.key + '-code'">{{ 'forms.editor.choiceCode' | t }}</label>
                <input
                  [id]="c.key + '-code'"
                  maxlength="40"
                  autocapitalize="off"
                  spellcheck="false"
                  [ngModel]="c.code"
                  (ngModelChange)="changeChoice(ci, { code: $event })"
                  [class.invalid]="!!messageOf(c.key, 'code')"
                  [attr.aria-invalid]="!!messageOf(c.key, 'code')"
                  [attr.aria-describedby]="messageOf(c.key, 'code') ? c.key + '-code-error' : null"
                  data-testid="choice-code"
                />
                @if (messageOf(c.key, 'code'); as m) {
                  <p class="error" [id]="c.key + '-code-error'">{{ m }}</p>
                }
              </div>
              <div class="field label">
                <label [for]="c.key + '-label'">{{ 'forms.editor.choiceLabel' | t }}</label>
                <input
                  [id]="c.key + '-label'"
                  maxlength="300"
                  [ngModel]="c.label"
                  (ngModelChange)="changeChoice(ci, { label: $event })"
                  [class.invalid]="!!messageOf(c.key, 'label')"
                  [attr.aria-invalid]="!!messageOf(c.key, 'label')"
                  [attr.aria-describedby]="
                    messageOf(c.key, 'label') ? c.key + '-label-error' : null
                  "
                  data-testid="choice-label"
                />
                @if (messageOf(c.key, 'label'); as m) {
                  <p class="error" [id]="c.key + '-label-error'">{{ m }}</p>
                }
              </div>
              <div class="field weight">
                <label [for]="c.key + '-weight'">{{ 'forms.editor.choiceWeight' | t }}</label>
                <input
                  [id]="c.key + '-weight'"
                  type="number"
                  step="any"
                  [ngModel]="c.weight"
                  (ngModelChange)="changeChoice(ci, { weight: $event })"
                  data-testid="choice-weight"
                />
              </div>
              <button
                type="button"
                class="link danger"
                (click)="removeChoice(ci)"
                [attr.aria-label]="'forms.editor.choiceRemove' | t: { number: ci + 1 }"
                data-testid="remove-choice"
              >
                {{ 'forms.editor.remove' | t }}
              </button>
            </div>
          }
          @if (message('choices'); as m) {
            <p class="error">{{ m }}</p>
          }
          <button
            type="button"
            class="btn secondary small"
            (click)="addChoice()"
            data-testid="add-choice"
          >
            + {{ 'forms.editor.addChoice' | t }}
          </button>
        </fieldset>
      }

      <div class="field condition">
        <label [for]="k + '-condition'">{{ 'forms.editor.condition' | t }}</label>
        <input
          [id]="k + '-condition'"
          maxlength="1000"
          autocapitalize="off"
          autocomplete="off"
          spellcheck="false"
          [placeholder]="'forms.editor.conditionPlaceholder' | t"
          [ngModel]="q.condition"
          (ngModelChange)="changed.emit({ condition: $event })"
          [class.invalid]="!!message('condition')"
          [attr.aria-invalid]="!!message('condition')"
          [attr.aria-describedby]="
            k + '-condition-help' + (message('condition') ? ' ' + k + '-condition-error' : '')
          "
          data-testid="question-condition"
        />
        <p class="help" [id]="k + '-condition-help'">{{ 'forms.editor.conditionHelp' | t }}</p>
        @if (message('condition'); as m) {
          <p class="error" [id]="k + '-condition-error'" data-testid="condition-error">{{ m }}</p>
        }
        <app-expression-help kind="condition" [names]="before()" />
      </div>
    </div>
  `,
  styles: `
    .question-editor {
      border: 1px solid var(--line);
      border-left: 4px solid var(--brand);
      border-radius: 0.5rem;
      padding: 0.75rem;
      margin-bottom: 0.75rem;
      background: #fbfcfd;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 0.25rem 0.5rem;
      margin-bottom: 0.5rem;
    }
    h3 {
      font-size: 1rem;
      margin: 0;
      overflow-wrap: anywhere;
    }
    .tools {
      display: flex;
      gap: 0.35rem;
      align-items: center;
    }
    .icon {
      min-width: 2.75rem;
      min-height: 2.75rem;
      border: 1px solid var(--brand-dark);
      border-radius: 0.45rem;
      background: #fff;
      color: var(--brand-dark);
      font-size: 1.1rem;
      cursor: pointer;
    }
    .icon:disabled {
      opacity: 0.4;
      cursor: default;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
      gap: 0 0.75rem;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .check {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      min-height: 2.75rem;
    }
    .check label {
      margin: 0;
    }
    .choices {
      border: 1px dashed var(--line);
      border-radius: 0.45rem;
      padding: 0.5rem 0.75rem 0.75rem;
      margin: 0 0 0.9rem;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    .choice {
      display: grid;
      grid-template-columns: 7rem minmax(0, 1fr) 6rem auto;
      gap: 0 0.5rem;
      align-items: end;
      border-bottom: 1px solid var(--line);
      margin-bottom: 0.5rem;
    }
    .choice .link {
      min-height: 2.75rem;
      margin-bottom: 0.9rem;
    }
    @media (max-width: 36rem) {
      .choice {
        grid-template-columns: 1fr 1fr;
      }
      .choice .label {
        grid-column: 1 / -1;
        grid-row: 1;
      }
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
    .btn.small {
      min-height: 2.75rem;
      padding: 0.35rem 0.75rem;
    }
    .condition input {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    }
  `,
})
export class QuestionEditor {
  private readonly injector = inject(Injector);
  readonly question = input.required<EditQuestion>();
  /** "2.3": the question's place, for headings and labels. */
  readonly number = input.required<string>();
  readonly first = input(false);
  readonly last = input(false);
  /** The names a condition may use here (the questions before). */
  readonly before = input<string[]>([]);
  /** Problems by place ("key:field"), the server's or the live checks'. */
  readonly messages = input<Record<string, string>>({});
  readonly changed = output<Partial<EditQuestion>>();
  readonly removed = output<void>();
  readonly moved = output<number>();
  protected readonly types = QUESTION_TYPES;

  protected choices(): boolean {
    return hasChoices(this.question().type);
  }

  protected bounds(): boolean {
    return hasBounds(this.question().type);
  }

  protected message(field: string): string | null {
    return this.messageOf(this.question().key, field);
  }

  protected messageOf(key: string, field: string): string | null {
    return this.messages()[placeKey(key, field)] ?? null;
  }

  protected addChoice(): void {
    const choice = newChoice();
    this.changed.emit({ choices: [...this.question().choices, choice] });
    // The new choice's code gets the focus once it is on the page.
    afterNextRender(() => document.getElementById(choice.key + '-code')?.focus(), {
      injector: this.injector,
    });
  }

  protected changeChoice(index: number, patch: Partial<EditChoice>): void {
    this.changed.emit({
      choices: this.question().choices.map((c, i) => (i === index ? { ...c, ...patch } : c)),
    });
  }

  protected removeChoice(index: number): void {
    this.changed.emit({ choices: this.question().choices.filter((_, i) => i !== index) });
  }
}
