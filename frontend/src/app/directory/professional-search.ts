import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Subject, catchError, debounce, map, of, switchMap, tap, timer } from 'rxjs';
import { Structure } from '../core/models';
import { Pager } from '../core/pager';
import { CallError, callError } from '../core/problem';
import { TranslatePipe } from '../i18n/i18n';
import { DirectoryApi } from './directory-api';
import { PROFESSIONS, ProfessionalCriteria, ProfessionalPage } from './directory-models';
import { ProfessionalCard } from './professional-card';

/** How long typing pauses before the search runs. */
const TYPING_DELAY_MS = 300;

interface SearchRequest {
  criteria: ProfessionalCriteria;
  page: number;
  delay: number;
}

type SearchOutcome = { page: ProfessionalPage; error?: never } | { error: CallError; page?: never };

/** Search of the professionals of the directory: by name, profession, commune (and structure). */
@Component({
  selector: 'app-directory-professionals',
  imports: [FormsModule, TranslatePipe, Pager, ProfessionalCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="visually-hidden">{{ 'directory.professionals.searchTitle' | t }}</h2>
    <form class="card filters" role="search" (ngSubmit)="search(0, 0)">
      <div class="field">
        <label for="pro-q">{{ 'directory.professionals.q' | t }}</label>
        <input
          id="pro-q"
          type="search"
          autocomplete="off"
          maxlength="100"
          [ngModel]="q()"
          (ngModelChange)="q.set($event); search(0, typingDelay)"
          name="q"
          data-testid="directory-q"
        />
      </div>
      <div class="field">
        <label for="pro-profession">{{ 'directory.professionals.profession' | t }}</label>
        <select
          id="pro-profession"
          [ngModel]="profession()"
          (ngModelChange)="profession.set($event); search(0, 0)"
          name="profession"
          data-testid="directory-profession"
        >
          <option value="">{{ 'directory.professionals.anyProfession' | t }}</option>
          @for (p of professions; track p) {
            <option [value]="p">{{ 'profession.' + p | t }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label for="pro-commune">{{ 'directory.professionals.commune' | t }}</label>
        <input
          id="pro-commune"
          type="search"
          autocomplete="address-level2"
          maxlength="100"
          [ngModel]="commune()"
          (ngModelChange)="commune.set($event); search(0, typingDelay)"
          name="commune"
          data-testid="directory-commune"
        />
      </div>
      @if (structure(); as s) {
        <p class="filter-chip" data-testid="structure-filter">
          <span>{{ 'directory.professionals.ofStructure' | t: { name: s.name } }}</span>
          <button type="button" class="btn secondary" (click)="clearStructure.emit()">
            {{ 'directory.professionals.clearStructure' | t }}
          </button>
        </p>
      }
    </form>

    <p class="status muted" role="status" data-testid="professionals-status">
      @if (loading()) {
        {{ 'directory.searching' | t }}
      } @else if (page(); as p) {
        {{ 'directory.professionals.count' | t: { count: p.total } }}
      }
    </p>
    @if (error(); as e) {
      <div class="alert" role="alert">
        {{ e.messageKey | t: { detail: e.detail ?? '' } }}
        <button class="btn secondary" type="button" (click)="retry()">
          {{ 'common.retry' | t }}
        </button>
      </div>
    }
    @if (page(); as p) {
      @if (p.total === 0) {
        <p class="card muted" data-testid="no-professionals">
          {{ 'directory.professionals.empty' | t }}
        </p>
      } @else {
        <ul class="results" [attr.aria-busy]="loading()" data-testid="professionals">
          @for (pro of p.items; track pro.id) {
            <li><app-directory-professional-card [professional]="pro" /></li>
          }
        </ul>
        <app-pager [page]="p" (go)="search($event, 0)" />
      }
    }
  `,
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
      gap: 0 1rem;
      padding-bottom: 0.25rem;
    }
    .filter-chip {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin: 0 0 0.9rem;
      font-weight: 600;
    }
    .status {
      min-height: 1.5rem;
      margin: 0 0 0.5rem;
    }
    .results {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
      gap: 0.75rem;
    }
    .results[aria-busy='true'] {
      opacity: 0.6;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class ProfessionalSearch {
  private readonly api = inject(DirectoryApi);
  /** Only the professionals of this structure (chosen in the structures tab), or all. */
  readonly structure = input<Structure | null>(null);
  readonly clearStructure = output<void>();
  protected readonly professions = PROFESSIONS;
  protected readonly typingDelay = TYPING_DELAY_MS;
  protected readonly q = signal('');
  protected readonly profession = signal('');
  protected readonly commune = signal('');
  protected readonly page = signal<ProfessionalPage | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<CallError | null>(null);
  private readonly requests = new Subject<SearchRequest>();
  private lastPage = 0;

  constructor() {
    this.requests
      .pipe(
        debounce((r) => timer(r.delay)),
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((r) =>
          this.api.searchProfessionals(r.criteria, r.page).pipe(
            map((page): SearchOutcome => ({ page })),
            catchError((e: unknown) => of<SearchOutcome>({ error: callError(e) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => {
        this.loading.set(false);
        if (outcome.page) this.page.set(outcome.page);
        else this.error.set(outcome.error);
      });
    // First search, and a new one whenever the structure filter changes.
    effect(() => {
      const structure = this.structure();
      untracked(() => {
        if (structure) {
          // "Its professionals": all of them, whatever was searched before.
          this.q.set('');
          this.profession.set('');
          this.commune.set('');
        }
        this.search(0, 0);
      });
    });
  }

  protected search(page: number, delay: number): void {
    this.lastPage = page;
    this.requests.next({
      criteria: {
        q: this.q(),
        profession: this.profession(),
        commune: this.commune(),
        structureId: this.structure()?.id ?? '',
      },
      page,
      delay,
    });
  }

  protected retry(): void {
    this.search(this.lastPage, 0);
  }
}
