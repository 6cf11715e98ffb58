import { ChangeDetectionStrategy, Component, inject, input, model, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, catchError, debounceTime, map, of, switchMap } from 'rxjs';
import { Professional } from '../core/models';
import { TranslatePipe } from '../i18n/i18n';
import { MessagingApi } from './messaging-api';

/**
 * Several professionals chosen from the directory: a search by name, the matches as buttons, the
 * chosen ones as a list with "Retirer". Those already in (`exclude`) are not proposed.
 */
@Component({
  selector: 'app-professional-chooser',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="field">
      <label [for]="inputId()">{{ label() }}</label>
      <input
        [id]="inputId()"
        type="search"
        autocomplete="off"
        [attr.aria-describedby]="inputId() + '-help'"
        [value]="query()"
        (input)="search($any($event.target).value)"
        data-testid="professional-search"
      />
      <div class="help" [id]="inputId() + '-help'">{{ 'messaging.pick.professionalHelp' | t }}</div>
    </div>
    <div aria-live="polite">
      @if (results().length) {
        <ul class="results" [attr.aria-label]="'messaging.pick.results' | t">
          @for (p of results(); track p.id) {
            <li>
              <button type="button" (click)="choose(p)" data-testid="professional-option">
                <strong>{{ p.firstName }} {{ p.lastName }}</strong>
                <span class="muted small">
                  {{ 'profession.' + p.profession | t }} · {{ p.structure.name }}
                </span>
              </button>
            </li>
          }
        </ul>
      } @else if (searching()) {
        <p class="muted small">{{ 'messaging.pick.searching' | t }}</p>
      } @else if (query().trim().length > 1) {
        <p class="muted small">{{ 'messaging.pick.none' | t }}</p>
      }
    </div>
    @if (chosen().length) {
      <ul
        class="chosen"
        [attr.aria-label]="'messaging.pick.chosen' | t"
        data-testid="chosen-professionals"
      >
        @for (p of chosen(); track p.id) {
          <li>
            <span>{{ p.firstName }} {{ p.lastName }}</span>
            <button
              type="button"
              class="link"
              [attr.aria-label]="
                'messaging.pick.removeNamed' | t: { name: p.firstName + ' ' + p.lastName }
              "
              (click)="remove(p)"
            >
              {{ 'messaging.pick.remove' | t }}
            </button>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .results,
    .chosen {
      list-style: none;
      padding: 0;
      margin: 0.35rem 0 0.75rem;
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
    .chosen li {
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
export class ProfessionalChooser {
  private readonly api = inject(MessagingApi);
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  /** Ids not to propose (already members, the caller). */
  readonly exclude = input<readonly string[]>([]);
  readonly chosen = model<Professional[]>([]);
  protected readonly query = signal('');
  protected readonly results = signal<Professional[]>([]);
  protected readonly searching = signal(false);
  private readonly queries = new Subject<string>();

  constructor() {
    this.queries
      .pipe(
        debounceTime(250),
        switchMap((q) =>
          this.api.searchProfessionals(q).pipe(
            map((page) => page.items),
            catchError(() => of([] as Professional[])),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((items) => {
        this.searching.set(false);
        this.results.set(items.filter((p) => this.proposable(p)));
      });
  }

  private proposable(p: Professional): boolean {
    return !this.exclude().includes(p.id) && !this.chosen().some((c) => c.id === p.id);
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

  /** Adds one; the search starts again for the next (the focus back in the field). */
  protected choose(p: Professional): void {
    this.chosen.update((list) => [...list, p]);
    this.results.set([]);
    this.query.set('');
    document.getElementById(this.inputId())?.focus();
  }

  protected remove(p: Professional): void {
    this.chosen.update((list) => list.filter((c) => c.id !== p.id));
  }
}
