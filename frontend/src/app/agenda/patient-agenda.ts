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
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Subscription, debounceTime, filter } from 'rxjs';
import { CareTeamRole } from '../core/models';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { LiveEvents } from '../live/live-events';
import { AgendaApi, AgendaError, readList } from './agenda-api';
import { addDays, byDay, capitalized, formatCalendarDay, parisToday } from './agenda-dates';
import { Appointment, Occurrence } from './agenda-models';
import { AppointmentForm } from './appointment-form';
import { OccurrenceLine } from './occurrence-line';
import { OccurrenceManage } from './occurrence-manage';
import { SlotBooking } from './slot-booking';

/** The length of one period of the patient's agenda, in days. */
export const PERIOD_DAYS = 14;

type Mode = 'list' | 'new' | 'book' | 'edit';

/**
 * The agenda in the patient's file: the visits, appointments and meetings of the next 14 days by
 * day, then period by period ("Plus tard"); a new appointment, the booking of a professional's or
 * a structure's slot (the case manager), a meeting (RCP) about the patient; and, per occurrence,
 * what can be done with it (change the appointment, move or cancel one occurrence…). Kept up to date by the live stream.
 */
@Component({
  selector: 'app-patient-agenda',
  imports: [
    RouterLink,
    TranslatePipe,
    OccurrenceLine,
    OccurrenceManage,
    AppointmentForm,
    SlotBooking,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="patient-agenda-title" data-testid="patient-agenda">
      <h2 id="patient-agenda-title">{{ 'agenda.panel.title' | t }}</h2>
      <p class="period" aria-live="polite" data-testid="patient-agenda-period">
        {{ 'agenda.panel.period' | t: { from: dayLabel(from()), to: dayLabel(lastDay()) } }}
      </p>
      <div aria-live="polite">
        @if (notice(); as n) {
          <div class="alert ok" data-testid="patient-agenda-notice">{{ n | t }}</div>
        }
      </div>
      @if (error(); as e) {
        <div class="alert" role="alert">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
          <button type="button" class="link" (click)="load()">{{ 'common.retry' | t }}</button>
        </div>
      }
      @if (occurrences(); as list) {
        @if (list.length === 0) {
          <p class="muted" data-testid="patient-agenda-empty">{{ 'agenda.panel.empty' | t }}</p>
        }
        @for (d of days(); track d.date) {
          <h3 class="day">{{ heading(d.date) }}</h3>
          <ul class="items">
            @for (o of d.items; track o.appointmentId + o.occurrence) {
              <li data-testid="patient-occurrence">
                <div class="line">
                  <app-occurrence-line [occurrence]="o" [showPatient]="false" />
                  @if (o.kind === 'MEETING') {
                    <a
                      class="open"
                      [routerLink]="['/agenda/meetings', o.appointmentId]"
                      data-testid="occurrence-meeting-link"
                      >{{ 'agenda.openMeeting' | t }}</a
                    >
                  } @else {
                    <button
                      type="button"
                      class="link open"
                      [attr.aria-expanded]="open() === key(o)"
                      [attr.aria-label]="'agenda.manageNamed' | t: { title: o.title }"
                      (click)="toggle(o)"
                      data-testid="occurrence-toggle"
                    >
                      {{ (open() === key(o) ? 'agenda.close' : 'agenda.manage') | t }}
                    </button>
                  }
                </div>
                @if (open() === key(o)) {
                  <app-occurrence-manage
                    [occurrence]="o"
                    [canWrite]="canWrite()"
                    (changed)="changed($event)"
                    (edit)="edit($event)"
                  />
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
            data-testid="patient-agenda-earlier"
          >
            {{ 'agenda.panel.earlier' | t }}
          </button>
          <button
            type="button"
            class="btn secondary"
            (click)="go(period() + 1)"
            data-testid="patient-agenda-later"
          >
            {{ 'agenda.panel.later' | t }}
          </button>
        </nav>
      } @else if (!error()) {
        <p class="muted" aria-live="polite">{{ 'common.loading' | t }}</p>
      }

      @if (canWrite()) {
        @switch (mode()) {
          @case ('new') {
            <app-appointment-form
              [fileId]="fileId()"
              (saved)="created($event)"
              (cancelled)="closeForm()"
            />
          }
          @case ('edit') {
            <app-appointment-form
              [fileId]="fileId()"
              [appointmentId]="editing()"
              (saved)="edited()"
              (cancelled)="closeForm()"
            />
          }
          @case ('book') {
            <app-slot-booking
              [fileId]="fileId()"
              (booked)="booked($event)"
              (cancelled)="closeForm()"
            />
          }
          @default {
            <div class="actions">
              <button
                type="button"
                class="btn secondary"
                (click)="mode.set('new')"
                data-testid="appointment-new"
              >
                {{ 'agenda.new.title' | t }}
              </button>
              @if (myRole() === 'CASE_MANAGER') {
                <button
                  type="button"
                  class="btn secondary"
                  (click)="mode.set('book')"
                  data-testid="slot-booking-open"
                >
                  {{ 'agenda.book.title' | t }}
                </button>
              }
              <a
                class="btn secondary"
                routerLink="/agenda/meetings/new"
                [queryParams]="{ fileId: fileId() }"
                data-testid="meeting-organise"
                >{{ 'agenda.meeting.organise' | t }}</a
              >
            </div>
          }
        }
      }
    </section>
  `,
  styles: `
    .period {
      margin: -0.4rem 0 0.5rem;
      color: var(--muted);
      font-size: 0.9rem;
    }
    h3.day {
      font-size: 0.95rem;
      margin: 0.75rem 0 0.25rem;
    }
    .items {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .items li {
      padding: 0.35rem 0;
      border-bottom: 1px solid var(--line);
    }
    .line {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 0.5rem;
    }
    .open {
      flex: 0 0 auto;
      white-space: nowrap;
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0.75rem 0 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.75rem;
      padding-top: 0.75rem;
      border-top: 1px solid var(--line);
    }
  `,
})
export class PatientAgenda {
  private readonly api = inject(AgendaApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  readonly fileId = input.required<string>();
  /** False for an emergency (read-only) access. */
  readonly canWrite = input(true);
  readonly myRole = input<CareTeamRole | undefined>(undefined);

  /** 0: the next 14 days; 1: the 14 after; … */
  protected readonly period = signal(0);
  protected readonly from = computed(() => addDays(parisToday(), PERIOD_DAYS * this.period()));
  protected readonly to = computed(() => addDays(this.from(), PERIOD_DAYS));
  protected readonly lastDay = computed(() => addDays(this.to(), -1));
  protected readonly occurrences = signal<Occurrence[] | null>(null);
  protected readonly days = computed(() => byDay(this.occurrences() ?? []));
  protected readonly error = signal<AgendaError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly mode = signal<Mode>('list');
  /** The appointment whose form is open (mode 'edit'). */
  protected readonly editing = signal<string | null>(null);
  /** The occurrence whose actions are shown. */
  protected readonly open = signal<string | null>(null);
  private loading: Subscription | undefined;

  constructor() {
    effect(() => {
      this.fileId();
      untracked(() => {
        this.period.set(0);
        this.occurrences.set(null);
        this.mode.set('list');
        this.load();
      });
    });
    inject(LiveEvents)
      .events.pipe(
        filter(
          (e) =>
            e.type === 'reconnected' ||
            (e.type === 'agenda' && (!e.fileId || e.fileId === this.fileId())),
        ),
        debounceTime(300),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.load(true));
  }

  protected load(quiet = false): void {
    this.loading?.unsubscribe();
    this.loading = readList(
      this.api.patientAgenda(this.fileId(), this.from(), this.to()),
      { list: this.occurrences, error: this.error },
      quiet,
    );
  }

  protected go(period: number): void {
    this.period.set(Math.max(0, period));
    this.open.set(null);
    this.notice.set(null);
    this.occurrences.set(null);
    this.load();
  }

  protected key(o: Occurrence): string {
    return `${o.appointmentId}|${o.occurrence}`;
  }

  protected toggle(o: Occurrence): void {
    this.open.update((k) => (k === this.key(o) ? null : this.key(o)));
  }

  protected heading(date: string): string {
    return capitalized(this.dayLabel(date));
  }

  protected dayLabel(date: string): string {
    return formatCalendarDay(date, this.i18n.lang());
  }

  protected changed(notice: string): void {
    this.notice.set(notice);
    this.open.set(null);
    this.load();
  }

  protected created(a: Appointment): void {
    this.closeForm();
    this.notice.set(a.rrule ? 'agenda.new.savedSeries' : 'agenda.new.saved');
    this.load();
  }

  /**
   * "Modifier le rendez-vous": its form below the list, where a reload of the list (the live
   * stream, when someone else changes it) does not take it away.
   */
  protected edit(appointmentId: string): void {
    this.open.set(null);
    this.notice.set(null);
    this.editing.set(appointmentId);
    this.mode.set('edit');
  }

  protected edited(): void {
    this.closeForm();
    this.notice.set('agenda.edit.saved');
    this.load();
  }

  protected booked(_: Appointment): void {
    this.closeForm();
    this.notice.set('agenda.book.done');
    this.load();
  }

  protected closeForm(): void {
    this.mode.set('list');
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('[data-testid="appointment-new"]')
          ?.focus(),
      { injector: this.injector },
    );
  }
}
