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
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CallError, callError } from '../core/problem';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { DirectoryApi } from './directory-api';
import {
  DirectoryProfessional,
  PROFESSIONS,
  Profession,
  ProfessionalDetails,
} from './directory-models';
import { rppsValidator } from './rpps';

type FieldName = 'lastName' | 'firstName' | 'profession' | 'rpps' | 'email' | 'phone' | 'username';

/** Which field a conflict code of the server is about. */
const FIELD_OF_CODE: Record<string, FieldName> = {
  'rpps-taken': 'rpps',
  'username-taken': 'username',
};

/**
 * A structure admin adds a professional to the structure, or corrects one of its entries
 * (optimistic locking: the version read goes in If-Match, 412 when someone changed it since).
 */
@Component({
  selector: 'app-directory-professional-form',
  imports: [ReactiveFormsModule, TranslatePipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="card pro-form"
      [formGroup]="form"
      (ngSubmit)="submit()"
      novalidate
      [attr.aria-labelledby]="formId + '-title'"
      data-testid="professional-form"
    >
      <h3 [id]="formId + '-title'" tabindex="-1" #heading>
        @if (professional(); as p) {
          {{ 'directory.form.editTitle' | t: { name: p.firstName + ' ' + p.lastName } }}
        } @else {
          {{ 'directory.form.createTitle' | t }}
        }
      </h3>
      <p class="muted small">{{ 'directory.form.requiredHelp' | t }}</p>
      @if (stale()) {
        <div class="alert" role="alert" data-testid="stale-error">
          {{ 'directory.form.stale' | t }}
          <button class="btn secondary" type="button" (click)="reload()" [disabled]="saving()">
            {{ 'directory.form.reload' | t }}
          </button>
        </div>
      } @else if (error(); as e) {
        <div class="alert" role="alert" data-testid="professional-form-error">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
        </div>
      }
      <div class="grid">
        <app-field
          [label]="'directory.form.lastName' | t"
          required
          [controlId]="formId + '-lastName'"
          [error]="shownError('lastName')"
        >
          <input appFieldControl formControlName="lastName" autocomplete="off" maxlength="100" />
        </app-field>
        <app-field
          [label]="'directory.form.firstName' | t"
          required
          [controlId]="formId + '-firstName'"
          [error]="shownError('firstName')"
        >
          <input appFieldControl formControlName="firstName" autocomplete="off" maxlength="100" />
        </app-field>
        <app-field
          [label]="'directory.form.profession' | t"
          required
          [controlId]="formId + '-profession'"
          [error]="shownError('profession')"
        >
          <select appFieldControl formControlName="profession">
            <option value="" disabled>{{ 'directory.form.chooseProfession' | t }}</option>
            @for (p of professions; track p) {
              <option [value]="p">{{ 'profession.' + p | t }}</option>
            }
          </select>
        </app-field>
        <app-field
          [label]="'directory.form.rpps' | t"
          [controlId]="formId + '-rpps'"
          [hint]="'directory.form.rppsHelp' | t"
          [error]="shownError('rpps')"
          errorTestId="rpps-error"
        >
          <input
            appFieldControl
            formControlName="rpps"
            autocomplete="off"
            inputmode="numeric"
            maxlength="11"
            data-testid="rpps"
          />
        </app-field>
        <app-field
          [label]="'directory.form.email' | t"
          [controlId]="formId + '-email'"
          [error]="shownError('email')"
        >
          <input
            appFieldControl
            type="email"
            formControlName="email"
            autocomplete="off"
            maxlength="200"
          />
        </app-field>
        <app-field
          [label]="'directory.form.phone' | t"
          [controlId]="formId + '-phone'"
          [error]="shownError('phone')"
        >
          <input
            appFieldControl
            type="tel"
            formControlName="phone"
            autocomplete="off"
            maxlength="30"
          />
        </app-field>
        <app-field
          [label]="'directory.form.username' | t"
          [controlId]="formId + '-username'"
          [hint]="usernameHelp() | t"
          [error]="shownError('username')"
        >
          <input
            appFieldControl
            formControlName="username"
            autocomplete="off"
            autocapitalize="none"
            spellcheck="false"
            maxlength="100"
          />
        </app-field>
      </div>
      <div class="actions">
        <button class="btn" type="submit" [disabled]="saving()" data-testid="save-professional">
          {{ (saving() ? 'directory.form.saving' : 'directory.form.save') | t }}
        </button>
        <button class="btn secondary" type="button" (click)="cancelled.emit()">
          {{ 'common.cancel' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .pro-form {
      border-color: var(--brand);
    }
    h3 {
      font-size: 1.05rem;
      margin: 0 0 0.25rem;
    }
    .small {
      font-size: 0.85rem;
      margin: 0 0 0.75rem;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0 1rem;
    }
    .actions {
      display: flex;
      gap: 0.75rem;
      flex-wrap: wrap;
    }
  `,
})
export class ProfessionalForm {
  private static nextId = 0;
  private readonly api = inject(DirectoryApi);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** The structure a new professional joins. */
  readonly structureId = input.required<string>();
  /** The entry to correct, as just read from the server; null to add a new professional. */
  readonly professional = input<DirectoryProfessional | null>(null);
  readonly saved = output<DirectoryProfessional>();
  readonly cancelled = output<void>();
  protected readonly formId = `pro-form-${ProfessionalForm.nextId++}`;
  protected readonly professions = PROFESSIONS;
  protected readonly saving = signal(false);
  protected readonly stale = signal(false);
  protected readonly error = signal<CallError | null>(null);
  private readonly serverErrors = signal<Record<string, string>>({});
  /** The version the edit started from, sent back in If-Match. */
  private version = 0;
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    firstName: ['', [Validators.required, Validators.maxLength(100)]],
    profession: ['' as Profession | '', Validators.required],
    rpps: ['', rppsValidator],
    email: ['', [Validators.email, Validators.maxLength(200)]],
    phone: ['', [Validators.pattern(/^[0-9 +().-]*$/), Validators.maxLength(30)]],
    username: ['', [Validators.pattern(/^[a-z0-9._@-]*$/), Validators.maxLength(100)]],
  });

  protected readonly usernameHelp = computed(() =>
    this.professional()?.hasLogin
      ? 'directory.form.usernameHelpLinked'
      : 'directory.form.usernameHelp',
  );

  constructor() {
    effect(() => {
      const professional = this.professional();
      untracked(() => {
        this.fill(professional);
        afterNextRender(() => this.heading().nativeElement.focus(), { injector: this.injector });
      });
    });
    // A server error on a field goes away as soon as the field is changed.
    for (const [name, control] of Object.entries<AbstractControl>(this.form.controls)) {
      control.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
        if (this.serverErrors()[name]) {
          this.serverErrors.update(({ [name]: _, ...others }) => others);
        }
      });
    }
  }

  private fill(p: DirectoryProfessional | null): void {
    this.version = p?.version ?? 0;
    this.stale.set(false);
    this.error.set(null);
    this.serverErrors.set({});
    this.form.reset({
      lastName: p?.lastName ?? '',
      firstName: p?.firstName ?? '',
      profession: (p?.profession as Profession | undefined) ?? '',
      rpps: p?.rpps ?? '',
      email: p?.email ?? '',
      phone: p?.phone ?? '',
      username: '',
    });
  }

  protected bad(name: FieldName): boolean {
    const control = this.form.controls[name];
    return (control.invalid && (control.touched || control.dirty)) || !!this.serverErrors()[name];
  }

  /** The message of a field the person has touched or the server refused, else none. */
  protected shownError(name: FieldName): string | null {
    return this.bad(name) ? this.fieldError(name) : null;
  }

  protected fieldError(name: FieldName): string {
    const control = this.form.controls[name];
    if (control.hasError('required')) return this.i18n.t('common.required');
    if (control.hasError('rppsFormat')) return this.i18n.t('directory.form.rppsFormat');
    if (control.hasError('rppsCheck')) return this.i18n.t('directory.form.rppsCheck');
    if (control.hasError('email')) return this.i18n.t('directory.form.emailInvalid');
    if (control.hasError('maxlength')) return this.i18n.t('directory.form.tooLong');
    if (control.hasError('pattern')) {
      return this.i18n.t(
        name === 'username' ? 'directory.form.usernameInvalid' : 'directory.form.phoneInvalid',
      );
    }
    return this.serverErrors()[name] ?? '';
  }

  /** Reads the entry again after a 412, dropping the changes made on the stale version. */
  protected reload(): void {
    const current = this.professional();
    if (!current) return;
    this.saving.set(true);
    this.api.professional(current.id).subscribe({
      next: (fresh) => {
        this.saving.set(false);
        this.fill(fresh);
        this.heading().nativeElement.focus();
      },
      error: (e) => {
        this.saving.set(false);
        this.stale.set(false);
        this.error.set(callError(e));
      },
    });
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    this.serverErrors.set({});
    this.stale.set(false);
    if (this.form.invalid) {
      this.error.set({ status: 400, messageKey: 'error.fix', fields: {} });
      this.focusFirstInvalid();
      return;
    }
    const v = this.form.getRawValue();
    const details: ProfessionalDetails = {
      firstName: v.firstName.trim(),
      lastName: v.lastName.trim(),
      profession: v.profession as Profession,
      rpps: v.rpps.trim() || null,
      email: v.email.trim() || null,
      phone: v.phone.trim() || null,
      username: v.username.trim() || null,
    };
    const existing = this.professional();
    const call = existing
      ? this.api.updateProfessional(existing.id, this.version, details)
      : this.api.createProfessional(this.structureId(), details);
    this.saving.set(true);
    this.error.set(null);
    call.subscribe({
      next: (professional) => {
        this.saving.set(false);
        this.saved.emit(professional);
      },
      error: (e) => {
        this.saving.set(false);
        const err = callError(e);
        if (err.status === 412) {
          this.stale.set(true);
          return;
        }
        const fields = { ...err.fields };
        const code = (e as { error?: { code?: string } }).error?.code ?? '';
        const field = FIELD_OF_CODE[code];
        if (field) fields[field] = this.i18n.t(`problem.${code}`);
        this.error.set(err);
        this.serverErrors.set(fields);
        this.focusFirstInvalid();
      },
    });
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      { injector: this.injector },
    );
  }
}
