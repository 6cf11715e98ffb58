import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Api } from '../core/api';
import { Pager } from '../core/pager';
import { CoordinationFile, Page } from '../core/models';
import { CallError, callError } from '../core/problem';
import { Session } from '../core/session';
import { I18n, TranslatePipe } from '../i18n/i18n';

/** "Mes patients": the files of the care teams I belong to. */
@Component({
  selector: 'app-patient-list',
  imports: [RouterLink, TranslatePipe, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="heading">
      <h1>{{ 'patients.title' | t }}</h1>
      @if (session.isCaseManager()) {
        <a class="btn" routerLink="/patients/new" data-testid="new-file"
          >+ {{ 'patients.new' | t }}</a
        >
      }
    </div>
    @if (error(); as e) {
      <div class="alert" role="alert">
        {{ e.messageKey | t }}
        <button class="btn secondary" (click)="load(0)">{{ 'common.retry' | t }}</button>
      </div>
    }
    @if (page(); as p) {
      @if (p.total === 0) {
        <p class="card muted" data-testid="no-patients">{{ 'patients.empty' | t }}</p>
      } @else {
        <p class="muted">{{ 'patients.count' | t: { count: p.total } }}</p>
        <ul class="patients" data-testid="patients">
          @for (f of p.items; track f.id) {
            <li>
              <a [routerLink]="['/patients', f.id]" class="patient card">
                <span class="name">{{ f.lastName.toUpperCase() }} {{ f.firstName }}</span>
                <span class="muted"
                  >{{ 'sex.' + f.sex | t }} ·
                  {{ 'patients.born' | t: { date: i18n.date(f.birthDate) } }}</span
                >
                <span class="muted">{{ f.address.city }}</span>
              </a>
            </li>
          }
        </ul>
        <app-pager [page]="p" (go)="load($event)" />
      }
    } @else if (!error()) {
      <p aria-live="polite">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .heading {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
      flex-wrap: wrap;
    }
    .patients {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 0.75rem;
    }
    .patient {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      text-decoration: none;
      color: inherit;
      margin: 0;
      height: 100%;
    }
    .patient:hover {
      border-color: var(--brand);
    }
    .name {
      font-weight: 700;
      color: var(--brand-dark);
    }
  `,
})
export class PatientList implements OnInit {
  private readonly api = inject(Api);
  protected readonly session = inject(Session);
  protected readonly i18n = inject(I18n);
  protected readonly page = signal<Page<CoordinationFile> | null>(null);
  protected readonly error = signal<CallError | null>(null);

  ngOnInit(): void {
    this.load(0);
  }

  protected load(page: number): void {
    this.error.set(null);
    this.api.myPatients(page).subscribe({
      next: (p) => this.page.set(p),
      error: (e) => this.error.set(callError(e)),
    });
  }
}
