import {
  ActionStatus,
  Assignee,
  CarePlan,
  DraftCommand,
  PlanGoal,
  PlanProblem,
  PlanVersion,
} from './care-plan-models';

/**
 * The editable content of a plan (problems, goals, actions) and what the editor and the
 * "someone changed the plan" notice do with it: compare two contents, and apply the user's
 * changes (from the content they started from to their edits) onto the server's newer content.
 */

/** An action as the editor holds it: only what the draft command carries. */
export interface EditAction {
  id: string;
  goalId: string | null;
  description: string;
  assignee: Assignee | null;
  /** '' when there is no due date. */
  dueOn: string;
  status: ActionStatus;
}

export interface PlanContent {
  problems: PlanProblem[];
  goals: PlanGoal[];
  actions: EditAction[];
}

export type ItemKind = 'problem' | 'goal' | 'action';

/** One difference between two contents, described for a person. */
export interface ContentChange {
  kind: ItemKind;
  change: 'added' | 'removed' | 'changed';
  description: string;
  /** The former description, when it changed. */
  before?: string;
}

export const EMPTY_CONTENT: PlanContent = { problems: [], goals: [], actions: [] };

/** The version one edits and reads first: the draft if any, else the latest validated one. */
export function latestVersion(plan: CarePlan | null): PlanVersion | null {
  return plan?.draft ?? plan?.validated ?? null;
}

export function contentOf(version: PlanVersion | null): PlanContent {
  if (!version) return EMPTY_CONTENT;
  return {
    problems: (version.problems ?? []).map((p) => ({
      id: p.id,
      domain: p.domain,
      description: p.description,
    })),
    goals: (version.goals ?? []).map((g) => ({
      id: g.id,
      problemId: g.problemId ?? null,
      description: g.description,
    })),
    actions: (version.actions ?? []).map((a) => ({
      id: a.id,
      goalId: a.goalId ?? null,
      description: a.description,
      assignee: a.assignee ?? null,
      dueOn: a.dueOn ?? '',
      status: a.status,
    })),
  };
}

export function toCommand(content: PlanContent): DraftCommand {
  return {
    problems: content.problems.map((p) => ({
      id: p.id,
      domain: p.domain,
      description: p.description.trim(),
    })),
    goals: content.goals.map((g) => ({
      id: g.id,
      problemId: g.problemId,
      description: g.description.trim(),
    })),
    actions: content.actions.map((a) => ({
      id: a.id,
      goalId: a.goalId,
      description: a.description.trim(),
      assigneeProfessionalId: a.assignee?.kind === 'PROFESSIONAL' ? a.assignee.id : null,
      assigneeStructureId: a.assignee?.kind === 'STRUCTURE' ? a.assignee.id : null,
      dueOn: a.dueOn || null,
      status: a.status,
    })),
  };
}

function sameProblem(a: PlanProblem, b: PlanProblem): boolean {
  return a.domain === b.domain && a.description.trim() === b.description.trim();
}

function sameGoal(a: PlanGoal, b: PlanGoal): boolean {
  return (
    (a.problemId ?? null) === (b.problemId ?? null) && a.description.trim() === b.description.trim()
  );
}

function sameAction(a: EditAction, b: EditAction): boolean {
  return (
    (a.goalId ?? null) === (b.goalId ?? null) &&
    a.description.trim() === b.description.trim() &&
    (a.assignee?.kind ?? null) === (b.assignee?.kind ?? null) &&
    (a.assignee?.id ?? null) === (b.assignee?.id ?? null) &&
    (a.dueOn || '') === (b.dueOn || '') &&
    a.status === b.status
  );
}

function sameList<T extends { id: string }>(a: T[], b: T[], same: (x: T, y: T) => boolean) {
  return a.length === b.length && a.every((x, i) => x.id === b[i].id && same(x, b[i]));
}

export function sameContent(a: PlanContent, b: PlanContent): boolean {
  return (
    sameList(a.problems, b.problems, sameProblem) &&
    sameList(a.goals, b.goals, sameGoal) &&
    sameList(a.actions, b.actions, sameAction)
  );
}

function changesOf<T extends { id: string; description: string }>(
  kind: ItemKind,
  before: T[],
  after: T[],
  same: (x: T, y: T) => boolean,
): ContentChange[] {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  const changes: ContentChange[] = [];
  for (const x of after) {
    const was = old.get(x.id);
    if (!was) changes.push({ kind, change: 'added', description: x.description });
    else if (!same(was, x)) {
      changes.push({
        kind,
        change: 'changed',
        description: x.description,
        before: was.description.trim() !== x.description.trim() ? was.description : undefined,
      });
    }
  }
  for (const x of before) {
    if (!now.has(x.id)) changes.push({ kind, change: 'removed', description: x.description });
  }
  return changes;
}

/** What differs from one content to the other, item by item. */
export function changesBetween(before: PlanContent, after: PlanContent): ContentChange[] {
  return [
    ...changesOf('problem', before.problems, after.problems, sameProblem),
    ...changesOf('goal', before.goals, after.goals, sameGoal),
    ...changesOf('action', before.actions, after.actions, sameAction),
  ];
}

/**
 * Three-way merge of one list: the server's items, minus those the user removed, with the user's
 * version of those the user changed (the user's edit wins), plus those the user added.
 */
function mergeList<T extends { id: string }>(
  base: T[],
  mine: T[],
  theirs: T[],
  same: (x: T, y: T) => boolean,
): T[] {
  const started = new Map(base.map((x) => [x.id, x]));
  const edited = new Map(mine.map((x) => [x.id, x]));
  const merged: T[] = [];
  const seen = new Set<string>();
  for (const t of theirs) {
    seen.add(t.id);
    const b = started.get(t.id);
    const m = edited.get(t.id);
    if (b && !m) continue; // removed by the user
    merged.push(b && m && !same(b, m) ? m : t);
  }
  for (const m of mine) {
    if (seen.has(m.id)) continue;
    const b = started.get(m.id);
    // Added by the user, or changed by the user while someone else removed it: kept.
    if (!b || !same(b, m)) merged.push(m);
  }
  return merged;
}

/**
 * The user's edits (from `base` to `mine`) applied onto the server's content `theirs`; links to
 * a problem or goal that no longer exists are dropped, so that the server accepts the result.
 */
export function mergeContent(base: PlanContent, mine: PlanContent, theirs: PlanContent) {
  const problems = mergeList(base.problems, mine.problems, theirs.problems, sameProblem);
  const problemIds = new Set(problems.map((p) => p.id));
  const goals = mergeList(base.goals, mine.goals, theirs.goals, sameGoal).map((g) =>
    g.problemId && !problemIds.has(g.problemId) ? { ...g, problemId: null } : g,
  );
  const goalIds = new Set(goals.map((g) => g.id));
  const actions = mergeList(base.actions, mine.actions, theirs.actions, sameAction).map((a) =>
    a.goalId && !goalIds.has(a.goalId) ? { ...a, goalId: null } : a,
  );
  return { problems, goals, actions } satisfies PlanContent;
}

/** The first 12 hex characters of a content hash: enough for a person to compare two prints. */
export function shortHash(hash: string | null | undefined): string {
  return (hash ?? '').slice(0, 12);
}

/** A new random id (RFC 4122 v4), also where crypto.randomUUID is missing (plain HTTP). */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
