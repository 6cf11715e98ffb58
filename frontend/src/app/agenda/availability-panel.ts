import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { forkJoin, map, of } from 'rxjs';
import { Session } from '../core/session';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import {
  AgendaApi,
  AgendaError,
  agendaError,
  otherFieldErrors,
  readList,
  send,
} from './agenda-api';
import {
  AgendaDay,
  addDays,
  byDay,
  capitalized,
  dayOf,
  formatCalendarDay,
  parisToday,
  timeOf,
} from './agenda-dates';
import { Slot } from './agenda-models';
import { WhenFields, durationText } from './when-fields';

/** How many days of slots the list shows at once. */
const LIST_DAYS = 28;
const SLOT_DURATIONS = [15, 20, 30, 45, 60, 90, 120];

/**
 * My availability: publish slots (for me or for my structure: a start, a length, how many in a
 * row) that case managers book for their patients; the slots of the coming weeks, booked or free,
 * a free one to withdraw.
 */
@Component({
  selector: 'app-availability-panel',
  imports: [FormsModule, TranslatePipe, WhenFields, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="slots-publish-title" data-testid="availability-publish">
      <h2 id="slots-publish-title">{{ 'agenda.slots.publishTitle' | t }}</h2>
      <p class="muted">{{ 'agenda.slots.intro' | t }}</p>
      <form (ngSubmit)="publish()" novalidate>
        @if (structureName()) {
          <fieldset class="owner">
            <legend>{{ 'agenda.slots.for' | t }}</legend>
            <label class="inline">
              <input
                type="radio"
                name="owner"
                value="me"
                [ngModel]="owner()"
                (ngModelChange)="owner.set($event)"
              />
              {{ 'agenda.slots.forMe' | t }}
            </label>
            <label class="inline">
              <input
                type="radio"
                name="owner"
                value="structure"
                [ngModel]="owner()"
                (ngModelChange)="owner.set($event)"
                data-testid="slots-for-structure"
              />
              {{ 'agenda.slots.forStructure' | t: { name: structureName() } }}
            </label>
          </fieldset>
        }
        <app-when-fields
          idPrefix="slot"
          testIdPrefix="slots"
          [(date)]="date"
          [(time)]="time"
          [(duration)]="duration"
          [durations]="durations"
          [min]="today"
          timeLabel="agenda.slots.firstStart"
          durationLabel="agenda.slots.duration"
        >
          <app-field
            [label]="'agenda.slots.count' | t"
            controlId="slot-count"
            describedBy="slot-count-help"
          >
            <input
              appFieldControl
              type="number"
              name="count"
              min="1"
              max="48"
              [ngModel]="count()"
              (ngModelChange)="count.set(+$event)"
              data-testid="slots-count"
            />
          </app-field>
        </app-when-fields>
        <p class="help" id="slot-count-help">{{ summary() }}</p>
        @if (publishError(); as e) {
          <div class="alert" role="alert" data-testid="slots-publish-error">
            {{ e.messageKey | t: { detail: e.detail ?? '' } }}
            @for (f of fieldErrors(); track f) {
              <div>{{ f }}</div>
            }
          </div>
        }
        <div aria-live="polite">
          @if (published(); as n) {
            <div class="alert ok" data-testid="slots-published">
              {{ 'agenda.slots.published' | t: { count: n } }}
            </div>
          }
        </div>
        <button
          type="submit"
          class="btn"
          [disabled]="saving() || !date() || !time() || count() < 1 || count() > 48"
          data-testid="slots-publish"
        >
          {{ (saving() ? 'agenda.saving' : 'agenda.slots.publish') | t }}
        </button>
      </form>
    </section>

    <section class="card" aria-labelledby="slots-list-title" data-testid="availability-list">
      <h2 id="slots-list-title">{{ 'agenda.slots.listTitle' | t }}</h2>
      <p class="muted" aria-live="polite">
        {{ 'agenda.panel.period' | t: { from: dayLabel(from()), to: dayLabel(lastDay()) } }}
      </p>
      @if (listError(); as e) {
        <div class="alert" role="alert">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
          <button type="button" class="link" (click)="load()">{{ 'common.retry' | t }}</button>
        </div>
      }
      @if (slots(); as all) {
        @if (all.length === 0) {
          <p class="muted" data-testid="slots-empty">{{ 'agenda.slots.empty' | t }}</p>
        }
        @for (d of days(); track d.date) {
          <h3 class="day">{{ heading(d.date) }}</h3>
          <ul class="slots">
            @for (s of d.items; track s.id) {
              <li data-testid="my-slot">
                <span class="time">{{ hhmm(s.start) }}–{{ hhmm(s.end) }}</span>
                @if (s.owner.kind === 'STRUCTURE') {
                  <span class="muted">{{ s.owner.name }}</span>
                }
                @if (s.booked) {
                  <span class="badge booked" data-testid="slot-booked">{{
                    'agenda.slots.booked' | t
                  }}</span>
                } @else {
                  <span class="badge free" data-testid="slot-free">{{
                    'agenda.slots.free' | t
                  }}</span>
                  <button
                    type="button"
                    class="link danger"
                    [disabled]="deleting() === s.id"
                    (click)="remove(s)"
                    [attr.aria-label]="'agenda.slots.deleteNamed' | t: { when: slotLabel(s) }"
                    data-testid="slot-delete"
                  >
                    {{ 'agenda.slots.delete' | t }}
                  </button>
                }
              </li>
            }
          </ul>
        }
        <nav class="pager" [attr.aria-label]="'agenda.panel.pager' | t">
          <button
            type="button"
            class="btn secondary"
            [disabled]="period() === 0"
            (click)="go(period() - 1)"
          >
            {{ 'agenda.panel.earlier' | t }}
          </button>
          <button type="button" class="btn secondary" (click)="go(period() + 1)">
            {{ 'agenda.panel.later' | t }}
          </button>
        </nav>
      } @else if (!listError()) {
        <p class="muted" aria-live="polite">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    fieldset {
      border: none;
      padding: 0;
      margin: 0 0 0.6rem;
    }
    legend {
      font-weight: 600;
      margin-bottom: 0.2rem;
    }
    label.inline {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      font-weight: 400;
      margin-right: 1rem;
      min-height: 2.75rem;
    }
    label.inline input {
      width: auto;
      min-height: 0;
    }
    .help {
      margin-top: -0.4rem;
      font-size: 0.9rem;
      color: var(--muted);
    }
    h3.day {
      font-size: 0.95rem;
      margin: 0.75rem 0 0.25rem;
    }
    .slots {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .slots li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.2rem 0.6rem;
      align-items: center;
      padding: 0.25rem 0;
      border-bottom: 1px solid var(--line);
      min-height: 2.75rem;
    }
    .time {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .badge.free {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .badge.booked {
      background: var(--important-bg);
      color: var(--important);
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.75rem;
    }
  `,
})
export class AvailabilityPanel {
  private readonly api = inject(AgendaApi);
  private readonly session = inject(Session);
  private readonly i18n = inject(I18n);

  protected readonly today = parisToday();
  protected readonly durations = SLOT_DURATIONS;
  protected readonly owner = signal<'me' | 'structure'>('me');
  protected readonly date = signal(addDays(parisToday(), 1));
  protected readonly time = signal('09:00');
  protected readonly duration = signal(30);
  protected readonly count = signal(4);
  protected readonly saving = signal(false);
  protected readonly publishError = signal<AgendaError | null>(null);
  protected readonly published = signal<number | null>(null);

  protected readonly period = signal(0);
  protected readonly from = computed(() => addDays(this.today, LIST_DAYS * this.period()));
  protected readonly lastDay = computed(() => addDays(this.from(), LIST_DAYS - 1));
  protected readonly slots = signal<Slot[] | null>(null);
  protected readonly listError = signal<AgendaError | null>(null);
  protected readonly deleting = signal<string | null>(null);

  protected readonly structure = computed(
    () => this.session.user()?.professional.structure ?? null,
  );
  protected readonly structureName = computed(() => this.structure()?.name ?? '');
  protected readonly days = computed<AgendaDay<Slot>[]>(() => byDay(this.slots() ?? []));
  protected readonly summary = computed(() => {
    const n = Math.max(1, this.count() || 1);
    const start = this.time() || '09:00';
    const [h, m] = start.split(':').map(Number);
    const endMinutes = h * 60 + m + n * this.duration();
    const end = `${String(Math.floor(endMinutes / 60) % 24).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`;
    return this.i18n.t('agenda.slots.summary', {
      count: n,
      duration: durationText(this.duration(), this.i18n),
      start,
      end,
    });
  });
  protected readonly fieldErrors = computed(() => otherFieldErrors(this.publishError(), this.i18n));

  constructor() {
    // The structure's slots too, once the session says which structure.
    effect(() => {
      this.structure();
      untracked(() => this.load());
    });
  }

  /** Reads the slots again; `then` runs once they are shown (e.g. to keep an error). */
  protected load(then?: () => void): void {
    const from = this.from();
    const to = addDays(from, LIST_DAYS);
    const structureId = this.structure()?.id;
    const mineAndStructure = forkJoin([
      this.api.availability({}, from, to),
      structureId ? this.api.availability({ structureId }, from, to) : of([] as Slot[]),
    ]).pipe(
      map(([mine, structure]) => {
        const seen = new Set<string>();
        const all = [...mine, ...structure].filter((s) => !seen.has(s.id) && !!seen.add(s.id));
        return all.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
      }),
    );
    readList(mineAndStructure, { list: this.slots, error: this.listError }, false, then);
  }

  protected go(period: number): void {
    this.period.set(Math.max(0, period));
    this.slots.set(null);
    this.load();
  }

  protected publish(): void {
    if (this.saving()) return;
    this.published.set(null);
    send(
      this.api.publishSlots({
        structureId: this.owner() === 'structure' ? (this.structure()?.id ?? null) : null,
        start: `${this.date()}T${this.time()}`,
        durationMinutes: this.duration(),
        count: this.count(),
      }),
      { busy: this.saving, error: this.publishError },
      (slots) => {
        this.published.set(slots.length);
        this.load();
      },
    );
  }

  protected remove(s: Slot): void {
    this.deleting.set(s.id);
    this.listError.set(null);
    this.api.deleteSlot(s.id).subscribe({
      next: () => {
        this.deleting.set(null);
        this.slots.update((list) => (list ?? []).filter((x) => x.id !== s.id));
      },
      error: (e) => {
        this.deleting.set(null);
        const problem = agendaError(e);
        // The list shows what is true now (e.g. booked meanwhile), then why it was not withdrawn.
        this.load(() => this.listError.set(problem));
      },
    });
  }

  protected heading(date: string): string {
    return capitalized(this.dayLabel(date));
  }

  protected dayLabel(date: string): string {
    return formatCalendarDay(date, this.i18n.lang());
  }

  protected hhmm(local: string): string {
    return timeOf(local);
  }

  protected slotLabel(s: Slot): string {
    return `${this.dayLabel(dayOf(s.start))} ${timeOf(s.start)}`;
  }
}
