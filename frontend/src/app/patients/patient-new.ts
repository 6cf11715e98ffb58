import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators, AbstractControl } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Api } from '../core/api';
import {
  InsStatus,
  PossibleDuplicate,
  REFERRAL_ORIGINS,
  ReferralOrigin,
  SEXES,
  Sex,
} from '../core/models';
import { CallError, callError } from '../core/problem';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { isValidIns } from './ins';
import { PossibleDuplicates } from './possible-duplicates';
import { parisToday } from '../agenda/agenda-dates';

function insValidator(control: AbstractControl) {
  const value = (control.value as string | null)?.trim();
  return !value || isValidIns(value) ? null : { ins: true };
}

function notInFuture(control: AbstractControl) {
  const value = control.value as string | null;
  return value && value > parisToday() ? { future: true } : null;
}

/** A case manager opens a coordination file for a patient. */
@Component({
  selector: 'app-patient-new',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    PossibleDuplicates,
    Field,
    FieldControl,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'new.title' | t }}</h1>
    <p class="muted">{{ 'new.intro' | t }}</p>
    @if (error(); as e) {
      <div class="alert" role="alert" data-testid="form-error">
        {{ e.messageKey | t: { detail: e.detail ?? '' } }}
      </div>
    }
    <form class="card" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <div class="grid">
        <app-field
          [label]="'field.lastName' | t"
          required
          controlId="lastName"
          [error]="bad('lastName') ? fieldError('lastName') : null"
        >
          <input appFieldControl formControlName="lastName" autocomplete="off" maxlength="100" />
        </app-field>
        <app-field
          [label]="'field.firstName' | t"
          required
          controlId="firstName"
          [error]="bad('firstName') ? fieldError('firstName') : null"
        >
          <input appFieldControl formControlName="firstName" autocomplete="off" maxlength="100" />
        </app-field>
        <app-field
          [label]="'field.birthDate' | t"
          required
          controlId="birthDate"
          [error]="bad('birthDate') ? fieldError('birthDate') : null"
        >
          <input appFieldControl type="date" formControlName="birthDate" />
        </app-field>
        <app-field
          [label]="'field.sex' | t"
          required
          controlId="sex"
          [error]="bad('sex') ? fieldError('sex') : null"
        >
          <select appFieldControl formControlName="sex">
            <option value="">{{ 'field.sex.choose' | t }}</option>
            @for (s of sexes; track s) {
              <option [value]="s">{{ 'sex.' + s | t }}</option>
            }
          </select>
        </app-field>
      </div>
      <app-field
        [label]="'field.address.line' | t"
        required
        controlId="line"
        [error]="bad('line') ? fieldError('line') : null"
      >
        <input appFieldControl formControlName="line" autocomplete="off" maxlength="200" />
      </app-field>
      <div class="grid">
        <app-field
          [label]="'field.address.postalCode' | t"
          required
          controlId="postalCode"
          [error]="bad('postalCode') ? fieldError('postalCode') : null"
        >
          <input appFieldControl formControlName="postalCode" inputmode="numeric" maxlength="5" />
        </app-field>
        <app-field
          [label]="'field.address.city' | t"
          required
          controlId="city"
          [error]="bad('city') ? fieldError('city') : null"
        >
          <input appFieldControl formControlName="city" maxlength="100" />
        </app-field>
      </div>
      <app-field
        [label]="'field.ins' | t"
        controlId="ins"
        [hint]="'field.ins.help' | t"
        [error]="bad('ins') ? fieldError('ins') : null"
        errorTestId="ins-error"
      >
        <input appFieldControl formControlName="ins" autocomplete="off" maxlength="20" />
      </app-field>
      <div class="grid">
        <app-field [label]="'field.insStatus' | t" controlId="insStatus">
          <select appFieldControl formControlName="insStatus">
            <option value="PROVISIONAL">{{ 'insStatus.PROVISIONAL' | t }}</option>
            <option value="QUALIFIED">{{ 'insStatus.QUALIFIED' | t }}</option>
          </select>
        </app-field>
        <app-field
          [label]="'field.phone' | t"
          controlId="phone"
          [error]="bad('phone') ? fieldError('phone') : null"
        >
          <input appFieldControl type="tel" formControlName="phone" maxlength="30" />
        </app-field>
      </div>
      <fieldset>
        <legend>{{ 'new.referral' | t }}</legend>
        <div class="grid">
          <app-field [label]="'coordination.referral' | t" controlId="referralOrigin">
            <select appFieldControl formControlName="referralOrigin" data-testid="referral-origin">
              <option value="">—</option>
              @for (o of origins; track o) {
                <option [value]="o">{{ 'referral.' + o | t }}</option>
              }
            </select>
          </app-field>
          <app-field [label]="'coordination.referralDetail' | t" controlId="referralDetail">
            <input
              appFieldControl
              formControlName="referralDetail"
              maxlength="200"
              data-testid="referral-detail"
            />
          </app-field>
          <app-field [label]="'coordination.area' | t" controlId="catchmentArea">
            <input appFieldControl formControlName="catchmentArea" maxlength="100" />
          </app-field>
        </div>
      </fieldset>
      @if (duplicates().length) {
        <app-possible-duplicates [duplicates]="duplicates()">
          <p>{{ 'new.duplicatesThen' | t }}</p>
        </app-possible-duplicates>
      }
      <div class="actions">
        <button class="btn" type="submit" [disabled]="saving()" data-testid="create-file">
          {{
            (saving() ? 'new.saving' : duplicates().length ? 'new.submitAnyway' : 'new.submit') | t
          }}
        </button>
        <a class="btn secondary" routerLink="/patients">{{ 'common.cancel' | t }}</a>
      </div>
    </form>
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0 1rem;
    }
    fieldset {
      border: 1px solid var(--line);
      border-radius: 0.5rem;
      margin: 0 0 1rem;
      padding: 0.5rem 1rem 0;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    .actions {
      display: flex;
      gap: 0.75rem;
      flex-wrap: wrap;
    }
  `,
})
export class PatientNew {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  protected readonly sexes = SEXES;
  protected readonly origins = REFERRAL_ORIGINS;
  protected readonly saving = signal(false);
  protected readonly error = signal<CallError | null>(null);
  private readonly serverErrors = signal<Record<string, string>>({});
  /** Files that may already be about this person, found before creating. */
  protected readonly duplicates = signal<PossibleDuplicate[]>([]);
  private checkedFor: string | null = null;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    firstName: ['', [Validators.required, Validators.maxLength(100)]],
    birthDate: ['', [Validators.required, notInFuture]],
    // no default: the user says it (issue 17)
    sex: ['' as Sex | '', Validators.required],
    line: ['', [Validators.required, Validators.maxLength(200)]],
    postalCode: ['', [Validators.required, Validators.pattern(/^[0-9]{5}$/)]],
    city: ['', [Validators.required, Validators.maxLength(100)]],
    ins: ['', insValidator],
    insStatus: ['PROVISIONAL' as InsStatus],
    phone: ['', [Validators.maxLength(30), Validators.pattern(/^[0-9 +().-]*$/)]],
    referralOrigin: ['' as ReferralOrigin | ''],
    referralDetail: ['', Validators.maxLength(200)],
    catchmentArea: ['', Validators.maxLength(100)],
  });

  private static readonly SERVER_FIELD: Record<string, string> = {
    line: 'address.line',
    postalCode: 'address.postalCode',
    city: 'address.city',
  };

  protected bad(name: keyof typeof this.form.controls): boolean {
    const control = this.form.controls[name];
    return (control.invalid && (control.touched || control.dirty)) || !!this.serverError(name);
  }

  protected fieldError(name: keyof typeof this.form.controls): string {
    const control = this.form.controls[name];
    if (control.hasError('required')) return this.i18n.t('common.required');
    if (control.hasError('ins')) return this.i18n.t('field.ins.invalid');
    if (control.hasError('future')) return this.i18n.t('field.birthDate.future');
    if (control.hasError('pattern'))
      return this.i18n.t(name === 'phone' ? 'field.phone.invalid' : 'field.postalCode.invalid');
    return this.serverError(name) ?? '';
  }

  private serverError(name: string): string | undefined {
    return this.serverErrors()[PatientNew.SERVER_FIELD[name] ?? name];
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    this.serverErrors.set({});
    if (this.form.invalid) {
      this.error.set({ status: 400, messageKey: 'error.fix', fields: {} });
      return;
    }
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.error.set(null);
    // Once the possible duplicates are shown, a second click creates the file all the same.
    if (this.checkedFor === this.identityKey()) {
      this.create();
      return;
    }
    this.api
      .possibleDuplicates({
        lastName: v.lastName.trim(),
        firstName: v.firstName.trim(),
        birthDate: v.birthDate,
        ins: v.ins.trim() || null,
      })
      .subscribe({
        next: (found) => {
          this.checkedFor = this.identityKey();
          this.duplicates.set(found);
          if (found.length) this.saving.set(false);
          else this.create();
        },
        // The check helps; it never stops a file from being opened.
        error: () => this.create(),
      });
  }

  /** The identity the duplicates were looked for; another one is looked for again. */
  private identityKey(): string {
    const v = this.form.getRawValue();
    return [v.lastName.trim(), v.firstName.trim(), v.birthDate, v.ins.trim()]
      .join('|')
      .toLowerCase();
  }

  private create(): void {
    const v = this.form.getRawValue();
    this.api
      .openFile({
        firstName: v.firstName.trim(),
        lastName: v.lastName.trim(),
        birthDate: v.birthDate,
        sex: v.sex as Sex,
        address: { line: v.line.trim(), postalCode: v.postalCode, city: v.city.trim() },
        ins: v.ins.trim() || null,
        insStatus: v.ins.trim() ? v.insStatus : null,
        phone: v.phone.trim() || null,
        referralOrigin: v.referralOrigin || null,
        referralDetail: v.referralDetail.trim() || null,
        catchmentArea: v.catchmentArea.trim() || null,
      })
      .subscribe({
        next: (file) => void this.router.navigate(['/patients', file.id]),
        error: (e) => {
          const err = callError(e);
          this.saving.set(false);
          this.error.set(err);
          this.serverErrors.set(err.fields);
        },
      });
  }
}
