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
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Api } from '../core/api';
import { CareTeamMember } from '../core/models';
import { Session } from '../core/session';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import {
  AgendaApi,
  AgendaError,
  agendaError,
  fieldError,
  otherFieldErrors,
  send,
} from './agenda-api';
import { dayOf, formatCalendarDay, parisToday, timeOf, weekday } from './agenda-dates';
import { APPOINTMENT_KINDS, Appointment, AppointmentKind, DURATIONS } from './agenda-models';
import {
  DAY_CODES,
  DayCode,
  FREQUENCIES,
  Frequency,
  NO_REPETITION,
  REPETITION_ENDS,
  RepetitionEnd,
  buildRrule,
  describeRrule,
  frequencyOf,
  parseRrule,
} from './rrule';
import { ReminderField, WhenFields } from './when-fields';

interface PerformerOption {
  id: string;
  label: string;
}

/**
 * "Nouveau rendez-vous" in a patient's agenda: a home visit or an appointment, performed by an
 * active member of the care team, once or repeated (every day, every week on chosen days, every
 * month; for ever, a number of times or until a date), with a reminder. With `appointmentId`:
 * "Modifier le rendez-vous", the whole appointment (series) as read, saved with If-Match; a rule
 * of repetition the form cannot show is kept as it is. Changed by someone else meanwhile (412):
 * the user's values stay, and "Recharger" reads it again.
 */
@Component({
  selector: 'app-appointment-form',
  imports: [FormsModule, TranslatePipe, WhenFields, ReminderField, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (ngSubmit)="submit()" novalidate data-testid="appointment-form">
      <h3 [id]="idPrefix() + '-heading'" tabindex="-1">
        {{ (editing() ? 'agenda.edit.title' : 'agenda.new.title') | t }}
      </h3>
      @if (stale()) {
        <div class="alert" role="alert" tabindex="-1" data-testid="appointment-form-stale">
          <p>{{ 'agenda.edit.stale' | t }}</p>
          <button
            type="button"
            class="btn secondary"
            [disabled]="loading()"
            (click)="reload()"
            data-testid="appointment-reload"
          >
            {{ 'agenda.edit.reload' | t }}
          </button>
        </div>
      }
      <div aria-live="polite">
        @if (reloaded()) {
          <p class="alert ok" data-testid="appointment-reloaded">
            {{ 'agenda.edit.reloaded' | t }}
          </p>
        }
      </div>
      @if (error(); as e) {
        <div class="alert" role="alert" tabindex="-1" data-testid="appointment-form-error">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
          @for (f of otherErrors(); track f) {
            <div>{{ f }}</div>
          }
        </div>
      }
      @if (editing() && !original()) {
        @if (!error()) {
          <p class="muted" aria-live="polite">{{ 'common.loading' | t }}</p>
        }
      } @else {
        @if (editing()) {
          @if (original()?.rrule) {
            <p class="help" data-testid="appointment-series-help">
              {{ 'agenda.edit.seriesHelp' | t }}
            </p>
          }
        } @else {
          <fieldset class="kinds">
            <legend>{{ 'agenda.new.kind' | t }}</legend>
            @for (k of kinds; track k) {
              <label class="inline">
                <input
                  type="radio"
                  name="kind"
                  [value]="k"
                  [ngModel]="kind()"
                  (ngModelChange)="kind.set($event)"
                  [attr.data-testid]="'appointment-kind-' + k"
                />
                {{ 'agenda.kindLong.' + k | t }}
              </label>
            }
          </fieldset>
        }
        <app-field
          [label]="'agenda.new.titleField' | t"
          [controlId]="idPrefix() + '-title'"
          [hint]="err('title') ? null : ('agenda.new.titleHelp' | t)"
          [error]="err('title')"
        >
          <input
            appFieldControl
            name="title"
            maxlength="200"
            autocomplete="off"
            [ngModel]="title()"
            (ngModelChange)="title.set($event)"
            data-testid="appointment-title"
          />
        </app-field>
        <app-field
          [label]="'agenda.new.performer' | t"
          [controlId]="idPrefix() + '-performer'"
          [error]="err('performerId')"
        >
          <select
            appFieldControl
            name="performer"
            [ngModel]="performerId()"
            (ngModelChange)="performerId.set($event)"
            data-testid="appointment-performer"
          >
            <option value="">{{ 'agenda.new.choose' | t }}</option>
            @for (p of performers(); track p.id) {
              <option [value]="p.id">{{ p.label }}</option>
            }
          </select>
        </app-field>
        <app-when-fields
          [idPrefix]="idPrefix()"
          testIdPrefix="appointment"
          [(date)]="date"
          [(time)]="time"
          [(duration)]="duration"
          [durations]="durations()"
          [error]="err('start')"
        />
        <app-field
          [label]="'agenda.new.location' | t"
          [controlId]="idPrefix() + '-location'"
          [hint]="'agenda.new.locationHelp' | t"
        >
          <input
            appFieldControl
            name="location"
            maxlength="300"
            autocomplete="off"
            [ngModel]="location()"
            (ngModelChange)="location.set($event)"
            data-testid="appointment-location"
          />
        </app-field>

        <fieldset>
          <legend>{{ 'agenda.new.repeat' | t }}</legend>
          @if (keptRule(); as rule) {
            <p class="kept" data-testid="appointment-rule-kept">
              {{ 'agenda.edit.ruleKept' | t: { rule: describe(rule) } }}
            </p>
            <button
              type="button"
              class="link"
              (click)="replaceRule()"
              data-testid="appointment-rule-replace"
            >
              {{ 'agenda.edit.ruleReplace' | t }}
            </button>
          } @else {
            <app-field
              [label]="'agenda.new.repeat' | t"
              labelHidden
              [controlId]="idPrefix() + '-frequency'"
            >
              <select
                appFieldControl
                name="frequency"
                [ngModel]="frequency()"
                (ngModelChange)="frequency.set($event)"
                data-testid="appointment-frequency"
              >
                @for (f of frequencies; track f) {
                  <option [value]="f">{{ 'agenda.frequency.' + f | t }}</option>
                }
              </select>
            </app-field>
            @if (frequency() === 'WEEKLY') {
              <fieldset class="days">
                <legend>{{ 'agenda.new.days' | t }}</legend>
                @for (d of dayCodes; track d; let i = $index) {
                  <label class="inline day">
                    <input
                      type="checkbox"
                      [checked]="days().includes(d)"
                      (change)="toggleDay(d, $any($event.target).checked)"
                      [attr.data-testid]="'appointment-day-' + d"
                    />
                    {{ dayNames()[i] }}
                  </label>
                }
              </fieldset>
            }
            @if (frequency() !== 'NONE') {
              <fieldset class="ends">
                <legend>{{ 'agenda.new.ends' | t }}</legend>
                @for (e of ends; track e) {
                  <div class="end">
                    <label class="inline">
                      <input
                        type="radio"
                        name="end"
                        [value]="e"
                        [ngModel]="end()"
                        (ngModelChange)="end.set($event)"
                        [attr.data-testid]="'appointment-end-' + e"
                      />
                      {{ 'agenda.end.' + e | t }}
                    </label>
                    @if (e === 'COUNT' && end() === 'COUNT') {
                      <label [for]="idPrefix() + '-count'" class="visually-hidden">{{
                        'agenda.new.count' | t
                      }}</label>
                      <input
                        [id]="idPrefix() + '-count'"
                        name="count"
                        type="number"
                        min="1"
                        max="500"
                        class="small-input"
                        [ngModel]="count()"
                        (ngModelChange)="count.set(+$event)"
                        data-testid="appointment-count"
                      />
                      <span>{{ 'agenda.new.times' | t }}</span>
                    }
                    @if (e === 'UNTIL' && end() === 'UNTIL') {
                      <label [for]="idPrefix() + '-until'" class="visually-hidden">{{
                        'agenda.new.until' | t
                      }}</label>
                      <input
                        [id]="idPrefix() + '-until'"
                        name="until"
                        type="date"
                        class="date-input"
                        [min]="date()"
                        [ngModel]="until()"
                        (ngModelChange)="until.set($event)"
                        data-testid="appointment-until"
                      />
                    }
                  </div>
                }
              </fieldset>
            }
          }
          @if (err('rrule'); as e) {
            <div class="error">{{ e }}</div>
          }
        </fieldset>

        <app-reminder-field
          [idPrefix]="idPrefix()"
          testIdPrefix="appointment"
          [(reminder)]="reminder"
        />
      }
      <div class="buttons">
        <button
          class="btn"
          type="submit"
          [disabled]="saving() || (editing() && !original())"
          data-testid="appointment-save"
        >
          {{
            (saving() ? 'agenda.saving' : editing() ? 'agenda.edit.save' : 'agenda.new.save') | t
          }}
        </button>
        <button type="button" class="btn secondary" (click)="cancelled.emit()">
          {{ 'common.cancel' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    form {
      border-top: 1px solid var(--line);
      padding-top: 0.75rem;
      margin-top: 0.75rem;
    }
    h3 {
      font-size: 1rem;
      margin: 0 0 0.6rem;
    }
    fieldset {
      border: 1px solid var(--line);
      border-radius: 0.5rem;
      padding: 0.5rem 0.75rem;
      margin: 0 0 0.9rem;
      min-width: 0;
    }
    fieldset fieldset {
      border: none;
      padding: 0;
      margin: 0.25rem 0 0.5rem;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    label.inline {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      font-weight: 400;
      margin: 0 1rem 0.35rem 0;
      min-height: 2.75rem;
    }
    label.inline input {
      width: auto;
      min-height: 0;
    }
    .end {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.5rem;
    }
    .small-input {
      width: 5.5rem;
    }
    .date-input {
      width: auto;
    }
    .day {
      margin-right: 0.6rem;
    }
    .kept {
      margin: 0.25rem 0;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class AppointmentForm {
  private readonly agenda = inject(AgendaApi);
  private readonly files = inject(Api);
  private readonly session = inject(Session);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  readonly fileId = input.required<string>();
  /** The appointment to change; none: a new one. */
  readonly appointmentId = input<string | null>(null);
  /** The ids of the form's fields start with it. */
  readonly idPrefix = input('appt');
  readonly saved = output<Appointment>();
  readonly cancelled = output<void>();

  protected readonly kinds = APPOINTMENT_KINDS;
  protected readonly frequencies = FREQUENCIES;
  protected readonly ends = REPETITION_ENDS;
  protected readonly dayCodes = DAY_CODES;

  protected readonly members = signal<CareTeamMember[]>([]);
  protected readonly kind = signal<AppointmentKind>('VISIT');
  protected readonly title = signal('');
  protected readonly performerId = signal('');
  protected readonly date = signal(parisToday());
  protected readonly time = signal('09:00');
  protected readonly duration = signal(30);
  protected readonly location = signal('');
  protected readonly frequency = signal<Frequency>('NONE');
  protected readonly days = signal<DayCode[]>([]);
  protected readonly end = signal<RepetitionEnd>('NEVER');
  protected readonly count = signal(10);
  protected readonly until = signal('');
  protected readonly reminder = signal<number | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<AgendaError | null>(null);
  protected readonly editing = computed(() => !!this.appointmentId());
  /** The appointment as read (edit mode), and the ETag to send back. */
  protected readonly original = signal<Appointment | null>(null);
  private etag = '';
  /** A rule of repetition the form cannot show: saved as it is. */
  protected readonly keptRule = signal<string | null>(null);
  /** Someone else changed it since it was read (412). */
  protected readonly stale = signal(false);
  protected readonly loading = signal(false);
  protected readonly reloaded = signal(false);
  /** The durations offered, with the appointment's own when it is another. */
  protected readonly durations = computed(() =>
    DURATIONS.includes(this.duration())
      ? DURATIONS
      : [...DURATIONS, this.duration()].sort((a, b) => a - b),
  );
  private readonly localErrors = signal<Record<string, string>>({});

  protected readonly dayNames = computed(() =>
    [
      '2024-01-01',
      '2024-01-02',
      '2024-01-03',
      '2024-01-04',
      '2024-01-05',
      '2024-01-06',
      '2024-01-07',
    ].map((d) => formatCalendarDay(d, this.i18n.lang(), { weekday: 'long' })),
  );

  /** The active members of the care team, each once; and who performs the appointment changed. */
  protected readonly performers = computed<PerformerOption[]>(() => {
    const seen = new Set<string>();
    const options: PerformerOption[] = [];
    const current = this.original()?.performer;
    if (current) {
      seen.add(current.id);
      options.push({ id: current.id, label: current.name });
    }
    for (const m of this.members()) {
      if (!m.active || seen.has(m.professional.id)) continue;
      seen.add(m.professional.id);
      options.push({
        id: m.professional.id,
        label: `${m.professional.firstName} ${m.professional.lastName} — ${this.i18n.t('role.' + m.role)}`,
      });
    }
    // The current performer with his role when he is in the team.
    if (current) {
      const member = this.members().find((m) => m.active && m.professional.id === current.id);
      if (member) options[0].label += ` — ${this.i18n.t('role.' + member.role)}`;
    }
    return options.sort((a, b) => a.label.localeCompare(b.label));
  });

  constructor() {
    effect(() => {
      const fileId = this.fileId();
      untracked(() =>
        this.files.careTeam(fileId).subscribe({
          next: (members) => {
            this.members.set(members);
            // Me by default, when I am in the team (a new appointment).
            const me = this.session.user()?.professional.id;
            if (
              !this.editing() &&
              !this.performerId() &&
              me &&
              this.performers().some((p) => p.id === me)
            ) {
              this.performerId.set(me);
            }
          },
          error: (e) => this.error.set(agendaError(e)),
        }),
      );
    });
    effect(() => {
      const id = this.appointmentId();
      if (!id) return;
      untracked(() => {
        this.original.set(null);
        this.stale.set(false);
        this.reloaded.set(false);
        this.error.set(null);
        this.load(id);
      });
    });
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>(`[id="${this.idPrefix()}-heading"]`)
          ?.focus(),
      { injector: this.injector },
    );
  }

  /** Reads the appointment to change, and fills the form with it. */
  private load(id: string, then?: () => void): void {
    this.loading.set(true);
    this.agenda.appointmentToEdit(id).subscribe({
      next: ({ value, etag }) => {
        this.loading.set(false);
        this.etag = etag;
        this.fill(value);
        then?.();
      },
      error: (e) => {
        this.loading.set(false);
        this.error.set(agendaError(e));
      },
    });
  }

  private fill(a: Appointment): void {
    this.original.set(a);
    this.kind.set(a.kind);
    this.title.set(a.title);
    this.performerId.set(a.performer.id);
    this.date.set(dayOf(a.start));
    this.time.set(timeOf(a.start));
    this.duration.set(a.durationMinutes);
    this.location.set(a.location ?? '');
    const repetition = parseRrule(a.rrule);
    this.keptRule.set(repetition ? null : a.rrule);
    const shown = repetition ?? {
      ...NO_REPETITION,
      frequency: a.rrule ? frequencyOf(a.rrule) : 'NONE',
    };
    this.frequency.set(shown.frequency);
    this.days.set(shown.days);
    this.end.set(shown.end);
    this.count.set(shown.count);
    this.until.set(shown.until);
    this.reminder.set(a.reminderMinutes ?? null);
    this.localErrors.set({});
  }

  /** After a 412: the appointment as it is now; the user makes his change again. */
  protected reload(): void {
    const id = this.appointmentId();
    if (!id) return;
    this.error.set(null);
    this.load(id, () => {
      this.stale.set(false);
      this.reloaded.set(true);
      afterNextRender(
        () =>
          this.host.nativeElement
            .querySelector<HTMLElement>(`[id="${this.idPrefix()}-title"]`)
            ?.focus(),
        { injector: this.injector },
      );
    });
  }

  protected describe(rrule: string): string {
    return describeRrule(rrule, this.i18n);
  }

  /** The user sets another repetition in place of the one the form could not show. */
  protected replaceRule(): void {
    this.keptRule.set(null);
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>(`[id="${this.idPrefix()}-frequency"]`)
          ?.focus(),
      { injector: this.injector },
    );
  }

  /** The server's field problems that no field of the form shows. */
  protected readonly otherErrors = computed(() =>
    otherFieldErrors(this.error(), this.i18n, ['title', 'start', 'rrule', 'performerId'], {
      durationMinutes: 'agenda.new.duration',
      location: 'agenda.new.location',
      reminderMinutes: 'agenda.reminder',
      kind: 'agenda.new.kind',
    }),
  );

  protected err(field: string): string {
    return fieldError(this.error(), field, this.localErrors());
  }

  protected toggleDay(d: DayCode, on: boolean): void {
    this.days.update((days) => (on ? [...days, d] : days.filter((x) => x !== d)));
  }

  protected submit(): void {
    if (this.saving()) return;
    const required = this.i18n.t('agenda.required');
    const errors: Record<string, string> = {};
    if (!this.title().trim()) errors['title'] = required;
    if (!this.performerId()) errors['performerId'] = required;
    if (!this.date() || !this.time()) errors['start'] = required;
    if (!this.keptRule() && this.frequency() !== 'NONE' && this.end() === 'UNTIL') {
      if (!this.until() || this.until() < this.date()) {
        errors['rrule'] = this.i18n.t('agenda.new.untilAfterStart');
      }
    }
    this.localErrors.set(errors);
    this.error.set(null);
    this.stale.set(false);
    this.reloaded.set(false);
    if (Object.keys(errors).length) {
      this.focusFirstInvalid();
      return;
    }
    const days = this.days().length ? this.days() : [DAY_CODES[weekday(this.date())]];
    const rrule =
      this.keptRule() ??
      buildRrule(
        {
          frequency: this.frequency(),
          days,
          end: this.end(),
          count: this.count(),
          until: this.until(),
        },
        this.date(),
      );
    const change = {
      title: this.title().trim(),
      location: this.location().trim() || null,
      performerId: this.performerId(),
      start: `${this.date()}T${this.time()}`,
      durationMinutes: this.duration(),
      rrule,
      reminderMinutes: this.reminder(),
    };
    const id = this.appointmentId();
    send(
      id
        ? this.agenda.updateAppointment(id, this.etag, change)
        : this.agenda.createAppointment(this.fileId(), { kind: this.kind(), ...change }),
      { busy: this.saving, error: this.error },
      (a) => this.saved.emit(a),
      (problem) => {
        // Changed by someone else meanwhile: the user's values stay; he reloads, then redoes.
        if (id && problem.status === 412) {
          this.error.set(null);
          this.stale.set(true);
        }
        this.focusFirstInvalid();
      },
    );
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')
          ?.focus(),
      { injector: this.injector },
    );
  }
}
