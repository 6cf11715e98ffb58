import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { Field, FieldControl } from '../field/field';
import { TranslatePipe } from '../i18n/i18n';
import { ACTION_STATUSES, ActionStatus, PlanAction, ProgressCommand } from './care-plan-models';
import { AgoPipe, DayPipe, MomentPipe } from '../i18n/dates';

/** A progress update the user asked for; the page sends it (and handles a stale plan). */
export interface ProgressRequest {
  actionId: string;
  command: ProgressCommand;
}

/**
 * One action of the plan: what, who, by when, its status (overdue ones stand out) and its
 * comments; its assignee and the plan's authors update its progress with an optional comment.
 */
@Component({
  selector: 'app-care-plan-action',
  imports: [TranslatePipe, AgoPipe, DayPipe, MomentPipe, Field, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = action();
    <div
      class="action"
      [class.overdue]="a.overdue"
      [class.mine]="a.mine"
      data-testid="care-plan-action"
      [attr.data-action-id]="a.id"
    >
      <p class="desc" [id]="prefix() + '-desc'">{{ a.description }}</p>
      @if (context()) {
        <p class="muted small context">{{ 'careplan.action.forGoal' | t: { goal: context() } }}</p>
      }
      <p class="facts">
        <span class="badge" [class]="'st-' + a.status" data-testid="action-status">{{
          'careplan.actionStatus.' + a.status | t
        }}</span>
        @if (a.overdue) {
          <span class="badge overdue" data-testid="action-overdue">{{
            'careplan.overdue' | t
          }}</span>
        }
        @if (a.mine) {
          <span class="badge mine">{{ 'careplan.action.mine' | t }}</span>
        }
        <span class="small">
          {{
            a.assignee
              ? ('careplan.action.assignee' | t: { name: a.assignee.name })
              : ('careplan.action.noAssignee' | t)
          }}
          ·
          {{
            a.dueOn
              ? ('careplan.action.dueOn' | t: { date: (a.dueOn | day) })
              : ('careplan.action.noDue' | t)
          }}
        </span>
      </p>
      @if (a.comments.length) {
        <ul
          class="comments"
          data-testid="action-comments"
          [attr.aria-label]="'careplan.action.comments' | t"
        >
          @for (c of a.comments; track $index) {
            <li>
              <span class="comment-text">« {{ c.text }} »</span>
              <span class="muted small"
                >— {{ c.authorName }},
                <time [attr.datetime]="c.at" [title]="c.at | moment">{{ c.at | ago }}</time></span
              >
            </li>
          }
        </ul>
      }
      @if (canUpdate()) {
        @if (!open()) {
          <button
            type="button"
            class="link"
            (click)="openForm()"
            aria-expanded="false"
            [attr.aria-describedby]="prefix() + '-desc'"
            data-testid="action-update-open"
          >
            {{ 'careplan.progress.open' | t }}
          </button>
        } @else {
          <form
            class="progress"
            (submit)="$event.preventDefault(); send()"
            data-testid="action-progress"
          >
            <app-field [label]="'careplan.progress.status' | t" [controlId]="prefix() + '-status'">
              <select
                appFieldControl
                (change)="status.set($any($event.target).value)"
                data-testid="action-progress-status"
              >
                @for (s of statuses; track s) {
                  <option [value]="s" [selected]="s === status()">
                    {{ 'careplan.actionStatus.' + s | t }}
                  </option>
                }
              </select>
            </app-field>
            <app-field
              [label]="'careplan.progress.comment' | t"
              [controlId]="prefix() + '-comment'"
            >
              <textarea
                appFieldControl
                rows="2"
                maxlength="1000"
                [value]="comment()"
                (input)="comment.set($any($event.target).value)"
                data-testid="action-progress-comment"
              ></textarea>
            </app-field>
            <div class="buttons">
              <button
                type="submit"
                class="btn"
                [disabled]="busy() || !changed()"
                data-testid="action-progress-submit"
              >
                {{ (busy() ? 'careplan.saving' : 'careplan.progress.submit') | t }}
              </button>
              <button type="button" class="btn secondary" (click)="open.set(false)">
                {{ 'common.cancel' | t }}
              </button>
            </div>
          </form>
        }
      }
    </div>
  `,
  styles: `
    .action {
      border-left: 4px solid var(--line);
      padding: 0.35rem 0 0.35rem 0.75rem;
      margin: 0.4rem 0 0.6rem;
    }
    .action.mine {
      border-left-color: var(--brand);
    }
    .action.overdue {
      border-left-color: var(--danger);
      background: var(--danger-bg);
    }
    .desc {
      margin: 0;
      font-weight: 600;
      overflow-wrap: anywhere;
      white-space: pre-wrap;
    }
    .context {
      margin: 0.1rem 0 0;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem 0.5rem;
      align-items: center;
      margin: 0.25rem 0;
    }
    .small {
      font-size: 0.85rem;
    }
    .badge.overdue {
      background: var(--danger);
      color: #fff;
    }
    .badge.st-DONE {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .badge.st-IN_PROGRESS {
      background: var(--brand-dark);
      color: #fff;
    }
    .badge.st-CANCELLED {
      background: #eceff3;
      color: var(--muted);
      text-decoration: line-through;
    }
    .badge.mine {
      background: var(--important-bg);
      color: var(--important);
    }
    .comments {
      list-style: none;
      margin: 0.2rem 0;
      padding: 0;
    }
    .comments li {
      margin: 0.15rem 0;
      overflow-wrap: anywhere;
    }
    .comment-text {
      white-space: pre-wrap;
    }
    .progress {
      margin-top: 0.4rem;
      padding: 0.6rem;
      border: 1px solid var(--line);
      border-radius: 0.5rem;
      background: #fff;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class CarePlanAction {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  readonly action = input.required<PlanAction>();
  /** Unique in the page: the prefix of the ids of the form's fields. */
  readonly prefix = input.required<string>();
  /** Whether the user may update its progress (its assignee, or an author, on the latest version). */
  readonly canUpdate = input(false);
  /** The goal it serves, when shown out of the plan's tree ("my actions"). */
  readonly context = input('');
  readonly busy = input(false);
  /** Changed by the page when a write succeeded or the user abandoned: the form closes. */
  readonly resetKey = input(0);
  readonly progress = output<ProgressRequest>();

  protected readonly statuses = ACTION_STATUSES;
  protected readonly open = linkedSignal(() => {
    this.resetKey();
    return false;
  });
  protected readonly status = signal<ActionStatus>('PLANNED');
  protected readonly comment = linkedSignal(() => {
    this.resetKey();
    return '';
  });
  protected readonly changed = computed(
    () => this.status() !== this.action().status || !!this.comment().trim(),
  );

  protected openForm(): void {
    this.status.set(this.action().status);
    this.open.set(true);
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>(`[id="${this.prefix()}-status"]`)
          ?.focus(),
      { injector: this.injector },
    );
  }

  protected send(): void {
    if (!this.changed() || this.busy()) return;
    const command: ProgressCommand = {};
    if (this.status() !== this.action().status) command.status = this.status();
    if (this.comment().trim()) command.comment = this.comment().trim();
    this.progress.emit({ actionId: this.action().id, command });
  }
}
