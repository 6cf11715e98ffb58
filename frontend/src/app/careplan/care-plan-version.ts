import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { TranslatePipe } from '../i18n/i18n';
import { CarePlanAction, ProgressRequest } from './care-plan-action';
import { PlanAction, PlanGoal, PlanVersion } from './care-plan-models';
import { shortHash } from './plan-content';
import { MomentPipe } from '../i18n/dates';

/**
 * One version of the plan as it reads: its problems (with their domain), the goals under each
 * problem and the actions under each goal; items whose parent is gone are listed apart.
 */
@Component({
  selector: 'app-care-plan-version',
  imports: [NgTemplateOutlet, TranslatePipe, CarePlanAction, MomentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = version();
    <div data-testid="care-plan-version" [attr.data-version]="v.number">
      <p class="meta">
        <span
          class="badge"
          [class.validated]="v.status === 'VALIDATED'"
          data-testid="version-status"
        >
          {{ 'careplan.versionStatus.' + v.status | t: { number: v.number } }}
        </span>
        <span class="muted small">
          {{
            'careplan.version.created' | t: { name: v.createdByName, date: (v.createdAt | moment) }
          }}
        </span>
        @if (v.validatedAt) {
          <span class="small" data-testid="version-validated">
            {{
              'careplan.version.validated'
                | t
                  : {
                      name: v.validatedByName ?? '',
                      date: (v.validatedAt | moment),
                      hash: hash(),
                    }
            }}
          </span>
        }
      </p>

      @if (empty()) {
        <p class="muted" data-testid="care-plan-version-empty">
          {{ (mayAuthor() ? 'careplan.version.emptyAuthor' : 'careplan.version.empty') | t }}
        </p>
      }

      @for (p of v.problems; track p.id; let i = $index) {
        <section
          class="problem"
          data-testid="care-plan-problem"
          [attr.aria-labelledby]="'pb-' + p.id"
        >
          <h3 [id]="'pb-' + p.id">
            <span class="badge domain">{{ 'careplan.domain.' + p.domain | t }}</span>
            <span class="text">{{ p.description }}</span>
          </h3>
          @for (g of goalsOf(p.id); track g.id) {
            <ng-container *ngTemplateOutlet="goalTpl; context: { $implicit: g }"></ng-container>
          } @empty {
            <p class="muted small">{{ 'careplan.version.noGoal' | t }}</p>
          }
        </section>
      }
      @if (orphanGoals().length) {
        <section class="problem" aria-labelledby="orphan-goals">
          <h3 id="orphan-goals">{{ 'careplan.version.orphanGoals' | t }}</h3>
          @for (g of orphanGoals(); track g.id) {
            <ng-container *ngTemplateOutlet="goalTpl; context: { $implicit: g }"></ng-container>
          }
        </section>
      }
      @if (orphanActions().length) {
        <section class="problem" aria-labelledby="orphan-actions">
          <h3 id="orphan-actions">{{ 'careplan.version.orphanActions' | t }}</h3>
          @for (a of orphanActions(); track a.id) {
            <app-care-plan-action
              [action]="a"
              [prefix]="'v-' + a.id"
              [canUpdate]="canUpdate(a)"
              [busy]="busy()"
              [resetKey]="resetKey()"
              (progress)="progress.emit($event)"
            />
          }
        </section>
      }

      <ng-template #goalTpl let-g>
        <div class="goal" data-testid="care-plan-goal">
          <h4>
            <span class="muted">{{ 'careplan.goal' | t }} :</span>
            <span class="text">{{ g.description }}</span>
          </h4>
          @for (a of actionsOf(g.id); track a.id) {
            <app-care-plan-action
              [action]="a"
              [prefix]="'v-' + a.id"
              [canUpdate]="canUpdate(a)"
              [busy]="busy()"
              [resetKey]="resetKey()"
              (progress)="progress.emit($event)"
            />
          } @empty {
            <p class="muted small">{{ 'careplan.version.noAction' | t }}</p>
          }
        </div>
      </ng-template>
    </div>
  `,
  styles: `
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem 0.6rem;
      align-items: center;
      margin: 0 0 0.75rem;
    }
    .small {
      font-size: 0.85rem;
    }
    .badge.validated {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .problem {
      border-top: 1px solid var(--line);
      padding-top: 0.6rem;
      margin-top: 0.6rem;
    }
    h3 {
      font-size: 1.05rem;
      margin: 0 0 0.4rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      align-items: baseline;
    }
    h4 {
      font-size: 0.95rem;
      margin: 0 0 0.2rem;
    }
    .text {
      overflow-wrap: anywhere;
      white-space: pre-wrap;
    }
    .badge.domain {
      background: #e8e3f3;
      color: #4a3a78;
    }
    .goal {
      margin: 0.4rem 0 0.6rem 0.75rem;
    }
    @media (max-width: 30rem) {
      .goal {
        margin-left: 0.25rem;
      }
    }
  `,
})
export class CarePlanVersion {
  readonly version = input.required<PlanVersion>();
  /** Whether this is the plan's latest version (progress is updated there only). */
  readonly latest = input(false);
  readonly mayAuthor = input(false);
  /** False for a read-only access (emergency access). */
  readonly canWrite = input(true);
  readonly busy = input(false);
  readonly resetKey = input(0);
  readonly progress = output<ProgressRequest>();

  protected readonly hash = computed(() => shortHash(this.version().contentHash));
  protected readonly empty = computed(() => {
    const v = this.version();
    return !v.problems?.length && !v.goals?.length && !v.actions?.length;
  });
  private readonly problemIds = computed(
    () => new Set((this.version().problems ?? []).map((p) => p.id)),
  );
  private readonly goalIds = computed(() => new Set((this.version().goals ?? []).map((g) => g.id)));
  protected readonly orphanGoals = computed(() =>
    (this.version().goals ?? []).filter((g) => !g.problemId || !this.problemIds().has(g.problemId)),
  );
  protected readonly orphanActions = computed(() =>
    (this.version().actions ?? []).filter((a) => !a.goalId || !this.goalIds().has(a.goalId)),
  );

  protected goalsOf(problemId: string): PlanGoal[] {
    return (this.version().goals ?? []).filter((g) => g.problemId === problemId);
  }

  protected actionsOf(goalId: string): PlanAction[] {
    return (this.version().actions ?? []).filter((a) => a.goalId === goalId);
  }

  protected canUpdate(a: PlanAction): boolean {
    return this.latest() && this.canWrite() && (a.mine || this.mayAuthor());
  }
}
