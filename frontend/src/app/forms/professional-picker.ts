import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, catchError, debounceTime, distinctUntilChanged, of, switchMap } from 'rxjs';
import { Professional } from '../core/models';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { FormsApi } from './forms-api';

/** The name of a professional of the directory, from his or her id (a PROFESSIONAL answer). */
@Component({
  selector: 'app-forms-professional-name',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (professional(); as p) {
      {{ p.firstName }} {{ p.lastName }}
      <span class="muted">— {{ 'profession.' + p.profession | t }}, {{ p.structure.name }}</span>
    } @else if (failed()) {
      <span class="muted">{{ 'forms.professional.unknown' | t }}</span>
    } @else {
      <span class="muted">{{ 'common.loading' | t }}</span>
    }
  `,
})
export class ProfessionalName {
  private readonly api = inject(FormsApi);
  readonly professionalId = input.required<string>();
  protected readonly professional = signal<Professional | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    effect(() => {
      const id = this.professionalId();
      untracked(() => {
        this.professional.set(null);
        this.failed.set(false);
        this.api.professional(id).subscribe({
          next: (p) => this.professional.set(p),
          error: () => this.failed.set(true),
        });
      });
    });
  }
}

/**
 * The answer to a PROFESSIONAL question: a search in the directory (name, profession), then the
 * chosen professional, whom "Changer" lets go.
 */
@Component({
  selector: 'app-forms-professional-picker',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (value()) {
      <div class="chosen">
        <input
          [id]="inputId()"
          readonly
          [value]="chosenName()"
          [attr.aria-describedby]="describedBy() || null"
          [attr.data-testid]="testId() + '-chosen'"
        />
        <button
          type="button"
          class="btn secondary"
          (click)="change()"
          [attr.data-testid]="testId() + '-change'"
        >
          {{ 'forms.professional.change' | t }}
        </button>
      </div>
    } @else {
      <input
        [id]="inputId()"
        type="search"
        autocomplete="off"
        [attr.aria-describedby]="describedBy() || null"
        [attr.aria-required]="required()"
        [attr.aria-invalid]="invalid()"
        [attr.aria-controls]="inputId() + '-results'"
        [class.invalid]="invalid()"
        [placeholder]="'forms.professional.placeholder' | t"
        [value]="query()"
        (input)="search($any($event.target).value)"
        [attr.data-testid]="testId()"
      />
      <div [id]="inputId() + '-results'" aria-live="polite">
        @if (results().length) {
          <ul class="results" [attr.aria-label]="'forms.professional.results' | t">
            @for (p of results(); track p.id) {
              <li>
                <button type="button" (click)="choose(p)" [attr.data-testid]="testId() + '-option'">
                  <strong>{{ p.firstName }} {{ p.lastName }}</strong>
                  <span class="muted small">
                    {{ 'profession.' + p.profession | t }} · {{ p.structure.name }}
                  </span>
                </button>
              </li>
            }
          </ul>
        } @else if (searching()) {
          <p class="muted small">{{ 'forms.professional.searching' | t }}</p>
        } @else if (query().trim().length > 1) {
          <p class="muted small">{{ 'forms.professional.none' | t }}</p>
        }
      </div>
    }
  `,
  styles: `
    .chosen {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .chosen input {
      flex: 1 1 auto;
      min-width: 0;
      background: #f7f9fb;
    }
    .results {
      list-style: none;
      padding: 0;
      margin: 0.35rem 0 0;
    }
    .results button {
      display: block;
      width: 100%;
      text-align: left;
      background: #fff;
      border: 1px solid var(--line);
      border-radius: 0.45rem;
      padding: 0.5rem 0.65rem;
      margin-bottom: 0.35rem;
      font: inherit;
      cursor: pointer;
      min-height: 2.75rem;
    }
    .results button:hover {
      border-color: var(--brand);
    }
    .small {
      display: block;
      font-size: 0.85rem;
    }
  `,
})
export class ProfessionalPicker {
  private readonly api = inject(FormsApi);
  private readonly i18n = inject(I18n);
  readonly inputId = input.required<string>();
  readonly value = input<string | null>(null);
  readonly testId = input('');
  readonly describedBy = input('');
  readonly required = input(false);
  readonly invalid = input(false);
  readonly valueChange = output<string | null>();
  protected readonly query = signal('');
  protected readonly results = signal<Professional[]>([]);
  protected readonly searching = signal(false);
  /** The chosen professional, once known (chosen here, or read from the directory by id). */
  private readonly chosen = signal<Professional | null>(null);
  private readonly unknown = signal(false);
  protected readonly chosenName = computed(() => {
    const p = this.chosen();
    if (p && p.id === this.value()) {
      const profession = this.i18n.t('profession.' + p.profession);
      return `${p.firstName} ${p.lastName} — ${profession}, ${p.structure.name}`;
    }
    return this.i18n.t(this.unknown() ? 'forms.professional.unknown' : 'common.loading');
  });
  private readonly queries = new Subject<string>();

  constructor() {
    effect(() => {
      const id = this.value();
      untracked(() => {
        if (!id || this.chosen()?.id === id) return;
        this.unknown.set(false);
        this.api.professional(id).subscribe({
          next: (p) => this.chosen.set(p),
          error: () => this.unknown.set(true),
        });
      });
    });
    this.queries
      .pipe(
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) =>
          this.api
            .searchProfessionals(q)
            .pipe(catchError(() => of({ items: [] as Professional[] }))),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.searching.set(false);
        this.results.set(page.items);
      });
  }

  protected search(q: string): void {
    this.query.set(q);
    if (q.trim().length < 2) {
      this.results.set([]);
      this.searching.set(false);
      return;
    }
    this.searching.set(true);
    this.queries.next(q.trim());
  }

  protected choose(p: Professional): void {
    this.chosen.set(p);
    this.results.set([]);
    this.query.set('');
    this.valueChange.emit(p.id);
  }

  protected change(): void {
    this.valueChange.emit(null);
  }
}
