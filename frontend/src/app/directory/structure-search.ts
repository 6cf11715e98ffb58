import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Subject, catchError, debounce, map, of, switchMap, tap, timer } from 'rxjs';
import { Structure } from '../core/models';
import { Pager } from '../core/pager';
import { CallError, callError } from '../core/problem';
import { TranslatePipe } from '../i18n/i18n';
import { DirectoryApi } from './directory-api';
import { STRUCTURE_TYPES, StructureDetail, StructurePage } from './directory-models';
import { StructureContact } from './structure-contact';

const TYPING_DELAY_MS = 300;

interface SearchRequest {
  q: string;
  type: string;
  page: number;
  delay: number;
}

type SearchOutcome = { page: StructurePage; error?: never } | { error: CallError; page?: never };

/** Search of the structures of the directory; a structure opens on its contact and services. */
@Component({
  selector: 'app-directory-structures',
  imports: [FormsModule, TranslatePipe, Pager, StructureContact],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="visually-hidden">{{ 'directory.structures.searchTitle' | t }}</h2>
    <form class="card filters" role="search" (ngSubmit)="search(0, 0)">
      <div class="field">
        <label for="structure-q">{{ 'directory.structures.q' | t }}</label>
        <input
          id="structure-q"
          type="search"
          autocomplete="off"
          maxlength="100"
          name="q"
          [ngModel]="q()"
          (ngModelChange)="q.set($event); search(0, typingDelay)"
          data-testid="structure-q"
        />
      </div>
      <div class="field">
        <label for="structure-type">{{ 'directory.structures.type' | t }}</label>
        <select
          id="structure-type"
          name="type"
          [ngModel]="type()"
          (ngModelChange)="type.set($event); search(0, 0)"
          data-testid="structure-type"
        >
          <option value="">{{ 'directory.structures.anyType' | t }}</option>
          @for (st of types; track st) {
            <option [value]="st">{{ 'directory.type.' + st | t }}</option>
          }
        </select>
      </div>
    </form>

    <p class="status muted" role="status" data-testid="structures-status">
      @if (loading()) {
        {{ 'directory.searching' | t }}
      } @else if (page(); as p) {
        {{ 'directory.structures.count' | t: { count: p.total } }}
      }
    </p>
    @if (error(); as e) {
      <div class="alert" role="alert">
        {{ e.messageKey | t: { detail: e.detail ?? '' } }}
        <button class="btn secondary" type="button" (click)="search(lastPage, 0)">
          {{ 'common.retry' | t }}
        </button>
      </div>
    }
    @if (page(); as p) {
      @if (p.total === 0) {
        <p class="card muted" data-testid="no-structures">{{ 'directory.structures.empty' | t }}</p>
      } @else {
        <ul class="results" [attr.aria-busy]="loading()" data-testid="structures">
          @for (s of p.items; track s.id) {
            <li class="card structure" [class.open]="openId() === s.id">
              <h3>
                <button
                  type="button"
                  class="toggle"
                  [attr.aria-expanded]="openId() === s.id"
                  [attr.aria-controls]="'structure-detail-' + s.id"
                  (click)="toggle(s)"
                  data-testid="structure-toggle"
                >
                  <span class="chevron" aria-hidden="true">{{
                    openId() === s.id ? '▾' : '▸'
                  }}</span>
                  <span class="title">
                    <span class="name">{{ s.name }}</span>
                    <span class="muted"
                      >{{ 'directory.type.' + s.type | t }} · {{ s.commune }}</span
                    >
                  </span>
                </button>
              </h3>
              <div [id]="'structure-detail-' + s.id" [hidden]="openId() !== s.id">
                @if (openId() === s.id) {
                  @if (detailError(); as e) {
                    <div class="alert" role="alert">
                      {{ e.messageKey | t: { detail: e.detail ?? '' } }}
                      <button class="btn secondary" type="button" (click)="loadDetail(s.id)">
                        {{ 'common.retry' | t }}
                      </button>
                    </div>
                  } @else if (detail(); as d) {
                    <app-directory-structure-contact [structure]="d" />
                    <button
                      type="button"
                      class="btn secondary"
                      (click)="showProfessionals.emit(s)"
                      data-testid="structure-professionals"
                    >
                      {{ 'directory.structures.showProfessionals' | t }}
                    </button>
                  } @else {
                    <p class="muted" role="status">{{ 'common.loading' | t }}</p>
                  }
                }
              </div>
            </li>
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
    .status {
      min-height: 1.5rem;
      margin: 0 0 0.5rem;
    }
    .results {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .results[aria-busy='true'] {
      opacity: 0.6;
    }
    .structure {
      margin-bottom: 0.6rem;
      padding: 0;
    }
    .structure.open {
      border-color: var(--brand);
    }
    .structure > div {
      padding: 0 1.25rem 1rem;
    }
    h3 {
      margin: 0;
      font-size: 1rem;
    }
    .toggle {
      display: flex;
      gap: 0.6rem;
      align-items: flex-start;
      width: 100%;
      text-align: left;
      background: none;
      border: 0;
      border-radius: 0.75rem;
      padding: 0.85rem 1.25rem;
      font: inherit;
      color: inherit;
      cursor: pointer;
      min-height: 2.75rem;
    }
    .chevron {
      color: var(--brand-dark);
      width: 1rem;
      flex: none;
    }
    .title {
      display: flex;
      flex-direction: column;
      gap: 0.1rem;
      font-weight: 400;
    }
    .name {
      font-weight: 700;
      color: var(--brand-dark);
      overflow-wrap: anywhere;
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
export class StructureSearch {
  private readonly api = inject(DirectoryApi);
  /** The user wants to see the professionals of this structure. */
  readonly showProfessionals = output<Structure>();
  protected readonly types = STRUCTURE_TYPES;
  protected readonly typingDelay = TYPING_DELAY_MS;
  protected readonly q = signal('');
  protected readonly type = signal('');
  protected readonly page = signal<StructurePage | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<CallError | null>(null);
  protected readonly openId = signal<string | null>(null);
  protected readonly detail = signal<StructureDetail | null>(null);
  protected readonly detailError = signal<CallError | null>(null);
  protected lastPage = 0;
  private readonly requests = new Subject<SearchRequest>();
  private readonly details = new Subject<string>();

  constructor() {
    this.requests
      .pipe(
        debounce((r) => timer(r.delay)),
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((r) =>
          this.api.searchStructures(r.q, r.type, r.page).pipe(
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
    this.details
      .pipe(
        tap(() => {
          this.detail.set(null);
          this.detailError.set(null);
        }),
        switchMap((id) =>
          this.api.structure(id).pipe(
            map((detail) => ({ detail, error: null })),
            catchError((e: unknown) => of({ detail: null, error: callError(e) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ detail, error }) => {
        this.detail.set(detail);
        this.detailError.set(error);
      });
    this.search(0, 0);
  }

  protected search(page: number, delay: number): void {
    this.lastPage = page;
    this.requests.next({ q: this.q(), type: this.type(), page, delay });
  }

  protected toggle(s: Structure): void {
    if (this.openId() === s.id) {
      this.openId.set(null);
      return;
    }
    this.openId.set(s.id);
    this.loadDetail(s.id);
  }

  protected loadDetail(id: string): void {
    this.details.next(id);
  }
}
