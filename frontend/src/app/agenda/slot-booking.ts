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
import { Subscription } from 'rxjs';
import { DirectoryEntry, DirectoryPicker, isProfessional } from '../directory/directory-picker';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { AgendaApi, AgendaError, agendaError, send } from './agenda-api';
import {
  AgendaDay,
  addDays,
  byDay,
  capitalized,
  dayOf,
  formatCalendarDay,
  isDate,
  parisLocal,
  parisToday,
  timeOf,
} from './agenda-dates';
import { APPOINTMENT_KINDS, Appointment, AppointmentKind, Slot } from './agenda-models';
import { ReminderField } from './when-fields';

/** How many days of free slots are shown at once. */
const BOOKING_DAYS = 14;

type OwnerKind = 'PROFESSIONAL' | 'STRUCTURE';

/** Whose slots are booked: a professional or a structure, found in the directory. */
interface SlotOwner {
  kind: OwnerKind;
  id: string;
  name: string;
  /** "Infirmier(e), Cabinet infirmier du Centre", "Cabinet infirmier, Orléans". */
  detail: string;
}

/**
 * "Réserver un créneau" for a patient (his case manager): a professional or a structure found in
 * the directory, its free slots of 14 days (from today, or from a date chosen), one chosen, a
 * title; the booking makes the appointment. A slot someone else booked first is said so, and the
 * slots are read again.
 */
@Component({
  selector: 'app-slot-booking',
  imports: [FormsModule, TranslatePipe, DirectoryPicker, ReminderField, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="booking" data-testid="slot-booking">
      <h3 id="slot-booking-title" tabindex="-1">{{ 'agenda.book.title' | t }}</h3>
      @if (owner(); as o) {
        <p class="chosen" id="slot-owner-chosen" tabindex="-1" data-testid="slot-owner-chosen">
          <span
            >{{ 'agenda.book.with' | t }} <strong>{{ o.name }}</strong>
            <span class="muted"> — {{ o.detail }}</span>
          </span>
          <button type="button" class="link" (click)="changeOwner()" data-testid="slot-change">
            {{
              (o.kind === 'STRUCTURE' ? 'agenda.book.changeStructure' : 'agenda.book.change') | t
            }}
          </button>
        </p>
      } @else {
        <fieldset class="owner-kind">
          <legend>{{ 'agenda.book.ownerKind' | t }}</legend>
          @for (k of ownerKinds; track k) {
            <label class="inline">
              <input
                type="radio"
                name="slot-owner-kind"
                [value]="k"
                [ngModel]="ownerKind()"
                (ngModelChange)="ownerKind.set($event)"
                [attr.data-testid]="'slot-owner-' + k"
              />
              {{ 'agenda.book.owner.' + k | t }}
            </label>
          }
        </fieldset>
        @if (ownerKind() === 'STRUCTURE') {
          <app-directory-picker
            kind="structure"
            inputId="slot-structure"
            (picked)="choose($event)"
          />
        } @else {
          <app-directory-picker
            kind="professional"
            inputId="slot-professional"
            [label]="'agenda.book.search' | t"
            (picked)="choose($event)"
          />
        }
      }

      @if (error(); as e) {
        <div class="alert" role="alert" tabindex="-1" data-testid="slot-booking-error">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
        </div>
      }

      @if (owner()) {
        <div class="window">
          <app-field [label]="'agenda.book.from' | t" controlId="slot-from">
            <input
              appFieldControl
              type="date"
              [min]="today"
              [value]="from()"
              (change)="setFrom($any($event.target).value)"
              data-testid="slot-from"
            />
          </app-field>
          <div class="pager" role="group" [attr.aria-label]="'agenda.book.slots' | t: period()">
            <button
              type="button"
              class="btn secondary"
              [disabled]="from() <= today"
              (click)="setFrom(addDays(from(), -bookingDays))"
              data-testid="slot-earlier"
            >
              {{ 'agenda.panel.earlier' | t }}
            </button>
            <button
              type="button"
              class="btn secondary"
              (click)="setFrom(addDays(from(), bookingDays))"
              data-testid="slot-later"
            >
              {{ 'agenda.panel.later' | t }}
            </button>
          </div>
        </div>
        @if (slots(); as all) {
          @if (days().length === 0) {
            <p class="muted" data-testid="slots-none">{{ 'agenda.book.none' | t: period() }}</p>
          } @else {
            <form (ngSubmit)="book()" novalidate>
              <fieldset>
                <legend>{{ 'agenda.book.slots' | t: period() }}</legend>
                @for (d of days(); track d.date) {
                  <p class="day">{{ dayLabel(d.date) }}</p>
                  <div class="slots">
                    @for (s of d.items; track s.id) {
                      <label class="slot" [class.checked]="slotId() === s.id">
                        <input
                          type="radio"
                          name="slot"
                          [value]="s.id"
                          [ngModel]="slotId()"
                          (ngModelChange)="slotId.set($event)"
                          [attr.aria-label]="slotLabel(s)"
                          data-testid="slot-option"
                        />
                        {{ time(s.start) }}–{{ time(s.end) }}
                      </label>
                    }
                  </div>
                }
              </fieldset>
              <app-field [label]="'agenda.new.titleField' | t" controlId="slot-title">
                <input
                  appFieldControl
                  name="title"
                  maxlength="200"
                  autocomplete="off"
                  [ngModel]="title()"
                  (ngModelChange)="title.set($event)"
                  data-testid="slot-title"
                />
              </app-field>
              <div class="row">
                <app-field [label]="'agenda.new.kind' | t" controlId="slot-kind">
                  <select
                    appFieldControl
                    name="kind"
                    [ngModel]="kind()"
                    (ngModelChange)="kind.set($event)"
                  >
                    @for (k of kinds; track k) {
                      <option [value]="k">{{ 'agenda.kindLong.' + k | t }}</option>
                    }
                  </select>
                </app-field>
                <app-reminder-field idPrefix="slot" testIdPrefix="slot" [(reminder)]="reminder" />
              </div>
              <app-field [label]="'agenda.new.location' | t" controlId="slot-location">
                <input
                  appFieldControl
                  name="location"
                  maxlength="300"
                  autocomplete="off"
                  [ngModel]="location()"
                  (ngModelChange)="location.set($event)"
                />
              </app-field>
              <div class="buttons">
                <button
                  type="submit"
                  class="btn"
                  [disabled]="saving() || !slotId() || !title().trim()"
                  data-testid="slot-book"
                >
                  {{ (saving() ? 'agenda.saving' : 'agenda.book.submit') | t }}
                </button>
                <button type="button" class="btn secondary" (click)="cancelled.emit()">
                  {{ 'common.cancel' | t }}
                </button>
              </div>
            </form>
          }
          <span class="visually-hidden" aria-live="polite">{{
            'agenda.book.count' | t: { count: all.length }
          }}</span>
        } @else if (!error()) {
          <p class="muted" aria-live="polite">{{ 'common.loading' | t }}</p>
        }
      }
      @if (!owner() || days().length === 0) {
        <button type="button" class="btn secondary" (click)="cancelled.emit()">
          {{ 'common.cancel' | t }}
        </button>
      }
    </div>
  `,
  styles: `
    .booking {
      border-top: 1px solid var(--line);
      padding-top: 0.75rem;
      margin-top: 0.75rem;
    }
    h3 {
      font-size: 1rem;
      margin: 0 0 0.6rem;
    }
    .owner-kind label.inline {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      font-weight: 400;
      margin: 0 1rem 0 0;
      min-height: 2.75rem;
    }
    .owner-kind input {
      width: auto;
      min-height: 0;
    }
    .window {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0 0.75rem;
    }
    .window .field {
      flex: 0 1 12rem;
    }
    .pager {
      display: flex;
      gap: 0.5rem;
      margin-bottom: 0.9rem;
    }
    .chosen {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      align-items: baseline;
    }
    fieldset {
      border: 1px solid var(--line);
      border-radius: 0.5rem;
      padding: 0.5rem 0.75rem;
      margin: 0 0 0.9rem;
      min-width: 0;
    }
    legend {
      font-weight: 600;
    }
    .day {
      margin: 0.4rem 0 0.2rem;
      font-weight: 600;
    }
    .slots {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
    }
    .slot {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      font-weight: 400;
      border: 1px solid #8a94a3;
      border-radius: 0.45rem;
      padding: 0 0.6rem;
      min-height: 2.75rem;
      margin: 0;
      cursor: pointer;
      font-variant-numeric: tabular-nums;
    }
    .slot.checked {
      border-color: var(--brand-dark);
      background: #e3ecf3;
      font-weight: 700;
    }
    .slot input {
      width: auto;
      min-height: 0;
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
      gap: 0 0.75rem;
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
export class SlotBooking {
  private readonly api = inject(AgendaApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  readonly fileId = input.required<string>();
  readonly booked = output<Appointment>();
  readonly cancelled = output<void>();

  protected readonly kinds = APPOINTMENT_KINDS;
  protected readonly ownerKinds: OwnerKind[] = ['PROFESSIONAL', 'STRUCTURE'];
  protected readonly bookingDays = BOOKING_DAYS;
  protected readonly addDays = addDays;
  protected readonly today = parisToday();
  protected readonly ownerKind = signal<OwnerKind>('PROFESSIONAL');
  protected readonly owner = signal<SlotOwner | null>(null);
  /** The first day of the slots shown. */
  protected readonly from = signal(this.today);
  protected readonly period = computed(() => ({
    from: this.dayText(this.from()),
    to: this.dayText(addDays(this.from(), BOOKING_DAYS - 1)),
  }));
  private reading: Subscription | undefined;
  protected readonly slots = signal<Slot[] | null>(null);
  protected readonly slotId = signal('');
  protected readonly title = signal('');
  protected readonly kind = signal<AppointmentKind>('APPOINTMENT');
  protected readonly location = signal('');
  protected readonly reminder = signal<number | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<AgendaError | null>(null);

  /** The free slots still to come, by day. */
  protected readonly days = computed<AgendaDay<Slot>[]>(() => {
    const now = parisLocal(new Date());
    return byDay((this.slots() ?? []).filter((s) => !s.booked && s.start > now));
  });

  constructor() {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('#slot-booking-title')?.focus(),
      { injector: this.injector },
    );
  }

  protected choose(entry: DirectoryEntry | null): void {
    if (!entry) return;
    if (isProfessional(entry)) {
      this.chooseOwner({
        kind: 'PROFESSIONAL',
        id: entry.id,
        name: `${entry.firstName} ${entry.lastName}`,
        detail: `${this.professionLabel(entry.profession)}, ${entry.structure.name}`,
      });
      return;
    }
    const type = this.i18n.t('directory.type.' + entry.type);
    this.chooseOwner({
      kind: 'STRUCTURE',
      id: entry.id,
      name: entry.name,
      detail: [type === 'directory.type.' + entry.type ? '' : type, entry.commune]
        .filter(Boolean)
        .join(', '),
    });
  }

  private chooseOwner(owner: SlotOwner): void {
    this.owner.set(owner);
    this.error.set(null);
    this.loadSlots();
    // The search that had the focus is gone: the choice takes it.
    afterNextRender(() => document.getElementById('slot-owner-chosen')?.focus(), {
      injector: this.injector,
    });
  }

  protected changeOwner(): void {
    const kind = this.owner()?.kind;
    this.reading?.unsubscribe();
    this.owner.set(null);
    this.slots.set(null);
    this.slotId.set('');
    this.error.set(null);
    afterNextRender(
      () =>
        document
          .getElementById(kind === 'STRUCTURE' ? 'slot-structure' : 'slot-professional')
          ?.focus(),
      { injector: this.injector },
    );
  }

  /** The slots from another day (today at the earliest). */
  protected setFrom(date: string): void {
    if (!isDate(date)) return;
    this.from.set(date < this.today ? this.today : date);
    this.loadSlots();
  }

  private loadSlots(): void {
    const o = this.owner();
    if (!o) return;
    const from = this.from();
    const owner = o.kind === 'STRUCTURE' ? { structureId: o.id } : { professionalId: o.id };
    this.slots.set(null);
    this.reading?.unsubscribe();
    this.reading = this.api.availability(owner, from, addDays(from, BOOKING_DAYS)).subscribe({
      next: (slots) => {
        this.slots.set(slots);
        if (!slots.some((s) => s.id === this.slotId() && !s.booked)) this.slotId.set('');
      },
      error: (e) => this.error.set(agendaError(e)),
    });
  }

  protected book(): void {
    const slotId = this.slotId();
    if (!slotId || !this.title().trim() || this.saving()) return;
    send(
      this.api.book(slotId, {
        fileId: this.fileId(),
        title: this.title().trim(),
        kind: this.kind(),
        location: this.location().trim() || null,
        reminderMinutes: this.reminder(),
      }),
      { busy: this.saving, error: this.error },
      (a) => this.booked.emit(a),
      (problem) => {
        // Booked by someone else first: the slots as they are now.
        if (problem.status === 409) {
          this.slotId.set('');
          this.loadSlots();
        }
        afterNextRender(
          () =>
            this.host.nativeElement
              .querySelector<HTMLElement>('[data-testid="slot-booking-error"]')
              ?.focus(),
          { injector: this.injector },
        );
      },
    );
  }

  protected dayLabel(date: string): string {
    return capitalized(formatCalendarDay(date, this.i18n.lang()));
  }

  private dayText(date: string): string {
    return formatCalendarDay(date, this.i18n.lang());
  }

  protected time(local: string): string {
    return timeOf(local);
  }

  protected slotLabel(s: Slot): string {
    return `${this.dayLabel(dayOf(s.start))}, ${timeOf(s.start)}–${timeOf(s.end)}`;
  }

  protected professionLabel(profession: string): string {
    const key = 'profession.' + profession;
    const text = this.i18n.t(key);
    return text === key ? profession : text;
  }
}
