import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Observable } from 'rxjs';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { AgendaApi, AgendaError, agendaError, saveBlob, send } from './agenda-api';
import { dayOf, formatLocal, minutesBetween, timeOf } from './agenda-dates';
import { Appointment, DURATIONS, Occurrence } from './agenda-models';
import { describeRrule } from './rrule';
import { WhenFields, reminderText } from './when-fields';

type Step = 'idle' | 'cancel' | 'move' | 'delete';

/**
 * What can be done with one occurrence of an appointment in the patient's agenda: cancel or move
 * it (a recurring series), put it back as in the series, change the whole appointment (the
 * agenda opens its form: `edit`) or cancel it, export it as an .ics file; and the occurrences of
 * the series cancelled earlier, each to put back.
 */
@Component({
  selector: 'app-occurrence-manage',
  imports: [FormsModule, TranslatePipe, WhenFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="manage" data-testid="occurrence-manage">
      @if (error(); as e) {
        <div class="alert" role="alert">{{ e.messageKey | t: { detail: e.detail ?? '' } }}</div>
      }
      @if (appointment(); as a) {
        <p class="muted small">
          @if (a.rrule) {
            {{ rule() }} ·
          }
          @if (a.location) {
            {{ a.location }} ·
          }
          @if (a.reminderMinutes != null) {
            {{ reminderLabel(a.reminderMinutes) }} ·
          }
          {{ 'agenda.createdBy' | t: { name: a.createdBy.name } }}
        </p>
      } @else if (!error()) {
        <p class="muted small" aria-live="polite">{{ 'common.loading' | t }}</p>
      }

      @if (canWrite() && appointment()?.mayEdit) {
        <!-- only once the appointment is read: buttons that appear and then move as its details
             arrive would take a tap meant for another -->
        @switch (step()) {
          @case ('cancel') {
            <div class="confirm" role="group" [attr.aria-label]="'agenda.occ.cancel' | t">
              <p>{{ 'agenda.occ.cancelConfirm' | t: { when: when() } }}</p>
              <button
                type="button"
                class="btn danger"
                [disabled]="busy()"
                (click)="cancelOccurrence()"
                data-testid="occurrence-cancel-confirm"
              >
                {{ 'agenda.occ.cancelYes' | t }}
              </button>
              <button type="button" class="btn secondary" (click)="step.set('idle')">
                {{ 'agenda.keep' | t }}
              </button>
            </div>
          }
          @case ('move') {
            <form class="move" (ngSubmit)="move()" data-testid="occurrence-move-form">
              <app-when-fields
                class="compact"
                [idPrefix]="idp()"
                testIdPrefix="occurrence-move"
                [(date)]="moveDate"
                [(time)]="moveTime"
                [(duration)]="moveDuration"
                [durations]="durationsOf()"
                [required]="true"
              />
              <div class="buttons">
                <button
                  type="submit"
                  class="btn"
                  [disabled]="busy() || !moveDate() || !moveTime()"
                  data-testid="occurrence-move-save"
                >
                  {{ 'agenda.occ.moveSave' | t }}
                </button>
                <button type="button" class="btn secondary" (click)="step.set('idle')">
                  {{ 'common.cancel' | t }}
                </button>
              </div>
            </form>
          }
          @case ('delete') {
            <div class="confirm" role="group" [attr.aria-label]="deleteLabel() | t">
              <p>
                {{
                  (occurrence().recurring
                    ? 'agenda.occ.deleteSeriesConfirm'
                    : 'agenda.occ.deleteOneConfirm'
                  ) | t
                }}
              </p>
              <button
                type="button"
                class="btn danger"
                [disabled]="busy() || !appointment()"
                (click)="deleteSeries()"
                data-testid="occurrence-delete-confirm"
              >
                {{ deleteLabel() | t }}
              </button>
              <button type="button" class="btn secondary" (click)="step.set('idle')">
                {{ 'agenda.keep' | t }}
              </button>
            </div>
          }
          @default {
            <div class="buttons">
              @if (appointment(); as a) {
                @if (a.mayEdit) {
                  <button
                    type="button"
                    class="btn secondary"
                    (click)="edit.emit(a.id)"
                    data-testid="occurrence-edit"
                  >
                    {{ 'agenda.edit.title' | t }}
                  </button>
                }
              }
              @if (occurrence().recurring) {
                <button
                  type="button"
                  class="btn secondary"
                  (click)="step.set('cancel')"
                  data-testid="occurrence-cancel"
                >
                  {{ 'agenda.occ.cancel' | t }}
                </button>
                <button
                  type="button"
                  class="btn secondary"
                  (click)="openMove()"
                  data-testid="occurrence-move"
                >
                  {{ 'agenda.occ.move' | t }}
                </button>
              }
              @if (occurrence().moved) {
                <button
                  type="button"
                  class="btn secondary"
                  [disabled]="busy()"
                  (click)="restore(occurrence().occurrence)"
                  data-testid="occurrence-restore"
                >
                  {{ 'agenda.occ.restore' | t }}
                </button>
              }
              <button
                type="button"
                class="btn secondary danger"
                (click)="step.set('delete')"
                data-testid="occurrence-delete"
              >
                {{ deleteLabel() | t }}
              </button>
            </div>
          }
        }
      }
      <div class="buttons">
        <button
          type="button"
          class="link"
          [disabled]="exporting()"
          (click)="exportIcs()"
          data-testid="occurrence-ics"
        >
          {{ (exporting() ? 'agenda.exporting' : 'agenda.export') | t }}
        </button>
      </div>

      @if (cancelledOnes().length && canWrite() && appointment()?.mayEdit) {
        <h4>{{ 'agenda.occ.cancelledOnes' | t }}</h4>
        <ul class="cancelled">
          @for (x of cancelledOnes(); track x.occurrence) {
            <li>
              <span>{{ whenOf(x.occurrence) }}</span>
              <button
                type="button"
                class="link"
                [disabled]="busy()"
                (click)="restore(x.occurrence)"
                [attr.aria-label]="'agenda.occ.restoreNamed' | t: { when: whenOf(x.occurrence) }"
                data-testid="occurrence-restore-cancelled"
              >
                {{ 'agenda.occ.restore' | t }}
              </button>
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .manage {
      margin: 0.4rem 0 0.2rem;
      padding: 0.5rem 0.75rem;
      border-left: 3px solid var(--line);
      background: #f8fafc;
      border-radius: 0 0.4rem 0.4rem 0;
    }
    .small {
      font-size: 0.85rem;
      margin: 0 0 0.4rem;
    }
    .buttons,
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      align-items: center;
    }
    .confirm p {
      flex: 1 1 100%;
      margin: 0;
    }
    .btn.danger {
      background: var(--danger);
      border-color: var(--danger);
    }
    .btn.secondary.danger {
      background: #fff;
      color: var(--danger);
    }
    h4 {
      font-size: 0.9rem;
      margin: 0.6rem 0 0.2rem;
    }
    .cancelled {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .cancelled li {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.6rem;
      align-items: baseline;
      text-decoration: none;
    }
  `,
})
export class OccurrenceManage {
  private readonly api = inject(AgendaApi);
  private readonly i18n = inject(I18n);
  readonly occurrence = input.required<Occurrence>();
  readonly canWrite = input(true);
  /** Something changed: the agenda shown must be read again. */
  readonly changed = output<string>();
  /** "Modifier le rendez-vous": the appointment (its id) to change as a whole. */
  readonly edit = output<string>();

  protected readonly appointment = signal<Appointment | null>(null);
  protected readonly error = signal<AgendaError | null>(null);
  protected readonly step = signal<Step>('idle');
  protected readonly busy = signal(false);
  protected readonly exporting = signal(false);
  protected readonly moveDate = signal('');
  protected readonly moveTime = signal('');
  protected readonly moveDuration = signal(30);

  protected readonly idp = computed(
    () =>
      'occ-' +
      this.occurrence().appointmentId +
      '-' +
      this.occurrence().occurrence.replace(/\W/g, ''),
  );
  protected readonly rule = computed(() => {
    const r = this.appointment()?.rrule;
    return r ? describeRrule(r, this.i18n) : '';
  });
  protected readonly cancelledOnes = computed(() =>
    (this.appointment()?.exceptions ?? []).filter((x) => x.cancelled),
  );
  protected readonly when = computed(() => this.whenOf(this.occurrence().start));
  protected readonly deleteLabel = computed(() =>
    this.occurrence().recurring ? 'agenda.occ.deleteSeries' : 'agenda.occ.deleteOne',
  );
  protected readonly durationsOf = computed(() => {
    const current = minutesBetween(this.occurrence().start, this.occurrence().end);
    return !Number.isFinite(current) || current <= 0 || DURATIONS.includes(current)
      ? DURATIONS
      : [...DURATIONS, current].sort((a, b) => a - b);
  });

  constructor() {
    effect(() => {
      const id = this.occurrence().appointmentId;
      untracked(() => this.load(id));
    });
  }

  private load(id: string): void {
    this.api.appointment(id).subscribe({
      next: (a) => this.appointment.set(a),
      error: (e) => this.error.set(agendaError(e)),
    });
  }

  protected whenOf(local: string): string {
    return formatLocal(local, this.i18n.lang());
  }

  protected reminderLabel(minutes: number): string {
    return reminderText(minutes, this.i18n);
  }

  protected openMove(): void {
    const o = this.occurrence();
    this.moveDate.set(dayOf(o.start));
    this.moveTime.set(timeOf(o.start));
    this.moveDuration.set(minutesBetween(o.start, o.end) || 30);
    this.step.set('move');
  }

  protected cancelOccurrence(): void {
    const o = this.occurrence();
    this.run(this.api.cancelOccurrence(o.appointmentId, o.occurrence), 'agenda.occ.cancelled');
  }

  protected move(): void {
    const o = this.occurrence();
    this.run(
      this.api.moveOccurrence(
        o.appointmentId,
        o.occurrence,
        `${this.moveDate()}T${this.moveTime()}`,
        this.moveDuration(),
      ),
      'agenda.occ.moved',
    );
  }

  protected restore(occurrence: string): void {
    this.run(
      this.api.restoreOccurrence(this.occurrence().appointmentId, occurrence),
      'agenda.occ.restored',
    );
  }

  protected deleteSeries(): void {
    const a = this.appointment();
    if (!a) return;
    send(
      this.api.cancelAppointment(a),
      { busy: this.busy, error: this.error },
      () => {
        this.step.set('idle');
        this.changed.emit(
          this.occurrence().recurring ? 'agenda.occ.seriesDeleted' : 'agenda.occ.oneDeleted',
        );
      },
      (problem) => {
        // Changed by someone else meanwhile: read it again, the user confirms once more.
        if (problem.status === 412) this.load(a.id);
      },
    );
  }

  private run(call: Observable<Appointment>, notice: string): void {
    send(call, { busy: this.busy, error: this.error }, (a) => {
      this.appointment.set(a);
      this.step.set('idle');
      this.changed.emit(notice);
    });
  }

  protected exportIcs(): void {
    const o = this.occurrence();
    this.exporting.set(true);
    this.api.appointmentIcs(o.appointmentId).subscribe({
      next: (blob) => {
        this.exporting.set(false);
        saveBlob(blob, `rendez-vous-${dayOf(o.start)}.ics`);
      },
      error: (e) => {
        this.exporting.set(false);
        this.error.set(agendaError(e));
      },
    });
  }
}
