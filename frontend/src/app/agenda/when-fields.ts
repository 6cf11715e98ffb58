import { ChangeDetectionStrategy, Component, computed, inject, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { DURATIONS, REMINDERS } from './agenda-models';

/**
 * When something takes place: a date, a start time and a duration, and the message of the
 * server (or of the form) about the start below them. Its element takes no box: the three fields
 * are laid out by `.row` (`compact`: the narrower columns of a form inside a list); what the form
 * puts inside the element (another field) comes last in the row. The ids are `{idPrefix}-date`,
 * `-time`, `-duration` and `-start-err`; the test ids `{testIdPrefix}-date`, `-time`,
 * `-duration`.
 */
@Component({
  selector: 'app-when-fields',
  imports: [FormsModule, TranslatePipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="row">
      <!-- One message about the start, below the row, describes the date and the time. -->
      <app-field
        [label]="'agenda.new.date' | t"
        [controlId]="idPrefix() + '-date'"
        [invalid]="!!error()"
        [describedBy]="error() ? idPrefix() + '-start-err' : null"
      >
        <input
          appFieldControl
          type="date"
          name="date"
          [required]="required()"
          [attr.min]="min()"
          [ngModel]="date()"
          (ngModelChange)="date.set($event)"
          [attr.data-testid]="testIdPrefix() + '-date'"
        />
      </app-field>
      <app-field
        [label]="timeLabel() | t"
        [controlId]="idPrefix() + '-time'"
        [invalid]="!!error()"
        [describedBy]="error() ? idPrefix() + '-start-err' : null"
      >
        <input
          appFieldControl
          type="time"
          name="time"
          step="300"
          [required]="required()"
          [ngModel]="time()"
          (ngModelChange)="time.set($event)"
          [attr.data-testid]="testIdPrefix() + '-time'"
        />
      </app-field>
      <app-field [label]="durationLabel() | t" [controlId]="idPrefix() + '-duration'">
        <select
          appFieldControl
          name="duration"
          [ngModel]="duration()"
          (ngModelChange)="duration.set(+$event)"
          [attr.data-testid]="testIdPrefix() + '-duration'"
        >
          @for (d of durations(); track d) {
            <option [ngValue]="d">{{ durationText(d) }}</option>
          }
        </select>
      </app-field>
      <ng-content />
    </div>
    @if (error(); as e) {
      <div class="error-text" [id]="idPrefix() + '-start-err'">{{ e }}</div>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
      gap: 0 0.75rem;
    }
    :host(.compact) .row {
      grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr));
      gap: 0 0.6rem;
    }
  `,
})
export class WhenFields {
  private readonly i18n = inject(I18n);
  readonly idPrefix = input.required<string>();
  readonly testIdPrefix = input.required<string>();
  readonly date = model.required<string>();
  readonly time = model.required<string>();
  readonly duration = model.required<number>();
  /** The durations offered, in minutes. */
  readonly durations = input<number[]>(DURATIONS);
  /** The first date that may be chosen. */
  readonly min = input<string | null>(null);
  readonly required = input(false);
  /** What is wrong with the start, if anything. */
  readonly error = input('');
  readonly timeLabel = input('agenda.new.time');
  readonly durationLabel = input('agenda.new.duration');

  protected durationText(minutes: number): string {
    return durationText(minutes, this.i18n);
  }
}

/** The reminder before something: none, or some minutes, an hour, a day before. */
@Component({
  selector: 'app-reminder-field',
  imports: [FormsModule, TranslatePipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-field [label]="'agenda.reminder' | t" [controlId]="idPrefix() + '-reminder'">
      <select
        appFieldControl
        name="reminder"
        [ngModel]="reminder()"
        (ngModelChange)="reminder.set($event)"
        [attr.data-testid]="testIdPrefix() + '-reminder'"
      >
        @for (r of reminders(); track r) {
          <option [ngValue]="r">
            {{ isUsual(r) ? ('agenda.reminder.' + (r ?? 'none') | t) : otherText(r!) }}
          </option>
        }
      </select>
    </app-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class ReminderField {
  readonly idPrefix = input.required<string>();
  readonly testIdPrefix = input.required<string>();
  readonly reminder = model.required<number | null>();
  private readonly i18n = inject(I18n);

  /** The usual choices, and the one already set when it is another (set through the API). */
  protected readonly reminders = computed(() => {
    const current = this.reminder();
    return this.isUsual(current) ? REMINDERS : [...REMINDERS, current];
  });

  protected isUsual(minutes: number | null): boolean {
    return REMINDERS.includes(minutes);
  }

  protected otherText(minutes: number): string {
    return reminderText(minutes, this.i18n, false);
  }
}

/** "30 min", "1 h", "1 h 30". */
export function durationText(minutes: number, i18n: I18n): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return i18n.t('agenda.minutes', { n: m });
  if (!m) return i18n.t('agenda.hours', { n: h });
  return i18n.t('agenda.hoursMinutes', { h, m: String(m).padStart(2, '0') });
}

/** "rappel 1 h avant", "rappel 1 jour avant"; without the word: "1 jour avant". */
export function reminderText(minutes: number, i18n: I18n, withWord = true): string {
  if (minutes === 0) return i18n.t(withWord ? 'agenda.reminderAtStart' : 'agenda.atStart');
  const when =
    minutes % 1440 === 0
      ? i18n.t(minutes === 1440 ? 'agenda.oneDay' : 'agenda.days', { n: minutes / 1440 })
      : durationText(minutes, i18n);
  return i18n.t(withWord ? 'agenda.reminderBefore' : 'agenda.before', { when });
}
