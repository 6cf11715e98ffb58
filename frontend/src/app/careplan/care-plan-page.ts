import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { Observable } from 'rxjs';
import { Api } from '../core/api';
import { CareTeamMember, CoordinationFile } from '../core/models';
import { Field, FieldControl } from '../field/field';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { CarePlanAction, ProgressRequest } from './care-plan-action';
import { CarePlanApi, CarePlanError, carePlanError, fieldMessage, isStale } from './care-plan-api';
import { CarePlanDelegation, DelegationNotice } from './care-plan-delegation';
import { CarePlanEditor } from './care-plan-editor';
import { CarePlanHistory } from './care-plan-history';
import {
  CarePlan,
  DraftCommand,
  OutcomeCommand,
  PlanVersion,
  ReviewCommand,
  VersionSummary,
} from './care-plan-models';
import { CarePlanReviews } from './care-plan-reviews';
import { CarePlanStale, StaleNote, staleNotes } from './care-plan-stale';
import { CarePlanSynthesis } from './care-plan-synthesis';
import { CarePlanVersion } from './care-plan-version';
import {
  EMPTY_CONTENT,
  PlanContent,
  contentOf,
  latestVersion,
  mergeContent,
  sameContent,
  shortHash,
  toCommand,
} from './plan-content';
import { DayPipe, MomentPipe, formatDay } from '../i18n/dates';

/** A write of the plan: its name (for the busy state), the call, and what to do with the answer. */
interface Write {
  kind: 'draft' | 'progress' | 'validate' | 'review';
  call: (plan: CarePlan) => Observable<CarePlan>;
  done: (plan: CarePlan) => void;
  failed?: (error: CarePlanError) => void;
}

/** A message of the page, translated when shown. */
interface Notice {
  key: string;
  params: Record<string, string | number>;
}

const FIELD = /^(problems|goals|actions)\[(\d+)\]\.(\w+)$/;

/** The labels of the fields of the small forms (progress, reviews), for the server's problems. */
const FIELD_LABELS: Record<string, string> = {
  status: 'careplan.progress.status',
  comment: 'careplan.progress.comment',
  dueOn: 'careplan.reviews.dueOn',
  purpose: 'careplan.reviews.purpose',
  heldOn: 'careplan.reviews.heldOn',
  outcome: 'careplan.reviews.outcome',
};

/** Every version number the plan names (the draft, the validated one, the history). */
function versionsOf(plan: CarePlan | null): VersionSummary[] {
  if (!plan) return [];
  const all = new Map<number, VersionSummary>();
  for (const v of [plan.draft, plan.validated, ...(plan.versions ?? [])]) {
    if (v && !all.has(v.number)) all.set(v.number, v);
  }
  return [...all.values()].sort((a, b) => b.number - a.number);
}

/**
 * A patient's care plan (PPS): the draft and the validated versions, the authors' editor, each
 * one's actions and their progress, the GP's validation, the reviews, the history with its
 * comparison, and the printable synthesis. A write refused because someone changed the plan
 * meanwhile reloads it, keeps the user's edits and lets them re-apply or abandon them.
 */
@Component({
  selector: 'app-care-plan-page',
  imports: [
    RouterLink,
    TranslatePipe,
    CarePlanAction,
    CarePlanDelegation,
    CarePlanEditor,
    CarePlanHistory,
    CarePlanReviews,
    CarePlanStale,
    CarePlanSynthesis,
    CarePlanVersion,
    DayPipe,
    MomentPipe,
    Field,
    FieldControl,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a [routerLink]="['/patients', id()]" class="back" data-testid="care-plan-back">{{
      'careplan.page.back' | t
    }}</a>
    <div data-testid="care-plan-page">
      <h1>
        {{ 'careplan.title' | t }}
        @if (file(); as f) {
          <span class="patient" data-testid="care-plan-patient"
            >{{ f.lastName.toUpperCase() }} {{ f.firstName }}</span
          >
        }
      </h1>

      @if (loadError(); as e) {
        <section class="card" role="alert" data-testid="care-plan-load-error">
          <p>{{ e.messageKey | t: { detail: e.detail ?? '' } }}</p>
          @if (e.status !== 404) {
            <button type="button" class="btn secondary" (click)="load()">
              {{ 'common.retry' | t }}
            </button>
          }
        </section>
      } @else if (plan(); as p) {
        @if (stale(); as s) {
          <app-care-plan-stale
            [notes]="s.notes"
            [busy]="busy() !== null"
            (reapply)="reapply()"
            (abandon)="abandon()"
          />
        }
        @if (error(); as e) {
          <div class="alert" role="alert" tabindex="-1" data-testid="care-plan-error">
            <p>{{ e.messageKey | t: { detail: e.detail ?? '' } }}</p>
            @if (otherFieldErrors().length) {
              <ul>
                @for (f of otherFieldErrors(); track $index) {
                  <li>{{ f }}</li>
                }
              </ul>
            }
          </div>
        }
        <div aria-live="polite">
          @if (notice(); as n) {
            <p class="alert ok" data-testid="care-plan-notice">{{ n.key | t: n.params }}</p>
          }
        </div>

        <app-care-plan-delegation
          [plan]="p"
          [canWrite]="canWrite()"
          (changed)="delegationChanged($event)"
        />
        @if (!p.started) {
          <section class="card" aria-labelledby="not-started-title">
            <h2 id="not-started-title">{{ 'careplan.notStarted.title' | t }}</h2>
            @if (p.mayAuthor && canWrite()) {
              <p>{{ 'careplan.notStarted.author' | t }}</p>
              <button
                type="button"
                class="btn"
                (click)="start()"
                [disabled]="busy() !== null"
                data-testid="care-plan-start"
              >
                {{ (busy() === 'start' ? 'careplan.saving' : 'careplan.start') | t }}
              </button>
            } @else {
              <p data-testid="care-plan-none">{{ 'careplan.notStarted.reader' | t }}</p>
            }
          </section>
        } @else {
          <section class="card" aria-labelledby="status-title" data-testid="care-plan-status">
            <h2 id="status-title">{{ 'careplan.page.status' | t }}</h2>
            @if (p.validated; as v) {
              <p data-testid="care-plan-status-validated">
                <span class="badge validated">{{ 'careplan.versionState.VALIDATED' | t }}</span>
                {{
                  'careplan.status.validatedHash'
                    | t
                      : {
                          number: v.number,
                          name: v.validatedByName ?? '',
                          date: (v.validatedAt | day),
                          hash: short(v.contentHash),
                        }
                }}
              </p>
            }
            @if (p.draft; as d) {
              <p data-testid="care-plan-status-draft">
                <span class="badge">{{ 'careplan.versionState.DRAFT' | t }}</span>
                {{ 'careplan.status.draft' | t: { number: d.number, name: d.createdByName } }}
              </p>
            }
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
            @if (validatedNotice(); as v) {
              <p class="alert ok" role="status" data-testid="care-plan-validated">
                {{
                  'careplan.validation.done'
                    | t
                      : {
                          number: v.number,
                          name: v.validatedByName ?? '',
                          date: (v.validatedAt | moment),
                          hash: short(v.contentHash),
                        }
                }}
              </p>
            }
            @if (p.mayValidate && p.draft && canWrite()) {
              <div class="validate">
                @if (!confirming()) {
                  <button
                    type="button"
                    class="btn"
                    (click)="confirming.set(true)"
                    [disabled]="busy() !== null || dirty()"
                    aria-describedby="validate-help"
                    data-testid="care-plan-validate"
                  >
                    {{ 'careplan.validation.button' | t }}
                  </button>
                  <span id="validate-help" class="muted small">{{
                    (dirty() ? 'careplan.validation.saveFirst' : 'careplan.validation.help')
                      | t: { number: p.draft.number }
                  }}</span>
                } @else {
                  <div class="confirm" role="group" aria-labelledby="validate-confirm-text">
                    <p id="validate-confirm-text">
                      {{ 'careplan.validation.confirmText' | t: { number: p.draft.number } }}
                    </p>
                    <button
                      type="button"
                      class="btn"
                      (click)="validate()"
                      [disabled]="busy() !== null"
                      data-testid="care-plan-validate-confirm"
                    >
                      {{
                        (busy() === 'validate' ? 'careplan.saving' : 'careplan.validation.confirm')
                          | t: { number: p.draft.number }
                      }}
                    </button>
                    <button type="button" class="btn secondary" (click)="confirming.set(false)">
                      {{ 'common.cancel' | t }}
                    </button>
                  </div>
                }
              </div>
            }
            @if (shown(); as v) {
              <app-care-plan-synthesis [fileId]="id()" [number]="v.number" />
            }
          </section>

          <section
            class="card"
            aria-labelledby="my-actions-title"
            data-testid="care-plan-my-actions"
          >
            <h2 id="my-actions-title">{{ 'careplan.myActions' | t }}</h2>
            @for (a of myActions(); track a.id) {
              <app-care-plan-action
                [action]="a"
                [prefix]="'mine-' + a.id"
                [context]="goalOf(a.goalId)"
                [canUpdate]="canWrite()"
                [busy]="busy() !== null"
                [resetKey]="resetKey()"
                (progress)="progress($event)"
              />
            } @empty {
              <p class="muted" data-testid="care-plan-my-actions-empty">
                {{ 'careplan.myActions.none' | t }}
              </p>
            }
          </section>

          <section class="card" aria-labelledby="content-title">
            <div class="toolbar">
              <h2 id="content-title">{{ 'careplan.page.content' | t }}</h2>
              @if (p.mayAuthor && canWrite()) {
                <button
                  type="button"
                  class="btn secondary"
                  (click)="toggleEditor()"
                  data-testid="care-plan-edit"
                >
                  {{ (editing() ? 'careplan.page.read' : 'careplan.page.edit') | t }}
                </button>
              }
            </div>
            @if (editing()) {
              <app-care-plan-editor
                [(content)]="mine"
                [members]="members()"
                [serverErrors]="fieldErrors()"
                [draftNumber]="p.draft?.number ?? null"
                [latestNumber]="latest()?.number ?? 0"
                [dirty]="dirty()"
                [saving]="busy() === 'draft'"
                (save)="saveDraft()"
                (discard)="discardEdits()"
              />
            } @else {
              <app-field
                class="version-select"
                [label]="'careplan.page.shownVersion' | t"
                controlId="version-select"
              >
                <select
                  appFieldControl
                  (change)="selected.set(+$any($event.target).value)"
                  data-testid="care-plan-version-select"
                >
                  @for (v of allVersions(); track v.number) {
                    <option [value]="v.number" [selected]="v.number === selected()">
                      {{ versionLabel(v) }}
                    </option>
                  }
                </select>
              </app-field>
              @if (dirty()) {
                <p class="alert unsaved" data-testid="care-plan-unsaved">
                  {{ 'careplan.page.unsavedEdits' | t }}
                </p>
              }
              @if (shown(); as v) {
                <app-care-plan-version
                  [version]="v"
                  [latest]="v.number === latest()?.number"
                  [mayAuthor]="p.mayAuthor"
                  [canWrite]="canWrite()"
                  [busy]="busy() !== null"
                  [resetKey]="resetKey()"
                  (progress)="progress($event)"
                />
              } @else if (versionError(); as e) {
                <div class="alert" role="alert">
                  {{ e.messageKey | t: { detail: e.detail ?? '' } }}
                </div>
              } @else {
                <p class="muted" aria-live="polite">{{ 'common.loading' | t }}</p>
              }
            }
          </section>

          <app-care-plan-reviews
            [reviews]="p.reviews"
            [canManage]="canManageReviews()"
            [busy]="busy() !== null"
            [resetKey]="resetKey()"
            (schedule)="scheduleReview($event)"
            (outcomeRecorded)="recordOutcome($event.reviewId, $event.command)"
          />

          <app-care-plan-history [fileId]="id()" [versions]="allVersions()" />
        }
      } @else {
        <p aria-live="polite" data-testid="care-plan-loading">{{ 'careplan.loading' | t }}</p>
      }
    </div>
  `,
  styles: `
    .back {
      display: inline-block;
      margin-bottom: 0.75rem;
    }
    h1 {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: baseline;
    }
    .patient {
      font-size: 1.05rem;
      font-weight: 600;
      color: var(--muted);
    }
    .small {
      font-size: 0.85rem;
    }
    .badge.validated {
      background: var(--ok-bg);
      color: var(--ok);
    }
    .badge.overdue {
      background: var(--danger);
      color: #fff;
      margin-left: 0.3rem;
    }
    .validate,
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin: 0.5rem 0 0.75rem;
    }
    .confirm {
      padding: 0.6rem;
      border: 2px solid var(--brand-dark);
      border-radius: 0.5rem;
    }
    .confirm p {
      flex-basis: 100%;
      margin: 0;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 0.5rem;
    }
    .toolbar h2 {
      margin: 0;
    }
    .version-select {
      max-width: 24rem;
    }
    .alert p {
      margin: 0;
    }
    .alert ul {
      margin: 0.4rem 0 0;
      padding-left: 1.2rem;
    }
    .alert.unsaved {
      background: var(--important-bg);
      color: var(--important);
    }
    @media (max-width: 30rem) {
      .validate .btn,
      .confirm .btn {
        flex: 1 1 100%;
        justify-content: center;
      }
    }
  `,
})
export class CarePlanPage {
  private readonly api = inject(CarePlanApi);
  private readonly files = inject(Api);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);
  /** The coordination file's id (route parameter). */
  readonly id = input.required<string>();

  protected readonly plan = signal<CarePlan | null>(null);
  protected readonly file = signal<CoordinationFile | null>(null);
  protected readonly members = signal<CareTeamMember[]>([]);
  protected readonly loadError = signal<CarePlanError | null>(null);
  protected readonly error = signal<CarePlanError | null>(null);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal<Write['kind'] | 'start' | 'reload' | null>(null);
  /** Bumped when a write succeeded or the user abandoned: the small forms close and clear. */
  protected readonly resetKey = signal(0);
  protected readonly stale = signal<{ notes: StaleNote[]; retry: () => void } | null>(null);
  protected readonly validatedNotice = signal<PlanVersion | null>(null);
  protected readonly confirming = signal(false);

  // ------------------------------------------------------------------ editor state
  protected readonly editing = signal(false);
  /** The content the user's edits started from. */
  private readonly base = signal<PlanContent>(EMPTY_CONTENT);
  /** The user's working copy. */
  protected readonly mine = signal<PlanContent>(EMPTY_CONTENT);
  protected readonly dirty = computed(() => !sameContent(this.base(), this.mine()));
  /** The server's field problems of the last draft sent, by `<item id>.<field>`. */
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly otherFieldErrors = signal<string[]>([]);

  // ------------------------------------------------------------------ what is shown
  protected readonly latest = computed(() => latestVersion(this.plan()));
  protected readonly allVersions = computed(() => versionsOf(this.plan()));
  protected readonly selected = linkedSignal<CarePlan | null, number | null>({
    source: this.plan,
    computation: (plan, previous) => {
      const latest = latestVersion(plan)?.number ?? null;
      const before = previous?.value ?? null;
      const sameLatest = latestVersion(previous?.source ?? null)?.number === latest;
      // A new version shows itself; otherwise the user's choice stays.
      if (before !== null && sameLatest && versionsOf(plan).some((v) => v.number === before)) {
        return before;
      }
      return latest;
    },
  });
  private readonly older = signal<PlanVersion | null>(null);
  protected readonly versionError = signal<CarePlanError | null>(null);
  protected readonly shown = computed<PlanVersion | null>(() => {
    const p = this.plan();
    const n = this.selected();
    if (!p || n === null) return null;
    if (p.draft?.number === n) return p.draft;
    if (p.validated?.number === n) return p.validated;
    const o = this.older();
    return o?.number === n ? o : null;
  });
  protected readonly myActions = computed(() =>
    (this.latest()?.actions ?? []).filter((a) => a.mine),
  );
  protected readonly canWrite = computed(() => !this.file()?.emergency);
  protected readonly canManageReviews = computed(
    () => this.canWrite() && (!!this.plan()?.mayAuthor || this.file()?.myRole === 'CASE_MANAGER'),
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.open(id));
    });
    // An older version is read when chosen.
    effect(() => {
      const p = this.plan();
      const n = this.selected();
      if (!p || n === null || p.draft?.number === n || p.validated?.number === n) return;
      if (untracked(this.older)?.number === n) return;
      untracked(() => {
        this.versionError.set(null);
        this.api.version(p.fileId, n).subscribe({
          next: (v) => this.older.set(v),
          error: (e) => this.versionError.set(carePlanError(e)),
        });
      });
    });
  }

  private open(id: string): void {
    this.plan.set(null);
    this.file.set(null);
    this.members.set([]);
    this.older.set(null);
    this.stale.set(null);
    this.error.set(null);
    this.notice.set(null);
    this.validatedNotice.set(null);
    this.editing.set(false);
    this.base.set(EMPTY_CONTENT);
    this.mine.set(EMPTY_CONTENT);
    this.load();
    this.files.file(id).subscribe({
      next: (f) => this.file.set(f),
      error: () => this.file.set(null), // the plan's own answer says what is wrong
    });
  }

  protected load(): void {
    this.loadError.set(null);
    this.api.plan(this.id()).subscribe({
      next: (p) => {
        this.accept(p, true);
        if (p.mayAuthor) this.loadTeam();
      },
      error: (e) => this.loadError.set(carePlanError(e)),
    });
  }

  /** Who may write the plan changed: read it again, and say what was done. */
  protected delegationChanged(notice: DelegationNotice): void {
    this.load();
    this.notice.set(notice);
  }

  private loadTeam(): void {
    this.files.careTeam(this.id()).subscribe({
      next: (members) => this.members.set(members),
      error: () => this.members.set([]), // actions can still be left unassigned
    });
  }

  /** The plan as the server has it; the editor follows unless the user has edits to keep. */
  private accept(plan: CarePlan, resetEditor: boolean): void {
    const keepEdits = !resetEditor && this.dirty();
    this.plan.set(plan);
    if (!keepEdits) {
      const content = contentOf(latestVersion(plan));
      this.base.set(content);
      this.mine.set(content);
    }
  }

  // ------------------------------------------------------------------ writes

  private write(w: Write): void {
    const seen = this.plan();
    if (!seen || this.busy()) return;
    this.busy.set(w.kind);
    this.error.set(null);
    this.notice.set(null);
    this.otherFieldErrors.set([]);
    w.call(seen).subscribe({
      next: (fresh) => {
        this.busy.set(null);
        this.stale.set(null);
        w.done(fresh);
      },
      error: (e) => {
        this.busy.set(null);
        const problem = carePlanError(e);
        if (isStale(problem)) {
          this.reloadAfterStale(seen, () => this.write(w));
        } else {
          this.error.set(problem);
          if (w.kind !== 'draft') this.otherFieldErrors.set(this.describeFields(problem));
          w.failed?.(problem);
          this.focusError();
        }
      },
    });
  }

  /** Someone changed the plan: reload it, keep the user's edits, say what changed. */
  private reloadAfterStale(seen: CarePlan, retry: () => void): void {
    this.busy.set('reload');
    this.api.plan(this.id()).subscribe({
      next: (fresh) => {
        this.busy.set(null);
        this.accept(fresh, false);
        this.stale.set({ notes: staleNotes(seen, fresh), retry });
      },
      error: (e) => {
        this.busy.set(null);
        this.error.set(carePlanError(e));
        this.focusError();
      },
    });
  }

  protected reapply(): void {
    const s = this.stale();
    if (!s) return;
    this.stale.set(null);
    s.retry();
  }

  protected abandon(): void {
    this.stale.set(null);
    this.error.set(null);
    this.discardEdits();
    this.resetKey.update((k) => k + 1);
    this.notice.set({ key: 'careplan.notice.abandoned', params: {} });
  }

  protected start(): void {
    this.busy.set('start');
    this.error.set(null);
    this.api.start(this.id()).subscribe({
      next: (p) => {
        this.busy.set(null);
        this.accept(p, true);
        this.loadTeam();
        this.editing.set(p.mayAuthor);
        this.notice.set({ key: 'careplan.notice.started', params: {} });
      },
      error: (e) => {
        this.busy.set(null);
        const problem = carePlanError(e);
        // Started by someone else meanwhile: show it.
        if (problem.status === 409) this.load();
        this.error.set(problem);
        this.focusError();
      },
    });
  }

  protected toggleEditor(): void {
    this.editing.update((e) => !e);
    if (this.editing()) {
      afterNextRender(
        () =>
          this.host.nativeElement.querySelector<HTMLElement>('#care-plan-editor-title')?.focus(),
        { injector: this.injector },
      );
    }
  }

  protected discardEdits(): void {
    const content = contentOf(this.latest());
    this.base.set(content);
    this.mine.set(content);
    this.fieldErrors.set({});
  }

  /** The user's edits, applied onto the plan as the server last sent it, as the whole draft. */
  protected saveDraft(): void {
    let sent: DraftCommand | null = null;
    this.write({
      kind: 'draft',
      call: (p) => {
        sent = toCommand(mergeContent(this.base(), this.mine(), contentOf(latestVersion(p))));
        return this.api.saveDraft(p, sent);
      },
      done: (fresh) => {
        this.fieldErrors.set({});
        this.accept(fresh, true);
        this.notice.set({
          key: 'careplan.notice.draftSaved',
          params: { number: fresh.draft?.number ?? latestVersion(fresh)?.number ?? '' },
        });
      },
      failed: (problem) => this.showFieldErrors(problem, sent),
    });
  }

  /** `actions[2].assigneeProfessionalId` → the field of that action in the editor. */
  private showFieldErrors(problem: CarePlanError, sent: DraftCommand | null): void {
    const byItem: Record<string, string> = {};
    const others: string[] = [];
    for (const [field, message] of Object.entries(problem.fields)) {
      const m = FIELD.exec(field);
      const list = m && sent ? (sent[m[1] as keyof DraftCommand] as { id?: string }[]) : null;
      const item = m && list ? list[+m[2]] : undefined;
      if (m && item?.id) {
        const name = m[3].startsWith('assignee') ? 'assignee' : m[3];
        byItem[`${item.id}.${name}`] = fieldMessage(this.i18n, message);
      } else {
        others.push(`${field} : ${fieldMessage(this.i18n, message)}`);
      }
    }
    this.fieldErrors.set(byItem);
    this.otherFieldErrors.set(others);
  }

  /** The field problems of a progress or review write, with the labels of their fields. */
  private describeFields(problem: CarePlanError): string[] {
    return Object.entries(problem.fields).map(([field, message]) => {
      const label = FIELD_LABELS[field] ? this.i18n.t(FIELD_LABELS[field]) : field;
      return `${label} : ${fieldMessage(this.i18n, message)}`;
    });
  }

  protected progress(r: ProgressRequest): void {
    this.write({
      kind: 'progress',
      call: (p) => this.api.progress(p, r.actionId, r.command),
      done: (fresh) => {
        this.accept(fresh, false);
        this.resetKey.update((k) => k + 1);
        this.notice.set({ key: 'careplan.notice.progress', params: {} });
      },
    });
  }

  protected validate(): void {
    this.write({
      kind: 'validate',
      call: (p) => this.api.validate(p),
      done: (fresh) => {
        this.confirming.set(false);
        this.accept(fresh, false);
        this.validatedNotice.set(fresh.validated);
      },
      failed: () => this.confirming.set(false),
    });
  }

  protected scheduleReview(command: ReviewCommand): void {
    this.write({
      kind: 'review',
      call: (p) => this.api.scheduleReview(p, command),
      done: (fresh) => {
        this.accept(fresh, false);
        this.resetKey.update((k) => k + 1);
        this.notice.set({ key: 'careplan.notice.reviewScheduled', params: {} });
      },
    });
  }

  protected recordOutcome(reviewId: string, command: OutcomeCommand): void {
    this.write({
      kind: 'review',
      call: (p) => this.api.recordOutcome(p, reviewId, command),
      done: (fresh) => {
        this.accept(fresh, false);
        this.resetKey.update((k) => k + 1);
        this.notice.set({ key: 'careplan.notice.outcomeRecorded', params: {} });
      },
    });
  }

  // ------------------------------------------------------------------ helpers

  protected short(hash: string | null): string {
    return shortHash(hash);
  }

  protected goalOf(goalId: string | null): string {
    if (!goalId) return '';
    return this.latest()?.goals.find((g) => g.id === goalId)?.description ?? '';
  }

  protected versionLabel(v: VersionSummary): string {
    const state = this.i18n.t('careplan.versionState.' + v.status);
    const when = v.validatedAt ? ` (${formatDay(v.validatedAt, this.i18n.lang())})` : '';
    return `${this.i18n.t('careplan.versionN', { number: v.number })} — ${state}${when}`;
  }

  private focusError(): void {
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('[data-testid="care-plan-error"]')
          ?.focus(),
      { injector: this.injector },
    );
  }
}
