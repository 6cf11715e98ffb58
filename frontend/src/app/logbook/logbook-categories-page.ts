import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { LOGBOOK_CATEGORIES, LogbookCategory } from '../core/models';
import { CallError, callError } from '../core/problem';
import { Session } from '../core/session';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { LogbookApi } from './logbook-api';

/** Only they choose the categories of their structure's logbooks. */
export const CATEGORY_CHOOSER_ROLE = 'structure_admin';

/** A category as the page shows it: offered or not, in the order the form will offer them. */
interface Choice {
  code: LogbookCategory;
  offered: boolean;
}

/**
 * For a structure's admins: which logbook categories the structure's patients' logbooks offer, and
 * in which order (the first is the default). All eight are listed, the offered ones first; each
 * can be ticked off and moved up or down with the keyboard.
 */
@Component({
  selector: 'app-logbook-categories-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div data-testid="logbook-categories-page">
      <h1>{{ 'logbookCategories.title' | t }}</h1>
      @if (session.user(); as user) {
        @if (!admin()) {
          <div class="alert" role="alert" data-testid="logbook-categories-error">
            {{ 'logbookCategories.notAdmin' | t }}
          </div>
        } @else {
          <p class="muted intro">
            {{ 'logbookCategories.intro' | t: { structure: user.professional.structure.name } }}
          </p>
          <section class="card" aria-labelledby="categories-title">
            <h2 id="categories-title">{{ 'logbookCategories.list' | t }}</h2>
            @if (loadError(); as e) {
              <div class="alert" role="alert" data-testid="logbook-categories-error">
                {{ e.messageKey | t: { detail: e.detail ?? '' } }}
                <button type="button" class="link" (click)="load()">
                  {{ 'common.retry' | t }}
                </button>
              </div>
            } @else if (choices(); as list) {
              <form (submit)="$event.preventDefault(); save()" novalidate>
                <ol class="choices" data-testid="logbook-categories-list">
                  @for (c of list; track c.code; let i = $index, first = $first, last = $last) {
                    <li
                      [class.off]="!c.offered"
                      [attr.data-testid]="'category-row-' + c.code"
                      [attr.data-code]="c.code"
                    >
                      <span class="what">
                        <label class="check">
                          <input
                            type="checkbox"
                            [checked]="c.offered"
                            (change)="toggle(c.code, $any($event.target).checked)"
                            [attr.data-testid]="'category-choice-' + c.code"
                          />
                          {{ 'category.' + c.code | t }}
                        </label>
                        @if (!c.offered) {
                          <span class="badge muted-badge">{{
                            'logbookCategories.notOffered' | t
                          }}</span>
                        } @else if (c.code === defaultCategory()) {
                          <span class="badge">{{ 'logbookCategories.default' | t }}</span>
                        }
                      </span>
                      <span class="moves">
                        <button
                          type="button"
                          class="btn secondary move"
                          [disabled]="first || saving()"
                          (click)="move(i, -1)"
                          [attr.aria-label]="
                            'logbookCategories.up' | t: { category: i18n.t('category.' + c.code) }
                          "
                          [attr.title]="
                            'logbookCategories.up' | t: { category: i18n.t('category.' + c.code) }
                          "
                          [attr.data-testid]="'category-up-' + c.code"
                        >
                          <span aria-hidden="true">↑</span>
                        </button>
                        <button
                          type="button"
                          class="btn secondary move"
                          [disabled]="last || saving()"
                          (click)="move(i, 1)"
                          [attr.aria-label]="
                            'logbookCategories.down' | t: { category: i18n.t('category.' + c.code) }
                          "
                          [attr.title]="
                            'logbookCategories.down' | t: { category: i18n.t('category.' + c.code) }
                          "
                          [attr.data-testid]="'category-down-' + c.code"
                        >
                          <span aria-hidden="true">↓</span>
                        </button>
                      </span>
                    </li>
                  }
                </ol>
                <p class="sr-only" aria-live="polite">{{ moved() }}</p>
                <div aria-live="polite">
                  @if (saved()) {
                    <p class="alert ok" data-testid="logbook-categories-saved">
                      {{ 'logbookCategories.saved' | t }}
                    </p>
                  }
                </div>
                @if (saveError(); as e) {
                  <div class="alert" role="alert" data-testid="logbook-categories-error">
                    {{ e.key | t: { detail: e.detail } }}
                  </div>
                }
                <button
                  class="btn"
                  type="submit"
                  [disabled]="saving()"
                  data-testid="logbook-categories-save"
                >
                  {{ (saving() ? 'logbookCategories.saving' : 'logbookCategories.save') | t }}
                </button>
              </form>
            } @else {
              <p aria-live="polite">{{ 'common.loading' | t }}</p>
            }
          </section>
        }
      } @else if (!session.failed()) {
        <p aria-live="polite">{{ 'common.loading' | t }}</p>
      }
    </div>
  `,
  styles: `
    .intro {
      max-width: 48rem;
    }
    .choices {
      list-style: none;
      counter-reset: position;
      padding: 0;
      margin: 0 0 1rem;
      max-width: 36rem;
    }
    .choices li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0.35rem 0.5rem;
      border-bottom: 1px solid var(--line);
      counter-increment: position;
    }
    .choices li::before {
      /* The position, as an ordered list shows it (flex rows have no list marker). */
      content: counter(position) '.';
      min-width: 1.6rem;
      font-weight: 700;
      color: var(--muted);
    }
    .choices li.off .check {
      color: var(--muted);
    }
    /* The name and its badge wrap on a phone; the move buttons stay on the right. */
    .what {
      flex: 1;
      min-width: 0;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      column-gap: 0.5rem;
    }
    .check {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0;
      min-height: 2.75rem;
      cursor: pointer;
    }
    .check input {
      width: 1.2rem;
      height: 1.2rem;
    }
    .muted-badge {
      background: #eceff3;
      color: var(--muted);
    }
    .moves {
      display: inline-flex;
      gap: 0.35rem;
      flex: none;
    }
    .move {
      min-width: 2.75rem;
      justify-content: center;
      padding: 0.3rem 0.6rem;
    }
    .move:disabled {
      cursor: default;
      opacity: 0.4;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class LogbookCategoriesPage {
  private readonly api = inject(LogbookApi);
  protected readonly session = inject(Session);
  protected readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly admin = computed(
    () => !!this.session.user() && this.session.hasRole(CATEGORY_CHOOSER_ROLE),
  );
  protected readonly choices = signal<Choice[] | null>(null);
  protected readonly defaultCategory = computed(
    () => this.choices()?.find((c) => c.offered)?.code ?? null,
  );
  protected readonly loadError = signal<CallError | null>(null);
  protected readonly saveError = signal<{ key: string; detail: string } | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  /** What the last move did, for screen readers. */
  protected readonly moved = signal('');
  private structureId = '';

  constructor() {
    effect(() => {
      const user = this.session.user();
      if (!user || !this.admin()) return;
      untracked(() => {
        this.structureId = user.professional.structure.id;
        this.load();
      });
    });
  }

  protected load(): void {
    this.loadError.set(null);
    this.choices.set(null);
    this.api.structureCategories(this.structureId).subscribe({
      next: (offered) => this.choices.set(choicesOf(offered)),
      error: (e) => this.loadError.set(callError(e)),
    });
  }

  protected toggle(code: LogbookCategory, offered: boolean): void {
    this.changed();
    this.choices.update((list) => list!.map((c) => (c.code === code ? { ...c, offered } : c)));
  }

  /** Moves the category at index one place up (-1) or down (+1); the focus stays with it. */
  protected move(index: number, by: -1 | 1): void {
    const list = [...this.choices()!];
    const target = index + by;
    if (target < 0 || target >= list.length) return;
    this.changed();
    const [moving] = list.splice(index, 1);
    list.splice(target, 0, moving);
    this.choices.set(list);
    this.moved.set(
      this.i18n.t('logbookCategories.moved', {
        category: this.i18n.t('category.' + moving.code),
        position: target + 1,
        count: list.length,
      }),
    );
    // The row moved in the page: the same button gets the focus back, or the other one at an end.
    const atEnd = target === 0 || target === list.length - 1;
    const direction = by < 0 ? 'up' : 'down';
    const other = by < 0 ? 'down' : 'up';
    afterNextRender(
      () => {
        const button = this.host.nativeElement.querySelector<HTMLButtonElement>(
          `[data-testid="category-${atEnd ? other : direction}-${moving.code}"]`,
        );
        button?.focus();
      },
      { injector: this.injector },
    );
  }

  protected save(): void {
    const choices = this.choices();
    if (!choices || this.saving()) return;
    const offered = choices.filter((c) => c.offered).map((c) => c.code);
    this.saved.set(false);
    if (!offered.length) {
      this.saveError.set({ key: 'logbookCategories.noneChosen', detail: '' });
      return;
    }
    this.saveError.set(null);
    this.saving.set(true);
    this.api.chooseCategories(this.structureId, offered).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.choices.set(choicesOf(saved));
        this.saved.set(true);
      },
      error: (e) => {
        this.saving.set(false);
        const error = callError(e);
        const key =
          error.status === 403
            ? 'logbookCategories.notAdmin'
            : error.status === 400
              ? 'logbookCategories.invalid'
              : error.messageKey;
        this.saveError.set({ key, detail: error.detail ?? '' });
      },
    });
  }

  /** A change after a save: the confirmation no longer describes what is shown. */
  private changed(): void {
    this.saved.set(false);
    this.saveError.set(null);
  }
}

/** The offered categories in their order, then the others in the usual order. */
function choicesOf(offered: LogbookCategory[]): Choice[] {
  return [
    ...offered.map((code) => ({ code, offered: true })),
    ...LOGBOOK_CATEGORIES.filter((code) => !offered.includes(code)).map((code) => ({
      code,
      offered: false,
    })),
  ];
}
