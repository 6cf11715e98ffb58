import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  input,
  model,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, catchError, debounceTime, map, of, switchMap } from 'rxjs';
import { Structure } from '../core/models';
import { TranslatePipe } from '../i18n/i18n';
import { MessagingApi } from './messaging-api';

/** One structure chosen from the directory: a search by name, then the chosen one. */
@Component({
  selector: 'app-structure-chooser',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (chosen(); as s) {
      <p class="chosen" [id]="inputId() + '-chosen'" tabindex="-1" data-testid="chosen-structure">
        <strong>{{ s.name }}</strong>
        <span class="muted"> — {{ 'directory.type.' + s.type | t }}, {{ s.commune }}</span>
        <button type="button" class="link" (click)="chosen.set(null)">
          {{ 'messaging.pick.change' | t }}
        </button>
      </p>
    } @else {
      <div class="field">
        <label [for]="inputId()">{{ 'messaging.resource.search' | t }}</label>
        <input
          [id]="inputId()"
          type="search"
          autocomplete="off"
          [value]="query()"
          (input)="search($any($event.target).value)"
          data-testid="structure-search"
        />
      </div>
      <div aria-live="polite">
        @if (results().length) {
          <ul class="results" [attr.aria-label]="'messaging.pick.results' | t">
            @for (s of results(); track s.id) {
              <li>
                <button type="button" (click)="choose(s)" data-testid="structure-option">
                  <strong>{{ s.name }}</strong>
                  <span class="muted small">
                    {{ 'directory.type.' + s.type | t }} · {{ s.commune }}
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
    }
  `,
  styles: `
    .results {
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
    .chosen {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.5rem;
    }
  `,
})
export class StructureChooser {
  private readonly api = inject(MessagingApi);
  private readonly injector = inject(Injector);
  readonly inputId = input.required<string>();
  readonly chosen = model<Structure | null>(null);
  protected readonly query = signal('');
  protected readonly results = signal<Structure[]>([]);
  protected readonly searching = signal(false);
  private readonly queries = new Subject<string>();

  constructor() {
    this.queries
      .pipe(
        debounceTime(250),
        switchMap((q) =>
          this.api.searchStructures(q).pipe(
            map((page) => page.items),
            catchError(() => of([] as Structure[])),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((items) => {
        this.searching.set(false);
        this.results.set(items);
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

  protected choose(s: Structure): void {
    this.chosen.set(s);
    this.results.set([]);
    this.query.set('');
    // The button that had the focus is gone: the choice takes it.
    afterNextRender(() => document.getElementById(this.inputId() + '-chosen')?.focus(), {
      injector: this.injector,
    });
  }
}
