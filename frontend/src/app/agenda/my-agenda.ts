import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { Subscription, debounceTime, filter } from 'rxjs';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { LiveEvents } from '../live/live-events';
import { AgendaCalendar, CALENDAR_VIEWS, CalendarView } from './agenda-calendar';
import { AgendaApi, AgendaError, readList } from './agenda-api';
import {
  addDays,
  addMonths,
  capitalized,
  formatCalendarDay,
  formatMonth,
  isDate,
  monthWeeks,
  parisToday,
  startOfWeek,
} from './agenda-dates';
import { Occurrence } from './agenda-models';
import { AvailabilityPanel } from './availability-panel';
import { FeedPanel } from './feed-panel';
import { OccurrenceDetails } from './occurrence-details';

export type AgendaTab = 'calendar' | 'slots' | 'feed';
const TABS: AgendaTab[] = ['calendar', 'slots', 'feed'];

/**
 * "Mon agenda": what I perform and the meetings I organise or am invited to, by day, week or
 * month (`/agenda?date=2026-12-03&view=week`), kept up to date by the live stream; my
 * availability slots; the subscription of my own calendar application.
 */
@Component({
  selector: 'app-my-agenda',
  imports: [
    RouterLink,
    TranslatePipe,
    AgendaCalendar,
    OccurrenceDetails,
    AvailabilityPanel,
    FeedPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="heading">
      <h1>{{ 'agenda.my.title' | t }}</h1>
    </div>
    <nav class="tabs" [attr.aria-label]="'agenda.my.sections' | t">
      @for (t of tabs; track t) {
        <a
          [routerLink]="[]"
          [queryParams]="{ tab: t === 'calendar' ? null : t }"
          queryParamsHandling="merge"
          [class.active]="shownTab() === t"
          [attr.aria-current]="shownTab() === t ? 'page' : null"
          [attr.data-testid]="'agenda-tab-' + t"
          >{{ 'agenda.my.tab.' + t | t }}</a
        >
      }
    </nav>

    @switch (shownTab()) {
      @case ('slots') {
        <app-availability-panel />
      }
      @case ('feed') {
        <app-feed-panel />
      }
      @default {
        <section class="card calendar" aria-labelledby="agenda-range" data-testid="my-agenda">
          <div class="toolbar">
            <div class="views" role="group" [attr.aria-label]="'agenda.my.viewLabel' | t">
              @for (v of views; track v) {
                <button
                  type="button"
                  class="seg"
                  [attr.aria-pressed]="shownView() === v"
                  (click)="go(focus(), v)"
                  [attr.data-testid]="'agenda-view-' + v"
                >
                  {{ 'agenda.my.view.' + v | t }}
                </button>
              }
            </div>
            <div class="moves">
              <button
                type="button"
                class="btn secondary"
                (click)="step(-1)"
                [attr.aria-label]="'agenda.my.previous.' + shownView() | t"
                data-testid="agenda-previous"
              >
                <span aria-hidden="true">‹</span>
              </button>
              <button
                type="button"
                class="btn secondary"
                (click)="go(today(), shownView())"
                data-testid="agenda-today"
              >
                {{ 'agenda.my.today' | t }}
              </button>
              <button
                type="button"
                class="btn secondary"
                (click)="step(1)"
                [attr.aria-label]="'agenda.my.next.' + shownView() | t"
                data-testid="agenda-next"
              >
                <span aria-hidden="true">›</span>
              </button>
            </div>
          </div>
          <h2 id="agenda-range" aria-live="polite" data-testid="agenda-range">
            {{ rangeLabel() }}
          </h2>
          @if (error(); as e) {
            <div class="alert" role="alert">
              {{ e.messageKey | t: { detail: e.detail ?? '' } }}
              <button type="button" class="link" (click)="load()">{{ 'common.retry' | t }}</button>
            </div>
          }
          @if (occurrences(); as list) {
            @if (pending(); as n) {
              <p class="pending" data-testid="agenda-pending">
                {{ (n === 1 ? 'agenda.my.pendingOne' : 'agenda.my.pendingMany') | t: { count: n } }}
              </p>
            }
            <app-agenda-calendar
              [view]="shownView()"
              [date]="focus()"
              [occurrences]="list"
              [selectedKey]="selectedKey()"
              (choose)="select($event)"
              (pick)="go($event, 'month')"
            />
            @if (list.length === 0 && shownView() !== 'day') {
              <p class="muted" data-testid="agenda-empty">{{ 'agenda.my.empty' | t }}</p>
            }
          } @else if (!error()) {
            <p class="muted" aria-live="polite">{{ 'common.loading' | t }}</p>
          }
          @if (selected(); as o) {
            <app-occurrence-details [occurrence]="o" (closed)="selected.set(null)" />
          }
        </section>
      }
    }
  `,
  styles: `
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin: 0 0 1rem;
      border-bottom: 2px solid var(--line);
    }
    .tabs a {
      padding: 0.55rem 0.9rem;
      text-decoration: none;
      border-radius: 0.4rem 0.4rem 0 0;
      color: var(--brand-dark);
      font-weight: 600;
      margin-bottom: -2px;
      border-bottom: 3px solid transparent;
    }
    .tabs a.active {
      border-bottom-color: var(--brand-dark);
      background: #fff;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.5rem;
      margin-bottom: 0.5rem;
    }
    .views {
      display: inline-flex;
    }
    .seg {
      font: inherit;
      font-weight: 600;
      min-height: 2.75rem;
      padding: 0 0.9rem;
      border: 1px solid var(--brand-dark);
      background: #fff;
      color: var(--brand-dark);
      cursor: pointer;
    }
    .seg + .seg {
      border-left: none;
    }
    .seg:first-child {
      border-radius: 0.5rem 0 0 0.5rem;
    }
    .seg:last-child {
      border-radius: 0 0.5rem 0.5rem 0;
    }
    .seg[aria-pressed='true'] {
      background: var(--brand-dark);
      color: #fff;
    }
    .moves {
      display: inline-flex;
      gap: 0.35rem;
    }
    .moves .btn {
      padding: 0.55rem 0.8rem;
    }
    .pending {
      background: var(--important-bg);
      color: var(--important);
      border-radius: 0.4rem;
      padding: 0.4rem 0.6rem;
      font-weight: 600;
    }
    @media (max-width: 30rem) {
      .calendar {
        padding: 0.75rem 0.6rem;
      }
      .views,
      .moves {
        flex: 1 1 100%;
      }
      .seg,
      .moves .btn {
        flex: 1 1 0;
        justify-content: center;
      }
    }
  `,
})
export class MyAgenda {
  private readonly api = inject(AgendaApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  /** Query parameters: the day to show, the view, the tab. */
  readonly date = input<string | undefined>(undefined);
  readonly view = input<string | undefined>(undefined);
  readonly tab = input<string | undefined>(undefined);

  protected readonly views = CALENDAR_VIEWS;
  protected readonly tabs = TABS;
  protected readonly today = signal(parisToday());
  protected readonly focus = computed(() => {
    const d = this.date();
    return isDate(d) ? d : this.today();
  });
  protected readonly shownView = computed<CalendarView>(() => {
    const v = this.view();
    if ((CALENDAR_VIEWS as string[]).includes(v ?? '')) return v as CalendarView;
    // A link to one day (a reminder) opens that day.
    return isDate(this.date()) ? 'day' : 'week';
  });
  protected readonly shownTab = computed<AgendaTab>(() => {
    const t = this.tab();
    return (TABS as string[]).includes(t ?? '') ? (t as AgendaTab) : 'calendar';
  });
  /** The Paris dates read: [from, to). */
  protected readonly range = computed(() => {
    const d = this.focus();
    switch (this.shownView()) {
      case 'day':
        return { from: d, to: addDays(d, 1) };
      case 'week': {
        const from = startOfWeek(d);
        return { from, to: addDays(from, 7) };
      }
      case 'month': {
        const weeks = monthWeeks(d);
        return { from: weeks[0][0], to: addDays(weeks[weeks.length - 1][6], 1) };
      }
    }
  });
  protected readonly rangeLabel = computed(() => capitalized(this.rawRangeLabel()));
  private readonly rawRangeLabel = computed(() => {
    const lang = this.i18n.lang();
    const { from, to } = this.range();
    switch (this.shownView()) {
      case 'day':
        return formatCalendarDay(from, lang, {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        });
      case 'week':
        return this.i18n.t('agenda.my.weekOf', {
          from: formatCalendarDay(from, lang, { day: 'numeric', month: 'long' }),
          to: formatCalendarDay(addDays(to, -1), lang, {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
          }),
        });
      case 'month':
        return formatMonth(this.focus(), lang);
    }
  });
  protected readonly occurrences = signal<Occurrence[] | null>(null);
  protected readonly error = signal<AgendaError | null>(null);
  protected readonly selected = signal<Occurrence | null>(null);
  protected readonly selectedKey = computed(() => {
    const o = this.selected();
    return o ? `${o.appointmentId}|${o.occurrence}` : null;
  });
  /** Invitations I have not answered yet, in what is shown. */
  protected readonly pending = computed(
    () => (this.occurrences() ?? []).filter((o) => o.myAnswer === 'PENDING').length,
  );
  private loading: Subscription | undefined;

  constructor() {
    effect(() => {
      const { from, to } = this.range();
      if (this.shownTab() !== 'calendar') return;
      untracked(() => {
        this.occurrences.set(null);
        this.selected.set(null);
        this.load(from, to);
      });
    });
    inject(LiveEvents)
      .events.pipe(
        filter((e) => e.type === 'agenda' || e.type === 'reconnected'),
        debounceTime(300),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        if (this.shownTab() === 'calendar') this.load(undefined, undefined, true);
      });
  }

  protected load(from = this.range().from, to = this.range().to, quiet = false): void {
    this.loading?.unsubscribe();
    this.today.set(parisToday());
    this.loading = readList(
      this.api.myAgenda(from, to),
      { list: this.occurrences, error: this.error },
      quiet,
      (list) => {
        // The details follow the occurrence, or close when it is gone.
        const key = this.selectedKey();
        if (key) {
          this.selected.set(list.find((o) => `${o.appointmentId}|${o.occurrence}` === key) ?? null);
        }
      },
    );
  }

  protected go(date: string, view: CalendarView): void {
    void this.router.navigate([], {
      queryParams: { date, view },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected step(direction: 1 | -1): void {
    const d = this.focus();
    switch (this.shownView()) {
      case 'day':
        return this.go(addDays(d, direction), 'day');
      case 'week':
        return this.go(addDays(d, 7 * direction), 'week');
      case 'month':
        return this.go(addMonths(d, direction), 'month');
    }
  }

  protected select(o: Occurrence): void {
    this.selected.set(this.selectedKey() === `${o.appointmentId}|${o.occurrence}` ? null : o);
  }
}
