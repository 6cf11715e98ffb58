import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/i18n';
import { CarePlanApi, CarePlanError, carePlanError } from './care-plan-api';
import { CarePlan } from './care-plan-models';
import { latestVersion, shortHash } from './plan-content';
import { DayPipe } from '../i18n/dates';

/**
 * The care plan in the patient's file, at a glance: not started (the authors start it), or its
 * validated version and draft, how much it holds, what is overdue, and the user's own actions;
 * the plan itself opens on its own page.
 */
@Component({
  selector: 'app-care-plan-panel',
  imports: [RouterLink, TranslatePipe, DayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="care-plan-panel-title" data-testid="care-plan-panel">
      <h2 id="care-plan-panel-title">{{ 'careplan.title' | t }}</h2>
      @if (error(); as e) {
        <div class="alert" role="alert" data-testid="care-plan-panel-error">
          {{ e.messageKey | t: { detail: e.detail ?? '' } }}
          <button type="button" class="link" (click)="load()">{{ 'common.retry' | t }}</button>
        </div>
      }
      @if (plan(); as p) {
        @if (!p.started) {
          @if (p.mayAuthor && canWrite()) {
            <p>{{ 'careplan.notStarted.author' | t }}</p>
            <button
              type="button"
              class="btn"
              (click)="start()"
              [disabled]="starting()"
              data-testid="care-plan-start"
            >
              {{ (starting() ? 'careplan.saving' : 'careplan.start') | t }}
            </button>
            @if (p.coordinationStructure && !p.delegation) {
              <p>
                <a
                  [routerLink]="['/patients', fileId(), 'care-plan']"
                  data-testid="care-plan-link"
                  >{{
                    'careplan.panel.toDelegate' | t: { structure: p.coordinationStructure.name }
                  }}</a
                >
              </p>
            }
          } @else {
            <p class="muted" data-testid="care-plan-none">{{ 'careplan.panel.none' | t }}</p>
          }
        } @else {
          <ul class="status" data-testid="care-plan-summary-status">
            @if (p.validated; as v) {
              <li>
                <span class="badge validated">{{ 'careplan.versionState.VALIDATED' | t }}</span>
                {{
                  'careplan.status.validated'
                    | t
                      : {
                          number: v.number,
                          name: v.validatedByName ?? '',
                          date: (v.validatedAt | day),
                        }
                }}
                <span class="muted small">{{
                  'careplan.hash' | t: { hash: short(v.contentHash) }
                }}</span>
              </li>
            }
            @if (p.draft; as d) {
              <li>
                <span class="badge">{{ 'careplan.versionState.DRAFT' | t }}</span>
                {{ 'careplan.status.draftShort' | t: { number: d.number } }}
              </li>
            }
          </ul>
          @if (latest(); as l) {
            <p class="muted">
              {{
                'careplan.counts'
                  | t
                    : {
                        problems: l.problems.length,
                        goals: l.goals.length,
                        actions: l.actions.length,
                      }
              }}
            </p>
          }
          @if (p.overdueActions || p.overdueReviews) {
            <p class="overdue-line">
              @if (p.overdueActions) {
                <span class="badge overdue" data-testid="care-plan-overdue-actions">{{
                  'careplan.overdueActions' | t: { count: p.overdueActions }
                }}</span>
              }
              @if (p.overdueReviews) {
                <span class="badge overdue" data-testid="care-plan-overdue-reviews">{{
                  'careplan.overdueReviews' | t: { count: p.overdueReviews }
                }}</span>
              }
            </p>
          }
          @if (nextReview(); as r) {
            <p class="small">
              {{ 'careplan.panel.nextReview' | t: { date: (r.dueOn | day), purpose: r.purpose } }}
            </p>
          }

          <h3>{{ 'careplan.myActions' | t }}</h3>
          @if (myActions().length) {
            <ul class="mine" data-testid="care-plan-my-actions">
              @for (a of myActions(); track a.id) {
                <li [class.overdue]="a.overdue" data-testid="care-plan-my-action">
                  <span class="desc">{{ a.description }}</span>
                  <span class="facts">
                    <span class="badge" [class.done]="a.status === 'DONE'">{{
                      'careplan.actionStatus.' + a.status | t
                    }}</span>
                    @if (a.overdue) {
                      <span class="badge overdue">{{ 'careplan.overdue' | t }}</span>
                    }
                    @if (a.dueOn) {
                      <span class="muted small">{{
                        'careplan.action.dueOn' | t: { date: (a.dueOn | day) }
                      }}</span>
                    }
                  </span>
                </li>
              }
            </ul>
          } @else {
            <p class="muted small" data-testid="care-plan-my-actions-empty">
              {{ 'careplan.myActions.none' | t }}
            </p>
          }
          <p>
            <a [routerLink]="['/patients', fileId(), 'care-plan']" data-testid="care-plan-link">{{
              'careplan.panel.open' | t
            }}</a>
          </p>
        }
      } @else if (!error()) {
        <p class="muted" aria-live="polite">{{ 'careplan.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    h3 {
      font-size: 1rem;
      margin: 0.75rem 0 0.35rem;
    }
    .status {
      list-style: none;
      padding: 0;
      margin: 0 0 0.4rem;
    }
    .status li {
      margin: 0.2rem 0;
    }
    .small {
      font-size: 0.85rem;
    }
    .badge.validated,
    .badge.done {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .badge.overdue {
      background: var(--danger);
      color: #fff;
    }
    .overdue-line {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
    }
    .mine {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .mine li {
      border-left: 4px solid var(--brand);
      padding: 0.3rem 0 0.3rem 0.6rem;
      margin-bottom: 0.5rem;
    }
    .mine li.overdue {
      border-left-color: var(--danger);
      background: var(--danger-bg);
    }
    .desc {
      display: block;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem 0.5rem;
      align-items: center;
    }
  `,
})
export class CarePlanPanel {
  private readonly api = inject(CarePlanApi);
  readonly fileId = input.required<string>();
  /** False for an emergency (read-only) access. */
  readonly canWrite = input(true);
  protected readonly plan = signal<CarePlan | null>(null);
  protected readonly error = signal<CarePlanError | null>(null);
  protected readonly starting = signal(false);
  protected readonly latest = computed(() => latestVersion(this.plan()));
  protected readonly myActions = computed(() =>
    (this.latest()?.actions ?? []).filter((a) => a.mine),
  );
  protected readonly nextReview = computed(
    () => (this.plan()?.reviews ?? []).find((r) => !r.heldOn) ?? null,
  );

  constructor() {
    effect(() => {
      this.fileId();
      untracked(() => {
        this.plan.set(null);
        this.load();
      });
    });
  }

  protected load(): void {
    this.error.set(null);
    this.api.plan(this.fileId()).subscribe({
      next: (p) => this.plan.set(p),
      error: (e) => this.error.set(carePlanError(e)),
    });
  }

  protected start(): void {
    this.starting.set(true);
    this.error.set(null);
    this.api.start(this.fileId()).subscribe({
      next: (p) => {
        this.starting.set(false);
        this.plan.set(p);
      },
      error: (e) => {
        this.starting.set(false);
        this.load(); // started by someone else meanwhile (409): show it
        this.error.set(carePlanError(e));
      },
    });
  }

  protected short(hash: string | null): string {
    return shortHash(hash);
  }
}
