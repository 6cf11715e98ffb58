import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  TemplateRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  model,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable, Subject, catchError, debounce, map, of, switchMap, timer } from 'rxjs';
import { Page, Structure } from '../core/models';
import { Pager } from '../core/pager';
import { CallError, callError } from '../core/problem';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { DirectoryApi } from './directory-api';
import { DirectoryProfessional, PROFESSIONS, STRUCTURE_TYPES } from './directory-models';

/** What is searched in the directory. */
export type DirectoryKind = 'professional' | 'structure';
/** One result: a professional or a structure, as `kind` says. */
export type DirectoryEntry = DirectoryProfessional | Structure;
/** What a search of this kind finds. */
export type EntryOf<K extends DirectoryKind> = K extends 'professional'
  ? DirectoryProfessional
  : Structure;

export type PickerMode = 'one' | 'many' | 'browse';

/** How long typing pauses before the search runs. */
const TYPING_DELAY_MS = 300;
/** A pick needs this many letters; the directory page lists everything from the start. */
const PICK_MIN_LETTERS = 2;
const PICK_SIZE = 8;
const BROWSE_SIZE = 20;

interface Query {
  q: string;
  /** The profession, or the type of structure. */
  category: string;
  commune: string;
  structureId: string;
  page: number;
}

type Outcome = { page: Page<DirectoryEntry>; error?: never } | { error: CallError; page?: never };

export function isProfessional(entry: DirectoryEntry): entry is DirectoryProfessional {
  return 'firstName' in entry;
}

/**
 * The one search of the directory, for professionals or structures (`kind`): a field, a debounced
 * query, the matches, and the loading, empty and error states. By `mode`:
 * - 'one' (default) and 'many': a pick. The matches are a labelled list of buttons (arrow keys
 *   move between them, from the field too), each pick is emitted (`picked`); 'one' shows it in
 *   place of the field with "Changer" (`value` is its id, read from the directory if needed),
 *   'many' keeps the picks in `chosen` with "Retirer". Those in `exclude` are not proposed; with
 *   a `type`, only those of that type are, and no letters are needed.
 * - 'browse': the directory page. Every entry from the start, with the directory's filters, a
 *   count, pages, each entry drawn by the `entry` template.
 */
@Component({
  selector: 'app-directory-picker',
  imports: [NgTemplateOutlet, TranslatePipe, Pager, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (single() && value()) {
      @if (labelText(); as text) {
        <label [for]="inputId()">{{ text }}</label>
      }
      <div class="chosen">
        <input
          [id]="inputId()"
          readonly
          [value]="chosenName()"
          [attr.aria-describedby]="describedBy() || null"
          [attr.data-testid]="testBase() + '-chosen'"
        />
        <button
          type="button"
          class="btn secondary"
          (click)="change()"
          [attr.data-testid]="testBase() + '-change'"
        >
          {{ 'picker.change' | t }}
        </button>
      </div>
    } @else {
      @if (browse()) {
        <form class="card filters" role="search" (submit)="$event.preventDefault(); run(0)">
          <ng-container [ngTemplateOutlet]="fields" />
        </form>
      } @else {
        <ng-container [ngTemplateOutlet]="fields" />
      }
      <ng-template #fields>
        <div class="field">
          @if (labelText(); as text) {
            <label [for]="inputId()">{{ text }}</label>
          }
          <input
            [id]="inputId()"
            type="search"
            autocomplete="off"
            maxlength="100"
            [attr.aria-describedby]="fieldDescribedBy()"
            [attr.aria-required]="required() || null"
            [attr.aria-invalid]="invalid() || null"
            [attr.aria-controls]="browse() ? null : inputId() + '-results'"
            [class.invalid]="invalid()"
            [value]="q()"
            (input)="q.set($any($event.target).value); run(0, typingDelay)"
            (keydown.arrowdown)="toOptions($event)"
            [attr.data-testid]="testId() || kind() + '-search'"
          />
          @if (!browse()) {
            <div class="help" [id]="inputId() + '-help'">{{ 'picker.help' | t }}</div>
          }
        </div>
        @if (browse()) {
          @let c = category();
          <app-field [label]="c.label | t" [controlId]="inputId() + '-' + c.name">
            <select
              appFieldControl
              (change)="categoryValue.set($any($event.target).value); run(0)"
              [attr.data-testid]="c.testId"
            >
              <option value="" [selected]="!categoryValue()">{{ c.any | t }}</option>
              @for (v of c.values; track v) {
                <option [value]="v" [selected]="categoryValue() === v">
                  {{ c.prefix + v | t }}
                </option>
              }
            </select>
          </app-field>
        }
        @if (browse() && kind() === 'professional') {
          <app-field
            [label]="'directory.professionals.commune' | t"
            [controlId]="inputId() + '-commune'"
          >
            <input
              appFieldControl
              type="search"
              autocomplete="address-level2"
              maxlength="100"
              [value]="commune()"
              (input)="commune.set($any($event.target).value); run(0, typingDelay)"
              data-testid="directory-commune"
            />
          </app-field>
          @if (structure(); as s) {
            <p class="filter-chip" data-testid="structure-filter">
              <span>{{ 'directory.professionals.ofStructure' | t: { name: s.name } }}</span>
              <button type="button" class="btn secondary" (click)="clearStructure.emit()">
                {{ 'directory.professionals.clearStructure' | t }}
              </button>
            </p>
          }
        }
      </ng-template>

      @if (browse()) {
        <p class="status muted" role="status" [attr.data-testid]="kind() + 's-status'">
          @if (loading()) {
            {{ 'directory.searching' | t }}
          } @else if (page(); as p) {
            {{ 'directory.' + kind() + 's.count' | t: { count: p.total } }}
          }
        </p>
      }
      <div [id]="inputId() + '-results'" [attr.aria-live]="browse() ? null : 'polite'">
        @if (error(); as e) {
          <div class="alert" role="alert">
            {{ e.messageKey | t: { detail: e.detail ?? '' } }}
            <button class="btn secondary" type="button" (click)="run(lastPage)">
              {{ 'common.retry' | t }}
            </button>
          </div>
        }
        @if (browse()) {
          @if (page(); as p) {
            @if (p.total === 0) {
              <p class="card muted" [attr.data-testid]="'no-' + kind() + 's'">
                {{ 'directory.' + kind() + 's.empty' | t }}
              </p>
            } @else {
              <ul
                class="entries"
                [class.grid]="kind() === 'professional'"
                [attr.aria-busy]="loading()"
                [attr.data-testid]="kind() + 's'"
              >
                @for (found of p.items; track found.id) {
                  <li>
                    <ng-container
                      [ngTemplateOutlet]="entry()"
                      [ngTemplateOutletContext]="{ $implicit: found }"
                    />
                  </li>
                }
              </ul>
              <app-pager [page]="p" (go)="run($event)" />
            }
          }
        } @else if (proposed().length) {
          <ul
            class="options"
            [attr.role]="listbox() ? 'listbox' : null"
            [attr.aria-label]="'picker.results.' + kind() | t"
            (keydown)="onOptionKey($event)"
          >
            @for (found of proposed(); track found.id) {
              <li [attr.role]="listbox() ? 'none' : null">
                <button
                  type="button"
                  [attr.role]="listbox() ? 'option' : null"
                  (click)="pick(found)"
                  [attr.data-testid]="testBase() + '-option'"
                >
                  <strong>{{ nameOf(found) }}</strong>
                  <span class="muted small">{{ detailOf(found, ' · ') }}</span>
                </button>
              </li>
            }
          </ul>
        } @else if (loading()) {
          <p class="muted small">{{ 'picker.searching' | t }}</p>
        } @else if (page() && !error()) {
          <p class="muted small">{{ 'picker.none.' + kind() | t }}</p>
        }
      </div>
    }
    @if (multiple() && chosen().length) {
      <ul
        class="chips"
        [attr.aria-label]="'picker.chosen.' + kind() | t"
        [attr.data-testid]="testBase() + '-chosen'"
      >
        @for (found of chosen(); track found.id) {
          <li>
            <span>{{ nameOf(found) }}</span>
            <button
              type="button"
              class="link"
              [attr.aria-label]="'picker.removeNamed' | t: { name: nameOf(found) }"
              (click)="remove(found)"
            >
              {{ 'picker.remove' | t }}
            </button>
          </li>
        }
      </ul>
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
    .entries,
    .options,
    .chips {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .entries.grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
      gap: 0.75rem;
    }
    .entries[aria-busy='true'] {
      opacity: 0.6;
    }
    .options {
      margin: 0.35rem 0 0.75rem;
    }
    .options button {
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
    .options button:hover,
    .options button:focus {
      border-color: var(--brand);
    }
    .small {
      display: block;
      font-size: 0.85rem;
    }
    .chosen {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin-bottom: 0.75rem;
    }
    .chosen input {
      flex: 1 1 auto;
      min-width: 0;
      background: #f7f9fb;
    }
    .chips {
      margin: 0.35rem 0 0.75rem;
    }
    .chips li {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0 0.5rem 0.35rem 0;
      padding: 0.1rem 0.6rem;
      border-radius: 999px;
      background: #e3ecf3;
    }
  `,
})
export class DirectoryPicker<K extends DirectoryKind = DirectoryKind> {
  private readonly api = inject(DirectoryApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly kind = input.required<K>();
  /** The id of the search field (and of the chosen one that replaces it). */
  readonly inputId = input.required<string>();
  /**
   * The field's label; '' for the kind's own ("Rechercher … dans l'annuaire"), null when the
   * caller labels the field itself (`<label [for]="inputId">`).
   */
  readonly label = input<string | null>('');
  /**
   * The search field's data-testid (default `<kind>-search`); its options, the chosen ones and
   * "Changer" get `<testId or kind>-option`, `-chosen`, `-change`.
   */
  readonly testId = input('');
  /** Ids of what more the field is described by (a form's help and error). */
  readonly describedBy = input('');
  readonly required = input(false);
  readonly invalid = input(false);
  /** Ids not to propose (already members, the user). */
  readonly exclude = input<readonly string[]>([]);
  /**
   * 'one' and 'many': only structures of this type (professionals of this profession), '' for
   * any; with one, the search lists them before any letter is typed.
   */
  readonly type = input('');
  /** 'one' and 'many': the matches as a listbox of options rather than a list of buttons. */
  readonly listbox = input(false);
  /**
   * 'one': a pick replaces the field (see `value`); 'many': the picks are kept in `chosen`;
   * 'browse': the directory page's search (filters, count, pages, each entry drawn by `entry`).
   */
  readonly mode = input<PickerMode>('one');
  /** Browse: how one entry is drawn (`<ng-template #card let-entry>`). */
  readonly entry = input<TemplateRef<{ $implicit: EntryOf<K> }> | null>(null);
  /** Browse, professionals: only those of this structure. */
  readonly structure = input<Structure | null>(null);
  /** Browse: the user lets the structure filter go. */
  readonly clearStructure = output<void>();
  /** Each pick; null when "Changer" lets the chosen one go. */
  readonly picked = output<EntryOf<K> | null>();
  /** 'many': the ones picked so far. */
  readonly chosen = model<EntryOf<K>[]>([]);
  /** 'one': the id of the chosen one, or null while searching. */
  readonly value = model<string | null>(null);

  protected readonly typingDelay = TYPING_DELAY_MS;
  protected readonly q = signal('');
  /** Browse: the profession of the professionals, the type of the structures, or '' for any. */
  protected readonly categoryValue = signal('');
  protected readonly commune = signal('');
  protected readonly page = signal<Page<DirectoryEntry> | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<CallError | null>(null);
  protected lastPage = 0;
  protected readonly single = computed(() => this.mode() === 'one');
  protected readonly multiple = computed(() => this.mode() === 'many');
  protected readonly browse = computed(() => this.mode() === 'browse');
  protected readonly labelText = computed(() => {
    const label = this.label();
    return label === null ? null : label || this.i18n.t('picker.search.' + this.kind());
  });
  /** Browse: what the list of the kind's categories is called and offers. */
  protected readonly category = computed(() =>
    this.kind() === 'professional'
      ? {
          name: 'profession',
          label: 'directory.professionals.profession',
          any: 'directory.professionals.anyProfession',
          values: PROFESSIONS,
          prefix: 'profession.',
          testId: 'directory-profession',
        }
      : {
          name: 'type',
          label: 'directory.structures.type',
          any: 'directory.structures.anyType',
          values: STRUCTURE_TYPES,
          prefix: 'directory.type.',
          testId: 'structure-type',
        },
  );
  protected readonly testBase = computed(() => this.testId() || this.kind());
  protected readonly fieldDescribedBy = computed(
    () =>
      [this.describedBy(), this.browse() ? '' : this.inputId() + '-help']
        .filter(Boolean)
        .join(' ') || null,
  );
  /** The matches, but for those excluded or picked already. */
  protected readonly proposed = computed(() => {
    const taken = new Set([...this.exclude(), ...this.chosen().map((e) => e.id)]);
    return (this.page()?.items ?? []).filter((e) => !taken.has(e.id));
  });
  /** 'one': the chosen one, once known (picked here, or read from the directory by id). */
  private readonly known = signal<DirectoryEntry | null>(null);
  private readonly unknown = signal(false);
  protected readonly chosenName = computed(() => {
    const e = this.known();
    if (e && e.id === this.value()) return `${this.nameOf(e)} — ${this.detailOf(e, ', ')}`;
    return this.i18n.t(this.unknown() ? 'picker.unknown.' + this.kind() : 'common.loading');
  });
  private readonly queries = new Subject<{ query: Query; delay: number } | null>();

  constructor() {
    this.queries
      .pipe(
        debounce((r) => timer(r?.delay ?? 0)),
        switchMap((r) => (r ? this.fetch(r.query) : of<Outcome>())),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => {
        this.loading.set(false);
        if (outcome.page) this.page.set(outcome.page);
        else {
          this.error.set(outcome.error);
          // A pick offers nothing it did not find for this very search.
          if (!this.browse()) this.page.set(null);
        }
      });
    // Browse: the first search, and a new one whenever the structure filter changes.
    effect(() => {
      if (!this.browse()) return;
      const structure = this.structure();
      untracked(() => {
        if (structure) {
          // "Its professionals": all of them, whatever was searched before.
          this.q.set('');
          this.categoryValue.set('');
          this.commune.set('');
        }
        this.run(0);
      });
    });
    // A pick: a new search whenever the type changes.
    effect(() => {
      this.type();
      untracked(() => {
        if (!this.browse()) this.run(0);
      });
    });
    // 'one': a chosen id known only as an id (a saved answer) is read from the directory.
    effect(() => {
      const id = this.value();
      untracked(() => {
        if (!id || this.known()?.id === id) return;
        this.unknown.set(false);
        const read: Observable<DirectoryEntry> =
          this.kind() === 'professional' ? this.api.professional(id) : this.api.structure(id);
        read.subscribe({
          next: (e) => this.known.set(e),
          error: () => this.unknown.set(true),
        });
      });
    });
  }

  protected run(page: number, delay = 0): void {
    this.lastPage = page;
    this.error.set(null);
    const q = this.q().trim();
    const letters = this.browse() || q.length >= PICK_MIN_LETTERS;
    if (!letters && !this.type()) {
      this.page.set(null);
      this.loading.set(false);
      this.queries.next(null);
      return;
    }
    this.loading.set(true);
    this.queries.next({
      query: {
        q: letters ? q : '',
        category: this.type() || this.categoryValue(),
        commune: this.commune(),
        structureId: this.structure()?.id ?? '',
        page,
      },
      delay,
    });
  }

  private fetch(query: Query): Observable<Outcome> {
    const size = this.browse() ? BROWSE_SIZE : PICK_SIZE;
    const call: Observable<Page<DirectoryEntry>> =
      this.kind() === 'professional'
        ? this.api.searchProfessionals(
            {
              q: query.q,
              profession: query.category,
              commune: query.commune,
              structureId: query.structureId,
            },
            query.page,
            size,
          )
        : this.api.searchStructures(query.q, query.category, query.page, size);
    return call.pipe(
      map((page): Outcome => ({ page })),
      catchError((e: unknown) => of<Outcome>({ error: callError(e) })),
    );
  }

  protected nameOf(e: DirectoryEntry): string {
    return isProfessional(e) ? `${e.firstName} ${e.lastName}` : e.name;
  }

  /** "Infirmier(ère) · Cabinet du Centre", "EHPAD · Orléans". */
  protected detailOf(e: DirectoryEntry, separator: string): string {
    return isProfessional(e)
      ? this.i18n.t('profession.' + e.profession) + separator + e.structure.name
      : this.i18n.t('directory.type.' + e.type) + separator + e.commune;
  }

  protected pick(found: DirectoryEntry): void {
    // What a search of `kind` found is of that kind.
    const e = found as EntryOf<K>;
    this.q.set('');
    this.run(0);
    if (this.multiple()) {
      this.chosen.update((list) => [...list, e]);
      // The search starts again for the next one.
      this.focus(this.inputId());
    } else {
      this.known.set(e);
      this.value.set(e.id);
      // The button that had the focus is gone: the choice takes it.
      this.focus(this.inputId());
    }
    this.picked.emit(e);
  }

  protected change(): void {
    this.value.set(null);
    this.picked.emit(null);
    this.focus(this.inputId());
  }

  protected remove(e: EntryOf<K>): void {
    this.chosen.update((list) => list.filter((c) => c.id !== e.id));
    this.focus(this.inputId());
  }

  /** Arrow keys move between the options; up from the first goes back to the field. */
  protected onOptionKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const options = this.options();
    const index = options.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    event.preventDefault();
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) this.focus(this.inputId());
    else this.moveFocus(Math.min(next, options.length - 1));
  }

  /** Down from the field goes to the first option. */
  protected toOptions(event: Event): void {
    if (this.browse() || !this.options().length) return;
    event.preventDefault();
    this.moveFocus(0);
  }

  private moveFocus(index: number): void {
    this.options()[index]?.focus();
  }

  private options(): HTMLButtonElement[] {
    return Array.from(
      this.host.nativeElement.querySelectorAll<HTMLButtonElement>('.options button'),
    );
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
