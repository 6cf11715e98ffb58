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
import { EditBand, EditScore, newBand, placeKey } from './form-draft';

/** One computed score of a form being designed: its name, label, expression and bands. */
@Component({
  selector: 'app-score-editor',
  imports: [FormsModule, TranslatePipe, ExpressionHelp, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = score();
    @let k = s.key;
    <div class="score-editor" role="group" [attr.aria-labelledby]="k + '-heading'">
      <div class="head">
        <h3 [id]="k + '-heading'">
          {{ 'forms.editor.scoreN' | t: { number: number() } }}
          @if (s.label.trim()) {
            <span class="muted">— {{ s.label }}</span>
          }
        </h3>
        <button
          type="button"
          class="link danger"
          (click)="removed.emit()"
          [attr.aria-label]="'forms.editor.scoreRemove' | t: { number: number() }"
          data-testid="score-remove"
        >
          {{ 'forms.editor.remove' | t }}
        </button>
      </div>
      <div class="grid">
        <app-field
          [label]="'forms.editor.scoreId' | t"
          required
          [controlId]="k + '-id'"
          [hint]="'forms.editor.idHelp' | t"
          [error]="message(k, 'id')"
        >
          <input
            appFieldControl
            maxlength="40"
            autocapitalize="off"
            autocomplete="off"
            spellcheck="false"
            [ngModel]="s.id"
            (ngModelChange)="changed.emit({ id: $event })"
            data-testid="score-id"
          />
        </app-field>
        <app-field
          [label]="'forms.editor.scoreLabel' | t"
          required
          [controlId]="k + '-label'"
          [error]="message(k, 'label')"
        >
          <input
            appFieldControl
            maxlength="200"
            [ngModel]="s.label"
            (ngModelChange)="changed.emit({ label: $event })"
            data-testid="score-label"
          />
        </app-field>
        <app-field
          class="wide"
          [label]="'forms.editor.expression' | t"
          required
          [controlId]="k + '-expression'"
          [error]="message(k, 'expression')"
          errorTestId="expression-error"
        >
          <textarea
            appFieldControl
            rows="2"
            maxlength="2000"
            autocapitalize="off"
            spellcheck="false"
            [ngModel]="s.expression"
            (ngModelChange)="changed.emit({ expression: $event })"
            data-testid="score-expression"
          ></textarea>
          <app-expression-help fieldNote kind="score" [names]="names()" />
        </app-field>
      </div>
      <fieldset class="bands">
        <legend>{{ 'forms.editor.bands' | t }}</legend>
        <p class="help">{{ 'forms.editor.bandsHelp' | t }}</p>
        @for (b of s.bands; track b.key; let bi = $index) {
          <div
            class="band"
            role="group"
            [attr.aria-label]="'forms.editor.bandN' | t: { number: bi + 1 }"
          >
            <!-- The row's one message (min above max…) describes both bounds. -->
            <app-field
              [label]="'forms.editor.bandMin' | t"
              [controlId]="b.key + '-min'"
              [describedBy]="message(b.key, 'band') ? b.key + '-error' : null"
            >
              <input
                appFieldControl
                type="number"
                step="any"
                [ngModel]="b.min"
                (ngModelChange)="changeBand(bi, { min: $event })"
                [class.invalid]="!!message(b.key, 'band')"
                data-testid="band-min"
              />
            </app-field>
            <!-- The row's one message (min above max…) describes both bounds. -->
            <app-field
              [label]="'forms.editor.bandMax' | t"
              [controlId]="b.key + '-max'"
              [describedBy]="message(b.key, 'band') ? b.key + '-error' : null"
            >
              <input
                appFieldControl
                type="number"
                step="any"
                [ngModel]="b.max"
                (ngModelChange)="changeBand(bi, { max: $event })"
                [class.invalid]="!!message(b.key, 'band')"
                data-testid="band-max"
              />
            </app-field>
            <app-field
              class="label"
              [label]="'forms.editor.bandLabel' | t"
              [controlId]="b.key + '-label'"
              [error]="message(b.key, 'label')"
            >
              <input
                appFieldControl
                maxlength="200"
                [ngModel]="b.label"
                (ngModelChange)="changeBand(bi, { label: $event })"
                data-testid="band-label"
              />
            </app-field>
            <button
              type="button"
              class="link danger"
              (click)="removeBand(bi)"
              [attr.aria-label]="'forms.editor.bandRemove' | t: { number: bi + 1 }"
              data-testid="remove-band"
            >
              {{ 'forms.editor.remove' | t }}
            </button>
            @if (message(b.key, 'band'); as m) {
              <p class="error wide" [id]="b.key + '-error'">{{ m }}</p>
            }
          </div>
        }
        <button type="button" class="btn secondary" (click)="addBand()" data-testid="add-band">
          + {{ 'forms.editor.addBand' | t }}
        </button>
      </fieldset>
    </div>
  `,
  styles: `
    .score-editor {
      border: 1px solid var(--line);
      border-left: 4px solid var(--important);
      border-radius: 0.5rem;
      padding: 0.75rem;
      margin-bottom: 0.75rem;
      background: #fffdf8;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 0.5rem;
    }
    h3 {
      font-size: 1rem;
      margin: 0;
      overflow-wrap: anywhere;
    }
    .head .link {
      min-height: 2.75rem;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
      gap: 0 0.75rem;
    }
    .wide {
      grid-column: 1 / -1;
    }
    textarea {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    }
    .bands {
      border: 1px dashed var(--line);
      border-radius: 0.45rem;
      padding: 0.5rem 0.75rem 0.75rem;
      margin: 0;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    .band {
      display: grid;
      grid-template-columns: 6rem 6rem minmax(0, 1fr) auto;
      gap: 0 0.5rem;
      align-items: end;
      border-bottom: 1px solid var(--line);
      margin-bottom: 0.5rem;
    }
    .band .link {
      min-height: 2.75rem;
      margin-bottom: 0.9rem;
    }
    @media (max-width: 36rem) {
      .band {
        grid-template-columns: 1fr 1fr;
      }
      .band .label {
        grid-column: 1 / -1;
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
    .band .error.wide {
      margin-bottom: 0.5rem;
    }
  `,
})
export class ScoreEditor {
  private readonly injector = inject(Injector);
  readonly score = input.required<EditScore>();
  readonly number = input.required<number>();
  /** The names the expression may use: every question, and the other scores. */
  readonly names = input<string[]>([]);
  /** Problems by place ("key:field"). */
  readonly messages = input<Record<string, string>>({});
  readonly changed = output<Partial<EditScore>>();
  readonly removed = output<void>();

  protected message(key: string, field: string): string | null {
    return this.messages()[placeKey(key, field)] ?? null;
  }

  protected addBand(): void {
    const band = newBand();
    this.changed.emit({ bands: [...this.score().bands, band] });
    afterNextRender(() => document.getElementById(band.key + '-min')?.focus(), {
      injector: this.injector,
    });
  }

  protected changeBand(index: number, patch: Partial<EditBand>): void {
    this.changed.emit({
      bands: this.score().bands.map((b, i) => (i === index ? { ...b, ...patch } : b)),
    });
  }

  protected removeBand(index: number): void {
    this.changed.emit({ bands: this.score().bands.filter((_, i) => i !== index) });
  }
}
