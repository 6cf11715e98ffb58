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
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { catchError, forkJoin, of } from 'rxjs';
import { Api } from '../core/api';
import { CareTeamMember, CoordinationFile } from '../core/models';
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
import { addDays, parisToday } from './agenda-dates';
import { ReminderField, WhenFields } from './when-fields';

/** A professional who may be invited: an active member of the team of a chosen patient. */
interface Invitable {
  id: string;
  name: string;
  roles: string;
}

const AGENDA_MAX = 4000;

/**
 * "Organiser une RCP": a multidisciplinary meeting about one or several of my patients (the one
 * whose file it was opened from chosen already), with the active members of their care teams I
 * choose as participants; they are invited and answer.
 */
@Component({
  selector: 'app-meeting-form',
  imports: [FormsModule, RouterLink, TranslatePipe, WhenFields, ReminderField, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (fileId(); as f) {
      <a [routerLink]="['/patients', f]" class="back">{{ 'agenda.meeting.backToFile' | t }}</a>
    } @else {
      <a routerLink="/agenda" class="back">{{ 'agenda.meeting.backToAgenda' | t }}</a>
    }
    <h1>{{ 'agenda.meeting.newTitle' | t }}</h1>
    <p class="muted">{{ 'agenda.meeting.newIntro' | t }}</p>
    <form class="card" (ngSubmit)="submit()" novalidate data-testid="meeting-form">
      @if (error(); as e) {
        <div class="alert" role="alert" tabindex="-1" data-testid="meeting-form-error">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
          @for (f of otherErrors(); track f) {
            <div>{{ f }}</div>
          }
        </div>
      }
      <app-field
        [label]="'agenda.meeting.titleField' | t"
        controlId="meeting-title"
        [error]="err('title')"
      >
        <input
          appFieldControl
          name="title"
          maxlength="200"
          autocomplete="off"
          [ngModel]="title()"
          (ngModelChange)="title.set($event)"
          data-testid="meeting-title"
        />
      </app-field>
      <app-when-fields
        idPrefix="meeting"
        testIdPrefix="meeting"
        [(date)]="date"
        [(time)]="time"
        [(duration)]="duration"
        [min]="today"
        [error]="err('start')"
      />
      <app-field [label]="'agenda.meeting.location' | t" controlId="meeting-location">
        <input
          appFieldControl
          name="location"
          maxlength="300"
          autocomplete="off"
          [ngModel]="location()"
          (ngModelChange)="location.set($event)"
          data-testid="meeting-location"
        />
      </app-field>
      <app-field
        [label]="'agenda.meeting.agenda' | t"
        controlId="meeting-agenda"
        [hint]="'agenda.meeting.agendaHelp' | t: { count: agendaText().length, max: agendaMax }"
      >
        <textarea
          appFieldControl
          name="agenda"
          rows="4"
          [attr.maxlength]="agendaMax"
          [ngModel]="agendaText()"
          (ngModelChange)="agendaText.set($event)"
          data-testid="meeting-agenda"
        ></textarea>
      </app-field>

      <fieldset data-testid="meeting-patients">
        <legend>{{ 'agenda.meeting.patients' | t }}</legend>
        @if (patients(); as list) {
          @for (p of list; track p.id) {
            <label class="check">
              <input
                type="checkbox"
                [checked]="fileIds().includes(p.id)"
                (change)="togglePatient(p.id, $any($event.target).checked)"
                data-testid="meeting-patient"
              />
              {{ p.lastName.toUpperCase() }} {{ p.firstName }}
            </label>
          } @empty {
            <p class="muted">{{ 'agenda.meeting.noPatients' | t }}</p>
          }
        } @else {
          <p class="muted" aria-live="polite">{{ 'common.loading' | t }}</p>
        }
        @if (err('fileIds'); as e) {
          <div class="error">{{ e }}</div>
        }
      </fieldset>

      <fieldset data-testid="meeting-participants">
        <legend>{{ 'agenda.meeting.participants' | t }}</legend>
        <p class="help">{{ 'agenda.meeting.participantsHelp' | t }}</p>
        @if (teamsLoading()) {
          <p class="muted" aria-live="polite">{{ 'common.loading' | t }}</p>
        } @else {
          @for (m of invitable(); track m.id) {
            <label class="check">
              <input
                type="checkbox"
                [checked]="participantIds().includes(m.id)"
                (change)="toggleParticipant(m.id, $any($event.target).checked)"
                data-testid="meeting-participant"
              />
              <span
                >{{ m.name }} <span class="muted">— {{ m.roles }}</span></span
              >
            </label>
          } @empty {
            <p class="muted">
              {{
                (fileIds().length ? 'agenda.meeting.nobody' : 'agenda.meeting.choosePatients') | t
              }}
            </p>
          }
        }
        @if (err('participantIds'); as e) {
          <div class="error">{{ e }}</div>
        }
      </fieldset>

      <app-reminder-field idPrefix="meeting" testIdPrefix="meeting" [(reminder)]="reminder" />
      <div class="buttons">
        <button type="submit" class="btn" [disabled]="saving()" data-testid="meeting-save">
          {{ (saving() ? 'agenda.saving' : 'agenda.meeting.save') | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .back {
      display: inline-block;
      margin-bottom: 0.75rem;
    }
    form {
      max-width: 48rem;
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
    .check {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      font-weight: 400;
      min-height: 2.75rem;
      margin: 0;
    }
    .check input {
      width: auto;
      min-height: 0;
    }
    .help {
      font-size: 0.88rem;
      color: var(--muted);
      margin: 0.2rem 0;
    }
    .buttons {
      display: flex;
      gap: 0.5rem;
    }
  `,
})
export class MeetingForm {
  private readonly agenda = inject(AgendaApi);
  private readonly files = inject(Api);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** Query parameter: the patient whose file the form was opened from. */
  readonly fileId = input<string | undefined>(undefined);

  protected readonly today = parisToday();
  protected readonly agendaMax = AGENDA_MAX;
  protected readonly title = signal('');
  protected readonly date = signal(addDays(parisToday(), 7));
  protected readonly time = signal('14:00');
  protected readonly duration = signal(60);
  protected readonly location = signal('');
  protected readonly agendaText = signal('');
  protected readonly reminder = signal<number | null>(1440);
  protected readonly patients = signal<CoordinationFile[] | null>(null);
  protected readonly fileIds = signal<string[]>([]);
  protected readonly participantIds = signal<string[]>([]);
  private readonly teams = signal<Record<string, CareTeamMember[]>>({});
  protected readonly teamsLoading = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<AgendaError | null>(null);
  private readonly localErrors = signal<Record<string, string>>({});

  /** The active members of the chosen patients' teams, each once, me excepted. */
  protected readonly invitable = computed<Invitable[]>(() => {
    const me = this.session.user()?.professional.id;
    const byId = new Map<string, { name: string; roles: Set<string> }>();
    for (const fileId of this.fileIds()) {
      for (const m of this.teams()[fileId] ?? []) {
        if (!m.active || m.professional.id === me) continue;
        const entry = byId.get(m.professional.id) ?? {
          name: `${m.professional.firstName} ${m.professional.lastName}`,
          roles: new Set<string>(),
        };
        entry.roles.add(this.i18n.t('role.' + m.role));
        byId.set(m.professional.id, entry);
      }
    }
    return [...byId.entries()]
      .map(([id, e]) => ({ id, name: e.name, roles: [...e.roles].join(', ') }))
      .sort((a, b) => a.name.localeCompare(b.name));
  });
  protected readonly otherErrors = computed(() =>
    otherFieldErrors(this.error(), this.i18n, ['title', 'start', 'fileIds', 'participantIds'], {
      durationMinutes: 'agenda.new.duration',
      location: 'agenda.meeting.location',
      agenda: 'agenda.meeting.agenda',
      reminderMinutes: 'agenda.reminder',
    }),
  );

  constructor() {
    effect(() => {
      const preselected = this.fileId();
      untracked(() => this.loadPatients(preselected));
    });
  }

  private loadPatients(preselected: string | undefined): void {
    this.files.myPatients(0, 100).subscribe({
      next: (page) => {
        const list = [...page.items].sort((a, b) =>
          `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`),
        );
        this.patients.set(list);
        if (preselected && list.some((p) => p.id === preselected)) {
          this.togglePatient(preselected, true);
        } else if (preselected) {
          // Beyond the first page of my patients: read the file itself.
          this.files.file(preselected).subscribe({
            next: (f) => {
              this.patients.update((l) => [f, ...(l ?? [])]);
              this.togglePatient(f.id, true);
            },
            error: () => undefined,
          });
        }
      },
      error: (e) => {
        this.patients.set([]);
        this.error.set(agendaError(e));
      },
    });
  }

  protected togglePatient(fileId: string, on: boolean): void {
    this.fileIds.update((ids) =>
      on ? (ids.includes(fileId) ? ids : [...ids, fileId]) : ids.filter((i) => i !== fileId),
    );
    if (on && !this.teams()[fileId]) this.loadTeams();
    // Those no longer invitable are no longer chosen.
    const still = new Set(this.invitable().map((m) => m.id));
    this.participantIds.update((ids) => ids.filter((i) => still.has(i)));
  }

  private loadTeams(): void {
    const missing = this.fileIds().filter((id) => !this.teams()[id]);
    if (!missing.length) return;
    this.teamsLoading.set(true);
    forkJoin(
      missing.map((id) =>
        this.files.careTeam(id).pipe(catchError(() => of([] as CareTeamMember[]))),
      ),
    ).subscribe((lists) => {
      const teams = { ...this.teams() };
      missing.forEach((id, i) => (teams[id] = lists[i]));
      this.teams.set(teams);
      this.teamsLoading.set(false);
    });
  }

  protected toggleParticipant(id: string, on: boolean): void {
    this.participantIds.update((ids) => (on ? [...ids, id] : ids.filter((i) => i !== id)));
  }

  protected err(field: string): string {
    return fieldError(this.error(), field, this.localErrors());
  }

  protected submit(): void {
    if (this.saving()) return;
    const required = this.i18n.t('agenda.required');
    const errors: Record<string, string> = {};
    if (!this.title().trim()) errors['title'] = required;
    if (!this.date() || !this.time()) errors['start'] = required;
    if (!this.fileIds().length) errors['fileIds'] = this.i18n.t('agenda.meeting.choosePatients');
    if (!this.participantIds().length) {
      errors['participantIds'] = this.i18n.t('agenda.meeting.chooseParticipants');
    }
    this.localErrors.set(errors);
    this.error.set(null);
    if (Object.keys(errors).length) {
      this.focusInvalid();
      return;
    }
    send(
      this.agenda.createMeeting({
        title: this.title().trim(),
        start: `${this.date()}T${this.time()}`,
        durationMinutes: this.duration(),
        location: this.location().trim() || null,
        agenda: this.agendaText().trim() || null,
        fileIds: this.fileIds(),
        participantIds: this.participantIds(),
        reminderMinutes: this.reminder(),
      }),
      { busy: this.saving, error: this.error },
      (m) => {
        // Still saving, for the form, until the meeting's page replaces it.
        this.saving.set(true);
        void this.router.navigate(['/agenda/meetings', m.id], { state: { created: true } });
      },
      () => this.focusInvalid(),
    );
  }

  private focusInvalid(): void {
    afterNextRender(
      () => {
        const root = this.host.nativeElement;
        const target =
          root.querySelector<HTMLElement>('[aria-invalid="true"]') ??
          root.querySelector<HTMLElement>('fieldset:has(.error) input') ??
          root.querySelector<HTMLElement>('[role="alert"]');
        target?.focus();
      },
      { injector: this.injector },
    );
  }
}
