import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { SEXES, Sex, Structure } from '../core/models';
import { CallError, callError } from '../core/problem';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { evaluateForm, isEmptyAnswer, shownAnswers } from '../forms/expression';
import { FormFields } from '../forms/form-fields';
import { Answers } from '../forms/forms-models';
import { parisToday } from '../agenda/agenda-dates';
import { OrientationApi, SignalForm } from './orientation-api';

/** The question of the shipped orientation grid that says the person agrees. */
const INFORMED = 'personneInformee';

/**
 * "Signaler une personne": any professional tells a coordination structure (DAC) about someone
 * who has no file yet — who, as well as the sender knows, and the structure's orientation form.
 * The structure accepts or refuses; the sender is told and follows it in "Mes signalements".
 */
@Component({
  selector: 'app-signal-new',
  imports: [FormsModule, RouterLink, TranslatePipe, FormFields, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a routerLink="/signals" class="back">{{ 'signal.mine' | t }}</a>
    <h1>{{ 'signal.new.title' | t }}</h1>
    <p class="muted">{{ 'signal.new.intro' | t }}</p>
    <form class="card" (ngSubmit)="send()" novalidate data-testid="signal-form">
      @if (error(); as e) {
        <div class="alert" role="alert" tabindex="-1" #errorBox data-testid="signal-error">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
        </div>
      }
      <app-field
        [label]="'signal.to' | t"
        required
        controlId="signal-to"
        [error]="fieldError('toStructureId')"
      >
        <select
          appFieldControl
          name="to"
          required
          [ngModel]="to()"
          (ngModelChange)="choose($event)"
          data-testid="signal-to"
        >
          <option value="">{{ 'field.sex.choose' | t }}</option>
          @for (s of structures(); track s.id) {
            <option [value]="s.id">{{ s.name }} ({{ s.commune }})</option>
          }
        </select>
      </app-field>

      <fieldset>
        <legend>{{ 'signal.person' | t }}</legend>
        <p class="muted small">{{ 'signal.personHelp' | t }}</p>
        <div class="grid">
          @for (f of identityFields; track f.key) {
            <app-field
              [label]="f.label | t"
              [required]="f.required"
              [controlId]="'signal-' + f.key"
              [error]="fieldError(f.field)"
            >
              <input
                appFieldControl
                [name]="f.key"
                [type]="f.type"
                [attr.maxlength]="f.max"
                [attr.max]="f.type === 'date' ? today : null"
                [required]="f.required"
                [ngModel]="person()[f.key]"
                (ngModelChange)="set(f.key, $event)"
                [attr.data-testid]="'signal-' + f.key"
              />
            </app-field>
          }
          <app-field
            [label]="'field.sex' | t"
            required
            controlId="signal-sex"
            [error]="fieldError('person.sex')"
          >
            <select
              appFieldControl
              name="sex"
              required
              [ngModel]="person()['sex']"
              (ngModelChange)="set('sex', $event)"
              data-testid="signal-sex"
            >
              <option value="">{{ 'field.sex.choose' | t }}</option>
              @for (s of sexes; track s) {
                <option [value]="s">{{ 'sex.' + s | t }}</option>
              }
            </select>
          </app-field>
        </div>
      </fieldset>

      @if (form(); as f) {
        <fieldset data-testid="signal-orientation-form">
          <legend>{{ f.title }}</legend>
          <app-form-fields
            [definition]="f.definition"
            [(answers)]="answers"
            [errors]="answerErrors()"
            prefix="signal"
          />
          @if (!asksInformed()) {
            <label class="check">
              <input type="checkbox" name="informed" [(ngModel)]="informed" />
              {{ 'signal.informed' | t }}
            </label>
          }
        </fieldset>
      } @else if (to()) {
        <p class="muted" aria-live="polite">{{ 'common.loading' | t }}</p>
      }

      <div class="buttons">
        <button
          class="btn"
          type="submit"
          [disabled]="sending() || !form()"
          data-testid="signal-send"
        >
          {{ (sending() ? 'signal.sending' : 'signal.send') | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .back {
      display: inline-block;
      margin-bottom: 0.75rem;
    }
    fieldset {
      border: 1px solid var(--line);
      border-radius: 0.5rem;
      padding: 0.5rem 0.85rem 0.85rem;
      margin: 0 0 1rem;
      min-width: 0;
    }
    legend {
      font-weight: 700;
      padding: 0 0.25rem;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0 1rem;
    }
    .small {
      font-size: 0.85rem;
    }
    .check {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin-top: 0.75rem;
    }
  `,
})
export class SignalNew implements OnInit {
  private readonly api = inject(OrientationApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);

  protected readonly sexes = SEXES;
  protected readonly today = parisToday();
  protected readonly identityFields = [
    {
      key: 'lastName',
      field: 'person.lastName',
      label: 'field.lastName',
      type: 'text',
      max: 100,
      required: true,
    },
    {
      key: 'firstName',
      field: 'person.firstName',
      label: 'field.firstName',
      type: 'text',
      max: 100,
      required: true,
    },
    {
      key: 'birthDate',
      field: 'person.birthDate',
      label: 'field.birthDate',
      type: 'date',
      max: null,
      required: true,
    },
    {
      key: 'line',
      field: 'person.address.line',
      label: 'field.address.line',
      type: 'text',
      max: 200,
      required: true,
    },
    {
      key: 'postalCode',
      field: 'person.address.postalCode',
      label: 'field.address.postalCode',
      type: 'text',
      max: 5,
      required: true,
    },
    {
      key: 'city',
      field: 'person.address.city',
      label: 'field.address.city',
      type: 'text',
      max: 100,
      required: true,
    },
    {
      key: 'phone',
      field: 'person.phone',
      label: 'signal.phone',
      type: 'tel',
      max: 30,
      required: false,
    },
  ] as const;

  protected readonly structures = signal<Structure[]>([]);
  protected readonly to = signal('');
  protected readonly form = signal<SignalForm | null>(null);
  protected readonly person = signal<Record<string, string>>({
    lastName: '',
    firstName: '',
    birthDate: '',
    sex: '',
    line: '',
    postalCode: '',
    city: '',
    phone: '',
  });
  protected answers: Answers = {};
  protected informed = false;
  protected readonly sending = signal(false);
  protected readonly error = signal<CallError | null>(null);
  protected readonly answerErrors = signal<Record<string, string>>({});
  protected readonly asksInformed = computed(
    () =>
      !!this.form()?.definition.sections.some((s) => s.questions.some((q) => q.id === INFORMED)),
  );

  ngOnInit(): void {
    this.api.coordinationStructures().subscribe({
      next: (p) => this.structures.set(p.items),
      error: (e) => this.error.set(callError(e)),
    });
  }

  protected choose(structureId: string): void {
    this.to.set(structureId);
    this.form.set(null);
    this.answers = {};
    if (!structureId) return;
    this.api.signalForm(structureId).subscribe({
      next: (f) => this.form.set(f),
      error: (e) => this.error.set(callError(e)),
    });
  }

  protected set(key: string, value: string): void {
    this.person.update((p) => ({ ...p, [key]: value ?? '' }));
  }

  protected fieldError(field: string): string | null {
    return this.error()?.fields[field] ?? null;
  }

  protected send(): void {
    const f = this.form();
    if (!f) return;
    const answers = shownAnswers(f.definition, this.answers);
    // the required questions left empty are said at once, next to each one
    const { shown } = evaluateForm(f.definition, answers);
    const missing = f.definition.sections
      .flatMap((s) => s.questions)
      .filter((q) => q.required && shown.has(q.id) && isEmptyAnswer(answers[q.id]));
    const p = this.person();
    const blank = this.identityFields.filter((x) => x.required && !p[x.key].trim());
    if (missing.length || blank.length || !p['sex']) {
      const message = this.i18n.t('forms.msg.required');
      this.answerErrors.set(Object.fromEntries(missing.map((q) => [q.id, message])));
      const fields: Record<string, string> = Object.fromEntries(
        blank.map((x) => [x.field, message]),
      );
      if (!p['sex']) fields['person.sex'] = message;
      this.error.set({ status: 400, messageKey: 'signal.required', fields });
      this.focusError();
      return;
    }
    this.sending.set(true);
    this.error.set(null);
    this.answerErrors.set({});
    this.api
      .sendSignal({
        toStructureId: this.to(),
        person: {
          lastName: p['lastName'].trim(),
          firstName: p['firstName'].trim(),
          birthDate: p['birthDate'],
          sex: p['sex'] as Sex,
          address: {
            line: p['line'].trim(),
            postalCode: p['postalCode'].trim(),
            city: p['city'].trim(),
          },
          ...(p['phone'].trim() ? { phone: p['phone'].trim() } : {}),
        },
        answers,
        personInformed: this.asksInformed() ? answers[INFORMED] === true : this.informed,
      })
      .subscribe({
        next: (s) => void this.router.navigate(['/signals'], { queryParams: { sent: s.id } }),
        error: (e) => {
          this.sending.set(false);
          const err = callError(e);
          this.answerErrors.set(
            Object.fromEntries(
              Object.entries(err.fields)
                .filter(([k]) => k.startsWith('answers.'))
                .map(([k, v]) => [k.substring('answers.'.length), v]),
            ),
          );
          this.error.set(err);
          this.focusError();
        },
      });
  }

  private focusError(): void {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('[role="alert"]')?.focus(),
      {
        injector: this.injector,
      },
    );
  }
}
