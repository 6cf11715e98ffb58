import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Structure } from '../core/models';
import { Pager } from '../core/pager';
import { CallError, callError } from '../core/problem';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { CsvImport } from './csv-import';
import { DirectoryApi } from './directory-api';
import { DirectoryProfessional, ProfessionalPage, StructureDetail } from './directory-models';
import { telHref } from './professional-card';
import { ProfessionalForm } from './professional-form';

/** "Ma structure": its administrator keeps the staff and the services of the structure up to date. */
@Component({
  selector: 'app-directory-my-structure',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    Pager,
    ProfessionalForm,
    CsvImport,
    Field,
    FieldControl,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'directory.mine.title' | t: { name: structure().name } }}</h2>
    <div class="notice" aria-live="polite">
      @if (notice(); as n) {
        <p class="alert ok" tabindex="-1" #noticeEl data-testid="mine-notice">{{ n }}</p>
      }
    </div>

    <section aria-labelledby="mine-staff-title" class="block">
      <div class="heading">
        <h3 id="mine-staff-title" tabindex="-1" #staffTitle>{{ 'directory.mine.staff' | t }}</h3>
        @if (form() !== 'new') {
          <button class="btn" type="button" (click)="openCreate()" data-testid="add-professional">
            + {{ 'directory.mine.add' | t }}
          </button>
        }
      </div>
      @if (editError(); as e) {
        <div class="alert" role="alert">{{ e.messageKey | t: { detail: e.detail ?? '' } }}</div>
      }
      @if (form(); as f) {
        <app-directory-professional-form
          [structureId]="structure().id"
          [professional]="f === 'new' ? null : f"
          (saved)="saved($event, f === 'new')"
          (cancelled)="closeForm()"
        />
      }
      @if (staffError(); as e) {
        <div class="alert" role="alert">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
          <button class="btn secondary" type="button" (click)="loadStaff(staffPage)">
            {{ 'common.retry' | t }}
          </button>
        </div>
      }
      @if (staff(); as p) {
        @if (p.total === 0) {
          <p class="muted" data-testid="no-staff">{{ 'directory.mine.noStaff' | t }}</p>
        } @else {
          <p class="muted">{{ 'directory.professionals.count' | t: { count: p.total } }}</p>
          <ul class="staff" data-testid="staff">
            @for (pro of p.items; track pro.id) {
              <li>
                <span class="who">
                  <span class="name">{{ pro.lastName.toUpperCase() }} {{ pro.firstName }}</span>
                  <span class="tags">
                    <span class="badge">{{ 'profession.' + pro.profession | t }}</span>
                    @if (pro.hasLogin) {
                      <span class="badge login">{{ 'directory.professional.hasLogin' | t }}</span>
                    }
                    @if (pro.rpps) {
                      <span class="muted small">RPPS {{ pro.rpps }}</span>
                    }
                  </span>
                </span>
                <button
                  class="btn secondary"
                  type="button"
                  [disabled]="loadingEdit() === pro.id"
                  [attr.aria-label]="
                    'directory.mine.editOf' | t: { name: pro.firstName + ' ' + pro.lastName }
                  "
                  (click)="openEdit(pro)"
                  data-testid="edit-professional"
                >
                  {{ (loadingEdit() === pro.id ? 'common.loading' : 'directory.mine.edit') | t }}
                </button>
              </li>
            }
          </ul>
          <app-pager [page]="p" (go)="loadStaff($event)" />
        }
      } @else if (!staffError()) {
        <p class="muted" role="status">{{ 'common.loading' | t }}</p>
      }
    </section>

    <section aria-labelledby="mine-services-title" class="block">
      <h3 id="mine-services-title">{{ 'directory.services.mineTitle' | t }}</h3>
      @if (detailError(); as e) {
        <div class="alert" role="alert">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
          <button class="btn secondary" type="button" (click)="loadDetail()">
            {{ 'common.retry' | t }}
          </button>
        </div>
      }
      @if (detail(); as d) {
        @if (d.services.length) {
          <ul class="services" data-testid="my-services">
            @for (s of d.services; track s.id) {
              <li>
                <span class="service-name">{{ s.name }}</span>
                @if (s.phone) {
                  <a [href]="tel(s.phone)">{{ s.phone }}</a>
                }
              </li>
            }
          </ul>
        } @else {
          <p class="muted">{{ 'directory.services.empty' | t }}</p>
        }
      } @else if (!detailError()) {
        <p class="muted" role="status">{{ 'common.loading' | t }}</p>
      }
      <form
        class="card service-form"
        [formGroup]="serviceForm"
        (ngSubmit)="addService()"
        novalidate
        aria-labelledby="service-form-title"
        data-testid="service-form"
      >
        <h4 id="service-form-title">{{ 'directory.services.add' | t }}</h4>
        @if (serviceError(); as e) {
          <div class="alert" role="alert" data-testid="service-error">
            {{ e.messageKey | t: { detail: e.detail ?? '' } }}
          </div>
        }
        <div class="grid">
          <app-field
            [label]="'directory.services.name' | t"
            required
            controlId="service-name"
            [error]="serviceBad('name') ? serviceFieldError('name') : null"
          >
            <input appFieldControl formControlName="name" autocomplete="off" maxlength="200" />
          </app-field>
          <app-field
            [label]="'directory.services.phone' | t"
            controlId="service-phone"
            [error]="serviceBad('phone') ? serviceFieldError('phone') : null"
          >
            <input
              appFieldControl
              type="tel"
              formControlName="phone"
              autocomplete="off"
              maxlength="30"
            />
          </app-field>
        </div>
        <button class="btn" type="submit" [disabled]="savingService()" data-testid="add-service">
          {{ (savingService() ? 'directory.services.saving' : 'directory.services.submit') | t }}
        </button>
      </form>
    </section>

    <section aria-labelledby="mine-import-title" class="block">
      <h3 id="mine-import-title">{{ 'directory.import.title' | t }}</h3>
      <app-directory-csv-import [structureId]="structure().id" (done)="imported()" />
    </section>
  `,
  styles: `
    h2 {
      overflow-wrap: anywhere;
    }
    .block {
      border-top: 1px solid var(--line);
      padding-top: 1rem;
      margin-top: 1.25rem;
    }
    .heading {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem 1rem;
      flex-wrap: wrap;
      margin-bottom: 0.75rem;
    }
    h3 {
      font-size: 1.1rem;
      margin: 0;
    }
    #mine-services-title,
    #mine-import-title {
      margin-bottom: 0.75rem;
    }
    h4 {
      font-size: 1rem;
      margin: 0 0 0.75rem;
    }
    .staff {
      list-style: none;
      padding: 0;
      margin: 0;
      background: var(--card);
      border: 1px solid var(--line);
      border-radius: 0.75rem;
    }
    .staff li {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding: 0.6rem 1rem;
      border-bottom: 1px solid var(--line);
    }
    .staff li:last-child {
      border-bottom: 0;
    }
    .who {
      display: flex;
      flex-direction: column;
      gap: 0.2rem;
      min-width: 0;
    }
    .name {
      font-weight: 700;
      color: var(--brand-dark);
      overflow-wrap: anywhere;
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.3rem;
    }
    .badge.login {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .small {
      font-size: 0.85rem;
    }
    .staff .btn {
      flex: none;
    }
    .services {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    .services li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 1rem;
      padding: 0.45rem 0;
      border-bottom: 1px solid var(--line);
    }
    .services a {
      display: inline-block;
      padding: 0.25rem 0;
    }
    .service-name {
      font-weight: 600;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0 1rem;
    }
    .notice:empty {
      display: none;
    }
  `,
})
export class MyStructure {
  private readonly api = inject(DirectoryApi);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  /** The structure of the logged-in administrator. */
  readonly structure = input.required<Structure>();
  protected readonly tel = telHref;
  protected readonly staff = signal<ProfessionalPage | null>(null);
  protected readonly staffError = signal<CallError | null>(null);
  protected staffPage = 0;
  /** The form shown: a new professional, the entry being corrected, or none. */
  protected readonly form = signal<'new' | DirectoryProfessional | null>(null);
  protected readonly loadingEdit = signal<string | null>(null);
  protected readonly editError = signal<CallError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly detail = signal<StructureDetail | null>(null);
  protected readonly detailError = signal<CallError | null>(null);
  protected readonly savingService = signal(false);
  protected readonly serviceError = signal<CallError | null>(null);
  private readonly serviceServerErrors = signal<Record<string, string>>({});
  private readonly noticeEl = viewChild<ElementRef<HTMLElement>>('noticeEl');
  private readonly staffTitle = viewChild<ElementRef<HTMLElement>>('staffTitle');

  protected readonly serviceForm = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    phone: ['', [Validators.pattern(/^[0-9 +().-]*$/), Validators.maxLength(30)]],
  });

  constructor() {
    effect(() => {
      this.structure();
      untracked(() => {
        this.loadStaff(0);
        this.loadDetail();
      });
    });
  }

  protected loadStaff(page: number): void {
    this.staffPage = page;
    this.staffError.set(null);
    this.api.searchProfessionals({ structureId: this.structure().id }, page).subscribe({
      next: (p) => this.staff.set(p),
      error: (e) => this.staffError.set(callError(e)),
    });
  }

  protected loadDetail(): void {
    this.detailError.set(null);
    this.api.structure(this.structure().id).subscribe({
      next: (d) => this.detail.set(d),
      error: (e) => this.detailError.set(callError(e)),
    });
  }

  protected openCreate(): void {
    this.notice.set(null);
    this.editError.set(null);
    this.form.set('new');
  }

  /** Reads the entry afresh, so that the edit starts from its current version. */
  protected openEdit(pro: DirectoryProfessional): void {
    this.notice.set(null);
    this.editError.set(null);
    this.loadingEdit.set(pro.id);
    this.api.professional(pro.id).subscribe({
      next: (fresh) => {
        this.loadingEdit.set(null);
        this.form.set(fresh);
      },
      error: (e) => {
        this.loadingEdit.set(null);
        this.editError.set(callError(e));
      },
    });
  }

  protected closeForm(): void {
    this.form.set(null);
    afterNextRender(() => this.staffTitle()?.nativeElement.focus(), { injector: this.injector });
  }

  protected saved(pro: DirectoryProfessional, created: boolean): void {
    const name = `${pro.firstName} ${pro.lastName}`;
    this.form.set(null);
    this.announce(
      this.i18n.t(created ? 'directory.mine.created' : 'directory.mine.updated', { name }),
    );
    this.loadStaff(created ? 0 : this.staffPage);
  }

  /** After a CSV import (the import says itself how many were added). */
  protected imported(): void {
    this.loadStaff(0);
  }

  protected serviceBad(name: 'name' | 'phone'): boolean {
    const control = this.serviceForm.controls[name];
    return (
      (control.invalid && (control.touched || control.dirty)) || !!this.serviceServerErrors()[name]
    );
  }

  protected serviceFieldError(name: 'name' | 'phone'): string {
    const control = this.serviceForm.controls[name];
    if (control.hasError('required')) return this.i18n.t('common.required');
    if (control.hasError('pattern')) return this.i18n.t('directory.form.phoneInvalid');
    return this.serviceServerErrors()[name] ?? '';
  }

  protected addService(): void {
    this.serviceForm.markAllAsTouched();
    this.serviceServerErrors.set({});
    if (this.serviceForm.invalid) {
      this.serviceError.set({ status: 400, messageKey: 'error.fix', fields: {} });
      return;
    }
    const v = this.serviceForm.getRawValue();
    const service = { name: v.name.trim(), phone: v.phone.trim() || null };
    this.savingService.set(true);
    this.serviceError.set(null);
    this.api.addService(this.structure().id, service).subscribe({
      next: (added) => {
        this.savingService.set(false);
        this.detail.update((d) => (d ? { ...d, services: [...d.services, added] } : d));
        this.serviceForm.reset();
        this.announce(this.i18n.t('directory.services.added', { name: added.name }));
      },
      error: (e) => {
        this.savingService.set(false);
        const err = callError(e);
        const fields = { ...err.fields };
        if (err.status === 409) fields['name'] = this.i18n.t('directory.services.nameTaken');
        this.serviceError.set(err);
        this.serviceServerErrors.set(fields);
      },
    });
  }

  /** Says what was done, and moves the focus there (the form that had it may be gone). */
  private announce(text: string): void {
    this.notice.set(text);
    afterNextRender(() => this.noticeEl()?.nativeElement.focus(), { injector: this.injector });
  }
}
