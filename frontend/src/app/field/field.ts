import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  booleanAttribute,
  computed,
  inject,
  input,
} from '@angular/core';
import { TranslatePipe } from '../i18n/i18n';

let lastId = 0;

/**
 * What a field and a group of choices share: the label, the hint and the error of one answer,
 * and the ids that tie them to the control (`for`, `aria-describedby`), derived from one id:
 * the caller's (`controlId`, which tests and links rely on) or a generated one.
 */
@Directive()
abstract class FieldBase {
  /** The label (already translated); a required field shows a star, hidden from screen readers. */
  readonly label = input.required<string>();
  readonly hint = input<string | null | undefined>(null);
  /** The message of what is wrong; when set, the control is marked invalid and described by it. */
  readonly error = input<string | null | undefined>(null);
  readonly required = input(false, { transform: booleanAttribute });
  /** The control's id; the hint's is `<id>-help`, the error's `<id>-error`. Generated if absent. */
  readonly controlId = input<string | null | undefined>(null);
  /** More ids that describe the control (a unit, bounds…), read after the hint. */
  readonly describedBy = input<string | null | undefined>(null);
  readonly errorTestId = input<string | null | undefined>(null);
  /** Invalid for a reason written elsewhere (one message for several fields, in describedBy). */
  readonly invalid = input(false, { transform: booleanAttribute });

  private readonly generated = `field-${++lastId}`;
  readonly id = computed(() => this.controlId() || this.generated);
  readonly isInvalid = computed(() => !!this.error() || this.invalid());
  readonly describedByIds = computed(() => {
    const ids = [
      this.hint() ? this.id() + '-help' : null,
      this.describedBy() || null,
      this.error() ? this.id() + '-error' : null,
    ].filter((id) => id !== null);
    return ids.length ? ids.join(' ') : null;
  });
}

const MESSAGES = `
  @if (hint(); as h) {
    <p class="help" [id]="id() + '-help'">{{ h }}</p>
  }
  <ng-content select="[fieldNote]" />
  @if (error(); as e) {
    <p class="error" [id]="id() + '-error'" [attr.data-testid]="errorTestId()">{{ e }}</p>
  }
`;

const STYLES = `
  :host {
    display: block;
  }
  .req {
    color: var(--danger);
  }
  .help,
  .error {
    margin: 0.2rem 0 0;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

/**
 * One answer of a form: its label, the native control the caller puts inside with
 * `appFieldControl` (ngModel and reactive forms work on it as usual), a hint and an error.
 *
 * ```html
 * <app-field [label]="'field.lastName' | t" required [error]="fieldError('lastName')">
 *   <input appFieldControl formControlName="lastName" />
 * </app-field>
 * ```
 */
@Component({
  selector: 'app-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field' },
  providers: [{ provide: FieldBase, useExisting: Field }],
  template:
    `
    <label [for]="id()" [class.sr-only]="labelHidden()"
      >{{ label() }}
      @if (required()) {
        <span class="req" aria-hidden="true">*</span>
      }
    </label>
    <ng-content />
  ` + MESSAGES,
  styles: STYLES,
})
export class Field extends FieldBase {
  /** The label is read out but not shown (a heading or legend nearby already says it). */
  readonly labelHidden = input(false, { transform: booleanAttribute });
}

/**
 * The native control of an `app-field`: takes the field's id and its descriptions, and says
 * when it is invalid or required (the star of the label is not read out).
 */
@Directive({
  selector: '[appFieldControl]',
  host: {
    '[id]': 'field.id()',
    '[attr.aria-describedby]': 'field.describedByIds()',
    '[attr.aria-invalid]': 'field.isInvalid() || null',
    '[attr.aria-required]': 'field.required() || null',
    '[class.invalid]': 'field.isInvalid()',
  },
})
export class FieldControl {
  protected readonly field = inject(FieldBase);
}

/**
 * A question answered by radio buttons or checkboxes: a fieldset whose legend is the label,
 * described by its hint and error. A `radiogroup` says it is required; any other group says so
 * in its legend, as ARIA allows `aria-required` on radio groups only.
 */
@Component({
  selector: 'app-field-group',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field' },
  providers: [{ provide: FieldBase, useExisting: FieldGroup }],
  template:
    `
    <fieldset
      [id]="id()"
      [attr.role]="role()"
      [attr.aria-required]="role() === 'radiogroup' && required() ? true : null"
      [attr.aria-invalid]="isInvalid() || null"
      [attr.aria-describedby]="describedByIds()"
    >
      <legend>
        {{ label() }}
        @if (required()) {
          <span class="req" aria-hidden="true">*</span>
          @if (role() !== 'radiogroup') {
            <span class="sr-only">({{ 'common.required' | t }})</span>
          }
        }
      </legend>
      <ng-content />
    </fieldset>
  ` + MESSAGES,
  styles:
    STYLES +
    `
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      margin-bottom: 0.25rem;
      padding: 0;
    }
  `,
})
export class FieldGroup extends FieldBase {
  /** `radiogroup` for radio buttons; none for checkboxes. */
  readonly role = input<'radiogroup' | null>(null);
}
