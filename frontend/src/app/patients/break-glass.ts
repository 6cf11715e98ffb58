import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Api } from '../core/api';
import { CoordinationFile } from '../core/models';
import { CallError, callError } from '../core/problem';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';

/**
 * Break-glass: a professional of the patient's structure, outside the team, opens the file in an
 * emergency. The reason is mandatory, the access lasts a few hours, and the case manager is told.
 */
@Component({
  selector: 'app-break-glass',
  imports: [FormsModule, RouterLink, TranslatePipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a routerLink="/patients" class="back">{{ 'file.back' | t }}</a>
    <h1>{{ 'breakGlass.title' | t }}</h1>
    <div class="alert warn" role="note">{{ 'breakGlass.warning' | t }}</div>
    @if (error(); as e) {
      <div class="alert" role="alert" data-testid="break-glass-error">
        {{ (e.status === 404 ? 'breakGlass.notFound' : e.messageKey) | t }}
      </div>
    }
    @if (found().length > 1) {
      <section class="card">
        <h2>{{ 'breakGlass.several' | t }}</h2>
        <ul>
          @for (f of found(); track f.id) {
            <li>
              <a [routerLink]="['/patients', f.id]"
                >{{ f.lastName.toUpperCase() }} {{ f.firstName }} — {{ f.address.city }}</a
              >
            </li>
          }
        </ul>
      </section>
    }
    <form class="card" (ngSubmit)="open()">
      <div class="grid">
        <app-field
          [label]="'field.lastName' | t"
          required
          controlId="bg-last"
          [error]="error()?.fields?.['lastName']"
        >
          <input appFieldControl name="lastName" required maxlength="100" [(ngModel)]="lastName" />
        </app-field>
        <app-field
          [label]="'field.birthDate' | t"
          required
          controlId="bg-birth"
          [error]="error()?.fields?.['birthDate']"
        >
          <input appFieldControl name="birthDate" type="date" required [(ngModel)]="birthDate" />
        </app-field>
      </div>
      <app-field
        [label]="'breakGlass.reason' | t"
        required
        controlId="bg-reason"
        [hint]="'breakGlass.reasonHelp' | t"
        [error]="error()?.fields?.['reason']"
      >
        <textarea
          appFieldControl
          name="reason"
          rows="3"
          required
          minlength="10"
          maxlength="1000"
          [(ngModel)]="reason"
        ></textarea>
      </app-field>
      <button
        class="btn danger"
        type="submit"
        [disabled]="saving() || !lastName.trim() || !birthDate || reason.trim().length < 10"
        data-testid="break-glass-open"
      >
        {{ 'breakGlass.open' | t }}
      </button>
    </form>
  `,
  styles: `
    .back {
      display: inline-block;
      margin-bottom: 0.75rem;
    }
    .alert.warn {
      background: var(--important-bg);
      color: #6b3d00;
      border-color: #e8c48a;
    }
    .btn.danger {
      background: var(--danger);
      border-color: var(--danger);
    }
  `,
})
export class BreakGlass {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  protected readonly saving = signal(false);
  protected readonly error = signal<CallError | null>(null);
  protected readonly found = signal<CoordinationFile[]>([]);
  protected lastName = '';
  protected birthDate = '';
  protected reason = '';

  protected open(): void {
    this.saving.set(true);
    this.error.set(null);
    this.api.breakGlass(this.lastName.trim(), this.birthDate, this.reason.trim()).subscribe({
      next: (files) => {
        this.saving.set(false);
        if (files.length === 1) void this.router.navigate(['/patients', files[0].id]);
        else this.found.set(files);
      },
      error: (e) => {
        this.saving.set(false);
        this.error.set(callError(e));
      },
    });
  }
}
