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
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { Api } from '../core/api';
import { CoordinationFile } from '../core/models';
import { CallError, callError } from '../core/problem';
import { DirectoryProfessional } from '../directory/directory-models';
import { DirectoryPicker } from '../directory/directory-picker';
import { Session } from '../core/session';
import { Field, FieldControl } from '../field/field';
import { TranslatePipe } from '../i18n/i18n';
import { ConversationsStore } from './conversations-store';
import { MessagingApi, MessagingError, messagingError } from './messaging-api';
import { ConversationKind, SUBJECT_MAX, StartConversation } from './messaging-models';

/** How many of "Mes patients" are offered (the API's largest page). */
const PATIENTS_OFFERED = 100;

/**
 * Starts a conversation: about one of my patients (its care team takes part) or about a topic
 * (with participants picked from the directory). `?fileId=` chooses the patient beforehand.
 */
@Component({
  selector: 'app-new-conversation',
  imports: [FormsModule, TranslatePipe, DirectoryPicker, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="card"
      aria-labelledby="new-conversation-title"
      data-testid="new-conversation-form"
    >
      <h2 id="new-conversation-title" tabindex="-1">{{ 'messaging.new.title' | t }}</h2>
      <form (ngSubmit)="submit()" novalidate>
        @if (error(); as e) {
          <div class="alert" role="alert">{{ e.messageKey | t: { detail: e.detail ?? '' } }}</div>
        }
        <fieldset class="kinds">
          <legend>{{ 'messaging.new.kind' | t }}</legend>
          <label class="choice">
            <input
              type="radio"
              name="kind"
              value="PATIENT"
              [ngModel]="kind()"
              (ngModelChange)="kind.set($event)"
              data-testid="new-kind-PATIENT"
            />
            {{ 'messaging.new.kindPatient' | t }}
          </label>
          <label class="choice">
            <input
              type="radio"
              name="kind"
              value="TOPIC"
              [ngModel]="kind()"
              (ngModelChange)="kind.set($event)"
              data-testid="new-kind-TOPIC"
            />
            {{ 'messaging.new.kindTopic' | t }}
          </label>
        </fieldset>
        @if (kind() === 'PATIENT') {
          <div class="field">
            <label [attr.for]="patients()?.length ? 'new-patient' : null">{{
              'messaging.new.patient' | t
            }}</label>
            @if (patients(); as list) {
              @if (list.length) {
                <select
                  id="new-patient"
                  name="fileId"
                  [ngModel]="fileId()"
                  (ngModelChange)="chosenFile.set($event)"
                  [attr.aria-invalid]="tried() && !fileId()"
                  aria-describedby="new-patient-help"
                  data-testid="new-patient"
                >
                  <option value="" disabled>{{ 'messaging.new.patientChoose' | t }}</option>
                  @for (f of list; track f.id) {
                    <option [value]="f.id">{{ f.lastName.toUpperCase() }} {{ f.firstName }}</option>
                  }
                </select>
                <div class="help" id="new-patient-help">{{ 'messaging.new.patientHelp' | t }}</div>
              } @else {
                <p class="muted">{{ 'messaging.new.noPatients' | t }}</p>
              }
            } @else if (patientsError(); as e) {
              <p class="error-text">
                {{ e.messageKey | t: { detail: e.detail ?? '' } }}
              </p>
            } @else {
              <p class="muted">{{ 'common.loading' | t }}</p>
            }
            @if (tried() && !fileId() && patients()?.length) {
              <div class="error">{{ 'messaging.new.patientRequired' | t }}</div>
            }
          </div>
        }
        <app-field
          [label]="'messaging.new.subject' | t"
          controlId="new-subject"
          [hint]="'messaging.new.subjectHelp' | t"
          [error]="tried() && !subject().trim() ? ('messaging.new.subjectRequired' | t) : null"
        >
          <input
            appFieldControl
            name="subject"
            autocomplete="off"
            [attr.maxlength]="subjectMax"
            [ngModel]="subject()"
            (ngModelChange)="subject.set($event)"
            aria-required="true"
            data-testid="new-subject"
          />
        </app-field>
        @if (kind() === 'TOPIC') {
          <app-directory-picker
            kind="professional"
            mode="many"
            inputId="new-participants"
            [label]="'messaging.new.participants' | t"
            [exclude]="myId()"
            [(chosen)]="participants"
          />
          <p class="help">{{ 'messaging.new.participantsHelp' | t }}</p>
        }
        <button class="btn" type="submit" [disabled]="saving()" data-testid="new-submit">
          {{ (saving() ? 'messaging.new.saving' : 'messaging.new.submit') | t }}
        </button>
      </form>
    </section>
  `,
  styles: `
    .kinds {
      border: 1px solid var(--line);
      border-radius: 0.5rem;
      padding: 0.5rem 0.85rem 0.6rem;
      margin: 0 0 0.9rem;
    }
    legend {
      font-weight: 600;
      padding: 0 0.3rem;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.6rem;
      font-weight: 400;
      min-height: 2.5rem;
      margin: 0;
    }
    .choice input {
      flex: none;
      width: 1.15rem;
      height: 1.15rem;
      min-height: 0;
      margin: 0;
    }
    .help {
      font-size: 0.85rem;
      color: var(--muted);
    }
  `,
})
export class NewConversation {
  private readonly api = inject(MessagingApi);
  private readonly core = inject(Api);
  private readonly store = inject(ConversationsStore);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  /** A patient chosen beforehand (query parameter). */
  readonly preset = input<string | undefined>(undefined, { alias: 'fileId' });

  protected readonly subjectMax = SUBJECT_MAX;
  protected readonly kind = signal<ConversationKind>('PATIENT');
  protected readonly chosenFile = signal<string | null>(null);
  protected readonly fileId = computed(() => this.chosenFile() ?? this.preset() ?? '');
  protected readonly subject = signal('');
  protected readonly participants = signal<DirectoryProfessional[]>([]);
  protected readonly patients = signal<CoordinationFile[] | null>(null);
  protected readonly patientsError = signal<CallError | null>(null);
  protected readonly saving = signal(false);
  protected readonly tried = signal(false);
  protected readonly error = signal<MessagingError | null>(null);
  protected readonly myId = computed(() => {
    const id = this.session.user()?.professional.id;
    return id ? [id] : [];
  });

  constructor() {
    effect(() => {
      this.preset();
      untracked(() => this.chosenFile.set(null));
    });
    this.core.myPatients(0, PATIENTS_OFFERED).subscribe({
      next: (page) => this.patients.set(page.items),
      error: (e) => this.patientsError.set(callError(e)),
    });
  }

  protected submit(): void {
    this.tried.set(true);
    const subject = this.subject().trim();
    if (!subject || (this.kind() === 'PATIENT' && !this.fileId()) || this.saving()) return;
    const command: StartConversation =
      this.kind() === 'PATIENT'
        ? { kind: 'PATIENT', fileId: this.fileId(), subject }
        : { kind: 'TOPIC', subject, memberIds: this.participants().map((p) => p.id) };
    this.saving.set(true);
    this.error.set(null);
    this.api.start(command).subscribe({
      next: (conversation) => {
        this.store.load(true);
        void this.router.navigate(['/messages', conversation.id]);
      },
      error: (e) => {
        this.saving.set(false);
        this.error.set(messagingError(e));
      },
    });
  }
}
