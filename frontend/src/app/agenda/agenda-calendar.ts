import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18n, TranslatePipe } from '../i18n/i18n';
import {
  addDays,
  capitalized,
  dayOf,
  everyDay,
  formatCalendarDay,
  monthWeeks,
  parisToday,
  startOfWeek,
  timeOf,
  weekdayNames,
} from './agenda-dates';
import { Occurrence } from './agenda-models';
import { OccurrenceLine } from './occurrence-line';

export type CalendarView = 'day' | 'week' | 'month';
export const CALENDAR_VIEWS: CalendarView[] = ['day', 'week', 'month'];

/**
 * My agenda drawn as a day (a list), a week (seven columns; one list by day on a phone) or a month
 * (a grid with the titles, dots on a phone, and the chosen day's list below). A meeting opens its
 * page; an appointment is chosen to show its details.
 */
@Component({
  selector: 'app-agenda-calendar',
  imports: [NgTemplateOutlet, RouterLink, TranslatePipe, OccurrenceLine],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-template #item let-o>
      @if (o.kind === 'MEETING') {
        <a
          class="item meeting"
          [routerLink]="['/agenda/meetings', o.appointmentId]"
          data-testid="agenda-item"
        >
          <app-occurrence-line [occurrence]="o" [showPerformer]="false" />
        </a>
      } @else {
        <button
          type="button"
          class="item"
          [class.selected]="selectedKey() === key(o)"
          [attr.aria-expanded]="selectedKey() === key(o)"
          (click)="choose.emit(o)"
          data-testid="agenda-item"
        >
          <app-occurrence-line [occurrence]="o" [showPerformer]="false" />
        </button>
      }
    </ng-template>

    @switch (view()) {
      @case ('day') {
        <div class="day-view" data-testid="agenda-day-view">
          @for (o of dayItems(); track key(o)) {
            <ng-container *ngTemplateOutlet="item; context: { $implicit: o }" />
          } @empty {
            <p class="muted empty" data-testid="agenda-empty-day">{{ 'agenda.my.emptyDay' | t }}</p>
          }
        </div>
      }
      @case ('week') {
        <ol class="week" data-testid="agenda-week-view">
          @for (d of weekDays(); track d.date) {
            <li class="wday" [class.today]="d.date === today()" [class.empty]="!d.items.length">
              <h3 class="wday-title">
                <span class="long">{{ dayLabel(d.date) }}</span>
                <span class="short" aria-hidden="true"
                  ><span class="wd">{{ shortName(d.date) }}</span
                  ><span class="num">{{ dayNumber(d.date) }}</span></span
                >
              </h3>
              @for (o of d.items; track key(o)) {
                <ng-container *ngTemplateOutlet="item; context: { $implicit: o }" />
              } @empty {
                <p class="none">{{ 'agenda.my.nothing' | t }}</p>
              }
            </li>
          }
        </ol>
      }
      @case ('month') {
        <table class="month" data-testid="agenda-month-view">
          <caption class="visually-hidden">
            {{
              'agenda.my.monthCaption' | t
            }}
          </caption>
          <thead>
            <tr>
              @for (n of names(); track $index) {
                <th scope="col" [attr.abbr]="longNames()[$index]">{{ n }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (w of weeks(); track w[0]) {
              <tr>
                @for (d of w; track d) {
                  <td
                    [class.other]="d.slice(0, 7) !== date().slice(0, 7)"
                    [class.today]="d === today()"
                    [class.chosen]="d === date()"
                  >
                    <button
                      type="button"
                      class="cell"
                      [attr.aria-pressed]="d === date()"
                      [attr.aria-label]="cellLabel(d)"
                      (click)="pick.emit(d)"
                      data-testid="agenda-month-day"
                      [attr.data-date]="d"
                    >
                      <span class="num">{{ dayNumber(d) }}</span>
                      @if (countOf(d); as n) {
                        <span class="dots" aria-hidden="true">
                          @for (x of dotsOf(n); track $index) {
                            <span class="dot"></span>
                          }
                        </span>
                        <span class="titles" aria-hidden="true">
                          @for (o of itemsOf(d).slice(0, 2); track key(o)) {
                            <span class="t">{{ time(o.start) }} {{ o.title }}</span>
                          }
                          @if (n > 2) {
                            <span class="t more">+{{ n - 2 }}</span>
                          }
                        </span>
                      }
                    </button>
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
        <h3 class="chosen-title" data-testid="agenda-chosen-day">{{ dayLabel(date()) }}</h3>
        <div class="day-view">
          @for (o of dayItems(); track key(o)) {
            <ng-container *ngTemplateOutlet="item; context: { $implicit: o }" />
          } @empty {
            <p class="muted empty">{{ 'agenda.my.emptyDay' | t }}</p>
          }
        </div>
      }
    }
  `,
  styles: `
    .item {
      display: block;
      width: 100%;
      text-align: left;
      font: inherit;
      color: inherit;
      text-decoration: none;
      background: #fff;
      border: 1px solid var(--line);
      border-left: 4px solid var(--brand);
      border-radius: 0.4rem;
      padding: 0.4rem 0.5rem;
      margin: 0 0 0.35rem;
      cursor: pointer;
      min-height: 2.75rem;
    }
    .item.meeting {
      border-left-color: #5b2a86;
    }
    .item:hover,
    .item.selected {
      border-color: var(--brand-dark);
      background: #f1f6fa;
    }
    .empty {
      margin: 0.5rem 0;
    }
    .week {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      grid-template-columns: repeat(7, minmax(0, 1fr));
      gap: 0.35rem;
    }
    .wday {
      min-width: 0;
      background: #f8fafc;
      border-radius: 0.4rem;
      padding: 0.3rem;
    }
    .wday.today {
      outline: 2px solid var(--brand);
    }
    .wday-title {
      font-size: 0.85rem;
      margin: 0 0 0.3rem;
    }
    .wday-title .long {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .wday-title .num {
      margin-left: 0.3rem;
    }
    .week .item {
      font-size: 0.85rem;
      padding: 0.3rem 0.35rem;
    }
    /* A narrow column: the time above the title. */
    .week app-occurrence-line {
      display: block;
    }
    .none {
      color: var(--muted);
      font-size: 0.85rem;
      margin: 0;
    }
    .month {
      width: 100%;
      table-layout: fixed;
      border-collapse: collapse;
    }
    .month th {
      font-size: 0.8rem;
      color: var(--muted);
      padding: 0.2rem 0;
    }
    .month td {
      border: 1px solid var(--line);
      padding: 0;
      vertical-align: top;
    }
    .cell {
      display: flex;
      flex-direction: column;
      justify-content: flex-start;
      width: 100%;
      min-height: 5.5rem;
      padding: 0.2rem 0.25rem;
      background: #fff;
      border: none;
      font: inherit;
      text-align: left;
      cursor: pointer;
      color: inherit;
    }
    td.other .cell {
      background: #f4f6f9;
      color: var(--muted);
    }
    td.today .num {
      background: var(--brand-dark);
      color: #fff;
      border-radius: 999px;
      padding: 0 0.35rem;
    }
    td.chosen .cell {
      box-shadow: inset 0 0 0 2px var(--brand-dark);
    }
    .titles .t {
      display: block;
      font-size: 0.75rem;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .dots {
      display: none;
    }
    .dot {
      width: 0.4rem;
      height: 0.4rem;
      border-radius: 999px;
      background: var(--brand-dark);
    }
    .chosen-title {
      font-size: 1rem;
      margin: 1rem 0 0.4rem;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    @media (max-width: 48rem) {
      .week {
        grid-template-columns: 1fr;
      }
      .week app-occurrence-line {
        display: flex;
      }
      .wday-title .long {
        position: static;
        width: auto;
        height: auto;
        clip: auto;
      }
      .wday-title .short {
        display: none;
      }
      .wday.empty {
        display: flex;
        gap: 0.5rem;
        align-items: baseline;
      }
      .cell {
        min-height: 3rem;
        align-items: center;
      }
      .titles {
        display: none;
      }
      .dots {
        display: flex;
        justify-content: center;
        gap: 0.15rem;
        margin-top: 0.2rem;
      }
    }
  `,
})
export class AgendaCalendar {
  private readonly i18n = inject(I18n);
  readonly view = input.required<CalendarView>();
  /** The chosen day (the day shown, in the week or month shown). */
  readonly date = input.required<string>();
  readonly occurrences = input.required<Occurrence[]>();
  /** The appointment whose details are shown. */
  readonly selectedKey = input<string | null>(null);
  readonly choose = output<Occurrence>();
  readonly pick = output<string>();

  protected readonly today = computed(() => parisToday());
  protected readonly names = computed(() => weekdayNames(this.i18n.lang(), 'short'));
  protected readonly longNames = computed(() => weekdayNames(this.i18n.lang(), 'long'));
  protected readonly dayItems = computed(() =>
    this.occurrences().filter((o) => dayOf(o.start) === this.date()),
  );
  protected readonly weekDays = computed(() => {
    const from = startOfWeek(this.date());
    return everyDay(this.occurrences(), from, addDays(from, 7));
  });
  protected readonly weeks = computed(() => monthWeeks(this.date()));
  private readonly byDate = computed(() => {
    const map = new Map<string, Occurrence[]>();
    for (const o of this.occurrences()) {
      const d = dayOf(o.start);
      map.set(d, [...(map.get(d) ?? []), o]);
    }
    return map;
  });

  protected key(o: Occurrence): string {
    return `${o.appointmentId}|${o.occurrence}`;
  }

  protected itemsOf(date: string): Occurrence[] {
    return this.byDate().get(date) ?? [];
  }

  protected countOf(date: string): number {
    return this.itemsOf(date).length;
  }

  protected dotsOf(n: number): number[] {
    return Array.from({ length: Math.min(n, 3) }, (_, i) => i);
  }

  protected time(local: string): string {
    return timeOf(local);
  }

  protected dayLabel(date: string): string {
    return capitalized(formatCalendarDay(date, this.i18n.lang()));
  }

  protected shortName(date: string): string {
    return capitalized(formatCalendarDay(date, this.i18n.lang(), { weekday: 'short' }));
  }

  protected dayNumber(date: string): string {
    return String(+date.slice(8, 10));
  }

  protected cellLabel(date: string): string {
    const n = this.countOf(date);
    const count =
      n === 0
        ? this.i18n.t('agenda.my.countNone')
        : this.i18n.t(n === 1 ? 'agenda.my.countOne' : 'agenda.my.countMany', { count: n });
    return `${this.dayLabel(date)}, ${count}`;
  }
}
