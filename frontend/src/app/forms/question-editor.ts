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
import { Field, FieldControl } from '../field/field';
import { TranslatePipe } from '../i18n/i18n';
import { ExpressionHelp } from './expression-help';
import { EditChoice, EditQuestion, hasBounds, hasChoices, newChoice, placeKey } from './form-draft';
import { QUESTION_TYPES } from './forms-models';

/** One question of a form being designed: its name, label, type, options and condition. */
@Component({
  selector: 'app-question-editor',
  imports: [FormsModule, TranslatePipe, ExpressionHelp, Field, FieldControl],
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
        <app-field
          class="wide"
          [label]="'forms.editor.questionLabel' | t"
          required
          [controlId]="k + '-label'"
          [error]="message('label')"
        >
          <input
            appFieldControl
            maxlength="500"
            required
            [ngModel]="q.label"
            (ngModelChange)="changed.emit({ label: $event })"
            data-testid="question-label"
          />
        </app-field>
        <app-field
          [label]="'forms.editor.questionId' | t"
          required
          [controlId]="k + '-id'"
          [hint]="'forms.editor.idHelp' | t"
          [error]="message('id')"
        >
          <input
            appFieldControl
            maxlength="40"
            required
            autocapitalize="off"
            autocomplete="off"
            spellcheck="false"
            [ngModel]="q.id"
            (ngModelChange)="changed.emit({ id: $event, autoId: false })"
            data-testid="question-id"
          />
        </app-field>
        <app-field
          [label]="'forms.editor.questionType' | t"
          [controlId]="k + '-type'"
          [error]="message('type')"
        >
          <select
            appFieldControl
            [ngModel]="q.type"
            (ngModelChange)="changed.emit({ type: $event })"
            data-testid="question-type"
          >
            @for (type of types; track type) {
              <option [value]="type">{{ 'forms.type.' + type | t }}</option>
            }
          </select>
        </app-field>
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
        <app-field class="wide" [label]="'forms.editor.questionHelp' | t" [controlId]="k + '-help'">
          <textarea
            appFieldControl
            rows="2"
            maxlength="1000"
            [ngModel]="q.help"
            (ngModelChange)="changed.emit({ help: $event })"
            data-testid="question-help"
          ></textarea>
        </app-field>

        @if (bounds()) {
          @if (q.type === 'NUMBER') {
            <app-field [label]="'forms.editor.unit' | t" [controlId]="k + '-unit'">
              <input
                appFieldControl
                maxlength="20"
                [ngModel]="q.unit"
                (ngModelChange)="changed.emit({ unit: $event })"
                data-testid="question-unit"
              />
            </app-field>
          }
          <app-field
            [label]="'forms.editor.min' | t"
            [required]="q.type === 'SCALE'"
            [controlId]="k + '-min'"
            [error]="message('min')"
          >
            <input
              appFieldControl
              type="number"
              [attr.step]="q.type === 'SCALE' ? 1 : 'any'"
              [ngModel]="q.min"
              (ngModelChange)="changed.emit({ min: $event })"
              data-testid="question-min"
            />
          </app-field>
          <app-field
            [label]="'forms.editor.max' | t"
            [required]="q.type === 'SCALE'"
            [controlId]="k + '-max'"
            [error]="message('max')"
          >
            <input
              appFieldControl
              type="number"
              [attr.step]="q.type === 'SCALE' ? 1 : 'any'"
              [ngModel]="q.max"
              (ngModelChange)="changed.emit({ max: $event })"
              data-testid="question-max"
            />
          </app-field>
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
              <app-field
                class="code"
                [label]="'forms.editor.choiceCode' | t"
                [controlId]="c.key + '-code'"
                [error]="messageOf(c.key, 'code')"
              >
                <input
                  appFieldControl
                  maxlength="40"
                  autocapitalize="off"
                  spellcheck="false"
                  [ngModel]="c.code"
                  (ngModelChange)="changeChoice(ci, { code: $event })"
                  data-testid="choice-code"
                />
              </app-field>
              <app-field
                class="label"
                [label]="'forms.editor.choiceLabel' | t"
                [controlId]="c.key + '-label'"
                [error]="messageOf(c.key, 'label')"
              >
                <input
                  appFieldControl
                  maxlength="300"
                  [ngModel]="c.label"
                  (ngModelChange)="changeChoice(ci, { label: $event })"
                  data-testid="choice-label"
                />
              </app-field>
              <app-field
                class="weight"
                [label]="'forms.editor.choiceWeight' | t"
                [controlId]="c.key + '-weight'"
              >
                <input
                  appFieldControl
                  type="number"
                  step="any"
                  [ngModel]="c.weight"
                  (ngModelChange)="changeChoice(ci, { weight: $event })"
                  data-testid="choice-weight"
                />
              </app-field>
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

      <app-field
        class="condition"
        [label]="'forms.editor.condition' | t"
        [controlId]="k + '-condition'"
        [hint]="'forms.editor.conditionHelp' | t"
        [error]="message('condition')"
        errorTestId="condition-error"
      >
        <input
          appFieldControl
          maxlength="1000"
          autocapitalize="off"
          autocomplete="off"
          spellcheck="false"
          [placeholder]="'forms.editor.conditionPlaceholder' | t"
          [ngModel]="q.condition"
          (ngModelChange)="changed.emit({ condition: $event })"
          data-testid="question-condition"
        />
        <app-expression-help fieldNote kind="condition" [names]="before()" />
      </app-field>
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
