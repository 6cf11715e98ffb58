import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  model,
  output,
  signal,
} from '@angular/core';
import { CareTeamMember } from '../core/models';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import {
  ACTION_STATUSES,
  ActionStatus,
  Assignee,
  PROBLEM_DOMAINS,
  PlanGoal,
  PlanProblem,
  ProblemDomain,
} from './care-plan-models';
import { EditAction, PlanContent, newId } from './plan-content';

/** A choice of the assignee list: `P:<professional id>`, `S:<structure id>` or '' (nobody). */
interface AssigneeOption {
  value: string;
  label: string;
  assignee: Assignee | null;
}

function assigneeValue(a: Assignee | null): string {
  return a ? `${a.kind === 'PROFESSIONAL' ? 'P' : 'S'}:${a.id}` : '';
}

/**
 * The editor of the draft's content for the plan's authors: problems (with their domain), goals
 * under a problem, actions under a goal (what, who among the active care team, by when, status).
 * It edits a copy; the page saves it (the whole content) and copes with a plan changed meanwhile.
 */
@Component({
  selector: 'app-care-plan-editor',
  imports: [NgTemplateOutlet, TranslatePipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = content();
    <div class="editor" data-testid="care-plan-editor">
      <h3 id="care-plan-editor-title" tabindex="-1">{{ 'careplan.editor.title' | t }}</h3>
      <p class="muted small">
        {{
          (draftNumber() ? 'careplan.editor.introDraft' : 'careplan.editor.introNew')
            | t: { number: draftNumber() ?? nextNumber() }
        }}
      </p>
      <p class="sr-only" aria-live="polite">{{ announce() }}</p>

      @for (p of c.problems; track p.id; let i = $index) {
        <fieldset class="item problem" data-testid="editor-problem">
          <legend>{{ 'careplan.editor.problemN' | t: { n: i + 1 } }}</legend>
          <div class="row">
            <app-field
              class="domain"
              [label]="'careplan.editor.domain' | t"
              [controlId]="'pb-domain-' + p.id"
            >
              <select
                appFieldControl
                (change)="setProblem(p.id, { domain: $any($event.target).value })"
                data-testid="problem-domain"
              >
                @for (d of domains; track d) {
                  <option [value]="d" [selected]="d === p.domain">
                    {{ 'careplan.domain.' + d | t }}
                  </option>
                }
              </select>
            </app-field>
            <app-field
              class="grow"
              [label]="'careplan.editor.problemDescription' | t"
              [controlId]="'pb-desc-' + p.id"
              [error]="err(p.id, 'description')"
            >
              <textarea
                appFieldControl
                rows="2"
                maxlength="1000"
                [value]="p.description"
                (input)="setProblem(p.id, { description: $any($event.target).value })"
                data-testid="problem-description"
              ></textarea>
            </app-field>
          </div>
          <button
            type="button"
            class="link danger"
            (click)="removeProblem(p)"
            [attr.aria-label]="'careplan.editor.removeProblemLabel' | t: { n: i + 1 }"
            data-testid="problem-remove"
          >
            {{ 'careplan.editor.remove' | t }}
          </button>

          <div class="children">
            @for (g of goalsOf(p.id); track g.id; let j = $index) {
              <ng-container
                *ngTemplateOutlet="goalTpl; context: { $implicit: g, label: i + 1 + '.' + (j + 1) }"
              ></ng-container>
            }
            <button
              type="button"
              class="btn secondary add"
              (click)="addGoal(p.id)"
              [attr.aria-label]="'careplan.editor.addGoalLabel' | t: { n: i + 1 }"
              data-testid="editor-add-goal"
            >
              + {{ 'careplan.editor.addGoal' | t }}
            </button>
          </div>
        </fieldset>
      } @empty {
        <p class="muted">{{ 'careplan.editor.noProblem' | t }}</p>
      }
      <button
        type="button"
        class="btn secondary add"
        (click)="addProblem()"
        data-testid="editor-add-problem"
      >
        + {{ 'careplan.editor.addProblem' | t }}
      </button>

      @if (orphanGoals().length) {
        <fieldset class="item">
          <legend>{{ 'careplan.version.orphanGoals' | t }}</legend>
          @for (g of orphanGoals(); track g.id; let j = $index) {
            <ng-container
              *ngTemplateOutlet="goalTpl; context: { $implicit: g, label: '–.' + (j + 1) }"
            ></ng-container>
          }
        </fieldset>
      }
      <fieldset class="item">
        <legend>{{ 'careplan.version.orphanActions' | t }}</legend>
        @for (a of orphanActions(); track a.id; let k = $index) {
          <ng-container
            *ngTemplateOutlet="actionTpl; context: { $implicit: a, label: '–.' + (k + 1) }"
          ></ng-container>
        } @empty {
          <p class="muted small">{{ 'careplan.editor.orphanActionsHelp' | t }}</p>
        }
        <button
          type="button"
          class="btn secondary add"
          (click)="addAction(null)"
          data-testid="editor-add-free-action"
        >
          + {{ 'careplan.editor.addFreeAction' | t }}
        </button>
      </fieldset>

      <ng-template #goalTpl let-g let-label="label">
        <fieldset class="item goal" data-testid="editor-goal">
          <legend>{{ 'careplan.editor.goalN' | t: { n: label } }}</legend>
          <div class="row">
            <app-field
              class="grow"
              [label]="'careplan.editor.goalDescription' | t"
              [controlId]="'goal-desc-' + g.id"
              [error]="err(g.id, 'description')"
            >
              <input
                appFieldControl
                maxlength="1000"
                [value]="g.description"
                (input)="setGoal(g.id, { description: $any($event.target).value })"
                data-testid="goal-description"
              />
            </app-field>
            <app-field
              class="parent"
              [label]="'careplan.editor.goalProblem' | t"
              [controlId]="'goal-pb-' + g.id"
              [error]="err(g.id, 'problemId')"
            >
              <select
                appFieldControl
                (change)="setGoal(g.id, { problemId: $any($event.target).value || null })"
                data-testid="goal-problem"
              >
                <option value="" [selected]="!g.problemId">{{ 'careplan.editor.none' | t }}</option>
                @for (p of c.problems; track p.id; let i = $index) {
                  <option [value]="p.id" [selected]="p.id === g.problemId">
                    {{ i + 1 }}. {{ shorten(p.description) }}
                  </option>
                }
              </select>
            </app-field>
          </div>
          <button
            type="button"
            class="link danger"
            (click)="removeGoal(g)"
            [attr.aria-label]="'careplan.editor.removeGoalLabel' | t: { n: label }"
            data-testid="goal-remove"
          >
            {{ 'careplan.editor.remove' | t }}
          </button>
          <div class="children">
            @for (a of actionsOf(g.id); track a.id; let k = $index) {
              <ng-container
                *ngTemplateOutlet="
                  actionTpl;
                  context: { $implicit: a, label: label + '.' + (k + 1) }
                "
              ></ng-container>
            }
            <button
              type="button"
              class="btn secondary add"
              (click)="addAction(g.id)"
              [attr.aria-label]="'careplan.editor.addActionLabel' | t: { n: label }"
              data-testid="editor-add-action"
            >
              + {{ 'careplan.editor.addAction' | t }}
            </button>
          </div>
        </fieldset>
      </ng-template>

      <ng-template #actionTpl let-a let-label="label">
        <fieldset class="item action" data-testid="editor-action">
          <legend>{{ 'careplan.editor.actionN' | t: { n: label } }}</legend>
          <app-field
            [label]="'careplan.editor.actionDescription' | t"
            [controlId]="'act-desc-' + a.id"
            [error]="err(a.id, 'description')"
          >
            <textarea
              appFieldControl
              rows="2"
              maxlength="1000"
              [value]="a.description"
              (input)="setAction(a.id, { description: $any($event.target).value })"
              data-testid="action-description"
            ></textarea>
          </app-field>
          <div class="row">
            <app-field
              class="grow"
              [label]="'careplan.editor.assignee' | t"
              [controlId]="'act-who-' + a.id"
              [error]="err(a.id, 'assignee')"
            >
              <select
                appFieldControl
                (change)="setAssignee(a, $any($event.target).value)"
                data-testid="action-assignee"
              >
                @for (o of assigneeOptions(a); track o.value) {
                  <option [value]="o.value" [selected]="o.value === valueOf(a.assignee)">
                    {{ o.label }}
                  </option>
                }
              </select>
            </app-field>
            <app-field
              [label]="'careplan.editor.dueOn' | t"
              [controlId]="'act-due-' + a.id"
              [error]="err(a.id, 'dueOn')"
            >
              <input
                appFieldControl
                type="date"
                [value]="a.dueOn"
                (change)="setAction(a.id, { dueOn: $any($event.target).value })"
                data-testid="action-due"
              />
            </app-field>
            <app-field [label]="'careplan.editor.status' | t" [controlId]="'act-status-' + a.id">
              <select
                appFieldControl
                (change)="setAction(a.id, { status: $any($event.target).value })"
                data-testid="action-status-select"
              >
                @for (s of statuses; track s) {
                  <option [value]="s" [selected]="s === a.status">
                    {{ 'careplan.actionStatus.' + s | t }}
                  </option>
                }
              </select>
            </app-field>
            <app-field
              [label]="'careplan.editor.actionGoal' | t"
              [controlId]="'act-goal-' + a.id"
              [error]="err(a.id, 'goalId')"
            >
              <select
                appFieldControl
                (change)="setAction(a.id, { goalId: $any($event.target).value || null })"
                data-testid="action-goal"
              >
                <option value="" [selected]="!a.goalId">{{ 'careplan.editor.none' | t }}</option>
                @for (g of c.goals; track g.id) {
                  <option [value]="g.id" [selected]="g.id === a.goalId">
                    {{ shorten(g.description) }}
                  </option>
                }
              </select>
            </app-field>
          </div>
          <button
            type="button"
            class="link danger"
            (click)="removeAction(a)"
            [attr.aria-label]="'careplan.editor.removeActionLabel' | t: { n: label }"
            data-testid="action-remove"
          >
            {{ 'careplan.editor.remove' | t }}
          </button>
        </fieldset>
      </ng-template>

      <div class="save">
        <button
          type="button"
          class="btn"
          (click)="trySave()"
          [disabled]="saving() || !dirty()"
          data-testid="care-plan-save-draft"
        >
          {{ (saving() ? 'careplan.saving' : 'careplan.editor.save') | t }}
        </button>
        <button
          type="button"
          class="btn secondary"
          (click)="discard.emit()"
          [disabled]="saving() || !dirty()"
          data-testid="editor-discard"
        >
          {{ 'careplan.editor.discard' | t }}
        </button>
        @if (dirty()) {
          <span class="badge unsaved" data-testid="editor-dirty">{{
            'careplan.editor.unsaved' | t
          }}</span>
        }
      </div>
    </div>
  `,
  styles: `
    h3 {
      font-size: 1.05rem;
      margin: 0 0 0.25rem;
    }
    .small {
      font-size: 0.85rem;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    fieldset.item {
      border: 1px solid var(--line);
      border-radius: 0.6rem;
      padding: 0.5rem 0.75rem 0.6rem;
      margin: 0 0 0.75rem;
      min-width: 0;
    }
    fieldset.problem {
      border-color: #a9b7c6;
    }
    fieldset.goal {
      background: #f7f9fb;
    }
    fieldset.action {
      background: #fff;
    }
    legend {
      font-weight: 700;
      padding: 0 0.3rem;
    }
    .children {
      margin: 0.5rem 0 0 0.5rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
    }
    .row .field {
      flex: 1 1 10rem;
      min-width: 0;
    }
    .row .grow {
      flex: 3 1 14rem;
    }
    .field {
      margin-bottom: 0.5rem;
    }
    .btn.add {
      min-height: 2.5rem;
      padding: 0.35rem 0.8rem;
      margin: 0.2rem 0 0.5rem;
    }
    .save {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      border-top: 1px solid var(--line);
      padding-top: 0.75rem;
    }
    .badge.unsaved {
      background: var(--important-bg);
      color: var(--important);
    }
    @media (max-width: 30rem) {
      .children {
        margin-left: 0;
      }
      fieldset.item {
        padding: 0.4rem 0.5rem 0.5rem;
      }
      .save .btn {
        flex: 1 1 100%;
        justify-content: center;
      }
    }
  `,
})
export class CarePlanEditor {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  /** The user's working copy of the content. */
  readonly content = model.required<PlanContent>();
  /** The care team of the patient; its active members may be given actions. */
  readonly members = input<CareTeamMember[]>([]);
  /** The server's field problems, by `<item id>.<field>`. */
  readonly serverErrors = input<Record<string, string>>({});
  /** The draft's number; null when saving opens a new draft after the latest validated one. */
  readonly draftNumber = input<number | null>(null);
  /** The latest version's number (the next draft is one more). */
  readonly latestNumber = input(0);
  readonly dirty = input(false);
  readonly saving = input(false);
  readonly save = output<void>();
  readonly discard = output<void>();

  protected readonly domains = PROBLEM_DOMAINS;
  protected readonly statuses = ACTION_STATUSES;
  protected readonly nextNumber = computed(() => this.latestNumber() + 1);
  protected readonly announce = signal('');
  /** What the user must fix before saving, by `<item id>.<field>`. */
  private readonly localErrors = signal<Record<string, string>>({});

  private readonly problemIds = computed(() => new Set(this.content().problems.map((p) => p.id)));
  private readonly goalIds = computed(() => new Set(this.content().goals.map((g) => g.id)));
  protected readonly orphanGoals = computed(() =>
    this.content().goals.filter((g) => !g.problemId || !this.problemIds().has(g.problemId)),
  );
  protected readonly orphanActions = computed(() =>
    this.content().actions.filter((a) => !a.goalId || !this.goalIds().has(a.goalId)),
  );
  private readonly teamOptions = computed<AssigneeOption[]>(() => {
    const seen = new Set<string>();
    const options: AssigneeOption[] = [];
    for (const m of this.members()) {
      if (!m.active || seen.has(m.professional.id)) continue;
      seen.add(m.professional.id);
      const name = `${m.professional.firstName} ${m.professional.lastName}`;
      const assignee: Assignee = { kind: 'PROFESSIONAL', id: m.professional.id, name };
      options.push({
        value: assigneeValue(assignee),
        label: `${name} — ${this.i18n.t('role.' + m.role)}`,
        assignee,
      });
    }
    return options.sort((a, b) => a.label.localeCompare(b.label));
  });

  protected goalsOf(problemId: string): PlanGoal[] {
    return this.content().goals.filter((g) => g.problemId === problemId);
  }

  protected actionsOf(goalId: string): EditAction[] {
    return this.content().actions.filter((a) => a.goalId === goalId);
  }

  protected valueOf(a: Assignee | null): string {
    return assigneeValue(a);
  }

  /** Nobody, the active team, and the current assignee if no longer among them. */
  protected assigneeOptions(a: EditAction): AssigneeOption[] {
    const none: AssigneeOption = {
      value: '',
      label: this.i18n.t('careplan.editor.nobody'),
      assignee: null,
    };
    const team = this.teamOptions();
    const current = a.assignee;
    if (current && !team.some((o) => o.value === assigneeValue(current))) {
      const label =
        current.kind === 'STRUCTURE'
          ? this.i18n.t('careplan.editor.structure', { name: current.name })
          : this.i18n.t('careplan.editor.formerMember', { name: current.name });
      return [none, { value: assigneeValue(current), label, assignee: current }, ...team];
    }
    return [none, ...team];
  }

  protected err(id: string, field: string): string {
    return this.localErrors()[`${id}.${field}`] ?? this.serverErrors()[`${id}.${field}`] ?? '';
  }

  protected shorten(text: string): string {
    const t = text.trim() || this.i18n.t('careplan.editor.untitled');
    return t.length > 60 ? t.slice(0, 57) + '…' : t;
  }

  // ------------------------------------------------------------------ edits

  protected setProblem(id: string, patch: Partial<PlanProblem> & { domain?: ProblemDomain }) {
    this.clearError(id, Object.keys(patch));
    this.content.update((c) => ({
      ...c,
      problems: c.problems.map((p) => (p.id === id ? { ...p, ...patch } : p)),
    }));
  }

  protected setGoal(id: string, patch: Partial<PlanGoal>) {
    this.clearError(id, Object.keys(patch));
    this.content.update((c) => ({
      ...c,
      goals: c.goals.map((g) => (g.id === id ? { ...g, ...patch } : g)),
    }));
  }

  protected setAction(id: string, patch: Partial<EditAction> & { status?: ActionStatus }) {
    this.clearError(id, Object.keys(patch));
    this.content.update((c) => ({
      ...c,
      actions: c.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)),
    }));
  }

  protected setAssignee(a: EditAction, value: string): void {
    const option = this.assigneeOptions(a).find((o) => o.value === value);
    this.setAction(a.id, { assignee: option?.assignee ?? null });
    this.clearError(a.id, ['assignee']);
  }

  protected addProblem(): void {
    const id = newId();
    this.content.update((c) => ({
      ...c,
      problems: [...c.problems, { id, domain: 'HEALTH', description: '' }],
    }));
    this.focus(`pb-desc-${id}`);
  }

  protected addGoal(problemId: string | null): void {
    const id = newId();
    this.content.update((c) => ({
      ...c,
      goals: [...c.goals, { id, problemId, description: '' }],
    }));
    this.focus(`goal-desc-${id}`);
  }

  protected addAction(goalId: string | null): void {
    const id = newId();
    this.content.update((c) => ({
      ...c,
      actions: [
        ...c.actions,
        { id, goalId, description: '', assignee: null, dueOn: '', status: 'PLANNED' },
      ],
    }));
    this.focus(`act-desc-${id}`);
  }

  /** Its goals stay in the plan, without a problem (nothing typed is lost by one click). */
  protected removeProblem(p: PlanProblem): void {
    this.content.update((c) => ({
      problems: c.problems.filter((x) => x.id !== p.id),
      goals: c.goals.map((g) => (g.problemId === p.id ? { ...g, problemId: null } : g)),
      actions: c.actions,
    }));
    this.removed(p.description);
  }

  /** Its actions stay in the plan, without a goal. */
  protected removeGoal(g: PlanGoal): void {
    this.content.update((c) => ({
      problems: c.problems,
      goals: c.goals.filter((x) => x.id !== g.id),
      actions: c.actions.map((a) => (a.goalId === g.id ? { ...a, goalId: null } : a)),
    }));
    this.removed(g.description);
  }

  protected removeAction(a: EditAction): void {
    this.content.update((c) => ({ ...c, actions: c.actions.filter((x) => x.id !== a.id) }));
    this.removed(a.description);
  }

  /** Checks what the server would refuse anyway (a description is required), then saves. */
  protected trySave(): void {
    const required = this.i18n.t('careplan.editor.required');
    const errors: Record<string, string> = {};
    const c = this.content();
    for (const item of [...c.problems, ...c.goals, ...c.actions]) {
      if (!item.description.trim()) errors[`${item.id}.description`] = required;
    }
    this.localErrors.set(errors);
    const first = Object.keys(errors)[0];
    if (first) {
      const id = first.slice(0, first.indexOf('.'));
      const prefix = c.problems.some((p) => p.id === id)
        ? 'pb-desc-'
        : c.goals.some((g) => g.id === id)
          ? 'goal-desc-'
          : 'act-desc-';
      this.focus(prefix + id);
      this.announce.set(this.i18n.t('careplan.editor.fixRequired'));
      return;
    }
    this.save.emit();
  }

  private clearError(id: string, fields: string[]): void {
    const keys = fields.map((f) => (f === 'assignee' ? `${id}.assignee` : `${id}.${f}`));
    if (!keys.some((k) => k in this.localErrors())) return;
    this.localErrors.update((e) => {
      const copy = { ...e };
      for (const k of keys) delete copy[k];
      return copy;
    });
  }

  private removed(description: string): void {
    this.announce.set(
      this.i18n.t('careplan.editor.removed', { description: this.shorten(description) }),
    );
    this.focus('care-plan-editor-title');
  }

  private focus(id: string): void {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(`[id="${id}"]`)?.focus(),
      { injector: this.injector },
    );
  }
}
