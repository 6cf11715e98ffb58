import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { CarePlanApi, CarePlanError, carePlanError } from './care-plan-api';
import {
  Changes,
  Comparison,
  PlanAction,
  PlanGoal,
  PlanProblem,
  VersionSummary,
} from './care-plan-models';
import { shortHash } from './plan-content';
import { MomentPipe, formatDay } from '../i18n/dates';

/** One list of a comparison, its items already in words. */
interface DiffGroup {
  kind: 'problems' | 'goals' | 'actions';
  added: string[];
  removed: string[];
  changed: { before: string; after: string }[];
}

/**
 * The plan's versions (who made and validated each, and when) and the comparison of two of
 * them: what was added, removed and changed in problems, goals and actions.
 */
@Component({
  selector: 'app-care-plan-history',
  imports: [TranslatePipe, MomentPipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="history-title" data-testid="care-plan-versions">
      <h2 id="history-title">{{ 'careplan.history.title' | t }}</h2>
      <ul class="versions">
        @for (v of versions(); track v.number) {
          <li data-testid="version-row">
            <strong>{{ 'careplan.versionN' | t: { number: v.number } }}</strong>
            <span class="badge" [class.validated]="v.status === 'VALIDATED'">{{
              'careplan.versionState.' + v.status | t
            }}</span>
            <span class="muted small">
              {{
                'careplan.version.created'
                  | t: { name: v.createdByName, date: (v.createdAt | moment) }
              }}
              @if (v.validatedAt) {
                ·
                {{
                  'careplan.version.validated'
                    | t
                      : {
                          name: v.validatedByName ?? '',
                          date: (v.validatedAt | moment),
                          hash: hash(v.contentHash),
                        }
                }}
              }
            </span>
          </li>
        }
      </ul>

      <h3>{{ 'careplan.compare.title' | t }}</h3>
      @if (versions().length < 2) {
        <p class="muted">{{ 'careplan.compare.notYet' | t }}</p>
      } @else {
        <form class="compare" (submit)="$event.preventDefault(); compare()">
          <app-field [label]="'careplan.compare.from' | t" controlId="compare-from">
            <select
              appFieldControl
              (change)="from.set(+$any($event.target).value)"
              data-testid="compare-from"
            >
              @for (v of versions(); track v.number) {
                <option [value]="v.number" [selected]="v.number === from()">
                  {{ label(v) }}
                </option>
              }
            </select>
          </app-field>
          <app-field [label]="'careplan.compare.to' | t" controlId="compare-to">
            <select
              appFieldControl
              (change)="to.set(+$any($event.target).value)"
              data-testid="compare-to"
            >
              @for (v of versions(); track v.number) {
                <option [value]="v.number" [selected]="v.number === to()">
                  {{ label(v) }}
                </option>
              }
            </select>
          </app-field>
          <button
            type="submit"
            class="btn secondary"
            [disabled]="loading() || from() === to()"
            data-testid="compare-submit"
          >
            {{ (loading() ? 'common.loading' : 'careplan.compare.submit') | t }}
          </button>
        </form>
        @if (error(); as e) {
          <div class="alert" role="alert">{{ e.messageKey | t: { detail: e.detail ?? '' } }}</div>
        }
        <div aria-live="polite">
          @if (comparison(); as c) {
            <div class="diff" data-testid="care-plan-comparison">
              <p class="muted">
                {{ 'careplan.compare.between' | t: { from: c.from, to: c.to } }}
              </p>
              @if (noChange()) {
                <p data-testid="compare-none">{{ 'careplan.compare.none' | t }}</p>
              }
              @for (g of groups(); track g.kind) {
                @if (g.added.length || g.removed.length || g.changed.length) {
                  <h4>{{ 'careplan.compare.' + g.kind | t }}</h4>
                  <ul>
                    @for (x of g.added; track $index) {
                      <li class="added" data-testid="diff-added">
                        <span class="tag">{{ 'careplan.compare.added' | t }}</span>
                        <ins>{{ x }}</ins>
                      </li>
                    }
                    @for (x of g.removed; track $index) {
                      <li class="removed" data-testid="diff-removed">
                        <span class="tag">{{ 'careplan.compare.removed' | t }}</span>
                        <del>{{ x }}</del>
                      </li>
                    }
                    @for (x of g.changed; track $index) {
                      <li class="changed" data-testid="diff-changed">
                        <span class="tag">{{ 'careplan.compare.changed' | t }}</span>
                        <del>{{ x.before }}</del>
                        <span aria-hidden="true"> → </span>
                        <span class="sr-only">{{ 'careplan.compare.becomes' | t }}</span>
                        <ins>{{ x.after }}</ins>
                      </li>
                    }
                  </ul>
                }
              }
            </div>
          }
        </div>
      }
    </section>
  `,
  styles: `
    .versions {
      list-style: none;
      padding: 0;
      margin: 0 0 0.75rem;
    }
    .versions li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.2rem 0.5rem;
      align-items: baseline;
      padding: 0.35rem 0;
      border-bottom: 1px solid var(--line);
    }
    .small {
      font-size: 0.85rem;
    }
    .badge.validated {
      background: var(--ok-bg);
      color: var(--ok);
    }
    h3 {
      font-size: 1rem;
      margin: 0.5rem 0;
    }
    h4 {
      font-size: 0.95rem;
      margin: 0.6rem 0 0.2rem;
    }
    .compare {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      align-items: flex-end;
    }
    .compare .field {
      flex: 1 1 10rem;
    }
    .compare .btn {
      margin-bottom: 0.9rem;
    }
    .diff ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .diff li {
      padding: 0.25rem 0.5rem;
      margin: 0.2rem 0;
      border-radius: 0.35rem;
      overflow-wrap: anywhere;
    }
    .tag {
      font-weight: 700;
      margin-right: 0.35rem;
    }
    .added {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .added ins {
      text-decoration: none;
    }
    .removed {
      background: #f3f4f6;
      color: var(--muted);
    }
    del {
      text-decoration: line-through;
    }
    .changed {
      background: var(--important-bg);
      color: var(--ink);
    }
    .changed ins {
      text-decoration: none;
      font-weight: 600;
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
export class CarePlanHistory {
  private readonly api = inject(CarePlanApi);
  protected readonly i18n = inject(I18n);
  readonly fileId = input.required<string>();
  /** Newest first. */
  readonly versions = input<VersionSummary[]>([]);

  protected readonly to = linkedSignal(() => this.versions()[0]?.number ?? 0);
  protected readonly from = linkedSignal(() => this.versions()[1]?.number ?? 0);
  protected readonly comparison = signal<Comparison | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<CarePlanError | null>(null);

  protected readonly groups = computed<DiffGroup[]>(() => {
    const c = this.comparison();
    if (!c) return [];
    return [
      this.group('problems', c.problems, (p) => this.problem(p)),
      this.group('goals', c.goals, (g) => this.goal(g)),
      this.group('actions', c.actions, (a) => this.action(a)),
    ];
  });
  protected readonly noChange = computed(() =>
    this.groups().every((g) => !g.added.length && !g.removed.length && !g.changed.length),
  );

  protected hash(h: string | null): string {
    return shortHash(h);
  }

  protected label(v: VersionSummary): string {
    return `${this.i18n.t('careplan.versionN', { number: v.number })} — ${this.i18n.t('careplan.versionState.' + v.status)}`;
  }

  protected compare(): void {
    const from = Math.min(this.from(), this.to());
    const to = Math.max(this.from(), this.to());
    if (from === to) return;
    this.loading.set(true);
    this.error.set(null);
    this.api.comparison(this.fileId(), from, to).subscribe({
      next: (c) => {
        this.loading.set(false);
        this.comparison.set(c);
      },
      error: (e) => {
        this.loading.set(false);
        this.error.set(carePlanError(e));
      },
    });
  }

  private group<T>(
    kind: DiffGroup['kind'],
    changes: Changes<T> | undefined,
    text: (x: T) => string,
  ) {
    return {
      kind,
      added: (changes?.added ?? []).map(text),
      removed: (changes?.removed ?? []).map(text),
      changed: (changes?.changed ?? []).map((c) => ({
        before: text(c.before),
        after: text(c.after),
      })),
    };
  }

  private problem(p: PlanProblem): string {
    return `${this.i18n.t('careplan.domain.' + p.domain)} — ${p.description}`;
  }

  private goal(g: PlanGoal): string {
    return g.description;
  }

  private action(a: PlanAction): string {
    const parts = [a.description];
    parts.push(a.assignee ? a.assignee.name : this.i18n.t('careplan.action.noAssignee'));
    if (a.dueOn)
      parts.push(
        this.i18n.t('careplan.action.dueOn', { date: formatDay(a.dueOn, this.i18n.lang()) }),
      );
    parts.push(this.i18n.t('careplan.actionStatus.' + a.status));
    return parts.join(' · ');
  }
}
