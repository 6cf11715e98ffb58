import { Professional, Structure } from '../core/models';

/** Wire formats of the care plan (PPS) API, docs/api/care-plan.md. */

export type ProblemDomain = 'HEALTH' | 'AUTONOMY' | 'SOCIAL' | 'HOUSING' | 'CAREGIVER' | 'OTHER';
export const PROBLEM_DOMAINS: ProblemDomain[] = [
  'HEALTH',
  'AUTONOMY',
  'SOCIAL',
  'HOUSING',
  'CAREGIVER',
  'OTHER',
];

export type ActionStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
export const ACTION_STATUSES: ActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

export type VersionStatus = 'DRAFT' | 'VALIDATED';

/** A problem or need found by the assessment. */
export interface PlanProblem {
  id: string;
  domain: ProblemDomain;
  description: string;
}

export interface PlanGoal {
  id: string;
  problemId: string | null;
  description: string;
}

export interface Assignee {
  kind: 'PROFESSIONAL' | 'STRUCTURE';
  id: string;
  name: string;
}

export interface ActionComment {
  authorName: string;
  at: string;
  text: string;
}

export interface PlanAction {
  id: string;
  goalId: string | null;
  description: string;
  assignee: Assignee | null;
  dueOn: string | null;
  status: ActionStatus;
  /** Due date past and not done nor cancelled. */
  overdue: boolean;
  /** Assigned to the caller, or to the caller's structure. */
  mine: boolean;
  comments: ActionComment[];
}

export interface VersionSummary {
  number: number;
  status: VersionStatus;
  createdAt: string;
  createdByName: string;
  validatedAt: string | null;
  validatedByName: string | null;
  /** Hex SHA-256 of the content, once validated. */
  contentHash: string | null;
}

export interface PlanVersion extends VersionSummary {
  problems: PlanProblem[];
  goals: PlanGoal[];
  actions: PlanAction[];
}

/** A scheduled review (bilan) and, once held, its outcome. */
export interface Review {
  id: string;
  dueOn: string;
  purpose: string;
  heldOn: string | null;
  outcome: string | null;
  recordedByName: string | null;
  openedVersion: number | null;
  overdue: boolean;
}

export interface CarePlan {
  fileId: string;
  started: boolean;
  /** Sent back as If-Match on every write. */
  revision: number;
  /** The GP, or a member of the structure the GP delegated authoring to. */
  mayAuthor: boolean;
  /** The team's GP only. */
  mayValidate: boolean;
  myProfessionalId: string | null;
  draft: PlanVersion | null;
  validated: PlanVersion | null;
  /** Newest first. */
  versions: VersionSummary[];
  /** By due date. */
  reviews: Review[];
  overdueActions: number;
  overdueReviews: number;
  /** Authoring delegated by the GP to the structure following the file; absent when none. */
  delegation?: Delegation;
  /** The structure following the file: the one the GP may delegate authoring to. */
  coordinationStructure: Structure;
}

export interface Delegation {
  structure: Structure;
  delegatedBy: Professional;
  delegatedAt: string;
}

export interface Changes<T> {
  added: T[];
  removed: T[];
  changed: { before: T; after: T }[];
}

export interface Comparison {
  from: number;
  to: number;
  problems: Changes<PlanProblem>;
  goals: Changes<PlanGoal>;
  actions: Changes<PlanAction>;
}

/** The whole content of the draft, as PUT …/care-plan/draft takes it. */
export interface DraftCommand {
  problems: { id?: string; domain: ProblemDomain; description: string }[];
  goals: { id?: string; problemId?: string | null; description: string }[];
  actions: {
    id?: string;
    goalId?: string | null;
    description: string;
    assigneeProfessionalId?: string | null;
    assigneeStructureId?: string | null;
    dueOn?: string | null;
    status?: ActionStatus;
  }[];
}

export interface ProgressCommand {
  status?: ActionStatus;
  comment?: string;
}

export interface ReviewCommand {
  dueOn: string;
  purpose: string;
}

export interface OutcomeCommand {
  heldOn: string;
  outcome: string;
  openNextVersion: boolean;
}

/** An overdue review or action of a file where the caller is case manager. */
export interface FollowUpItem {
  fileId: string;
  patientName: string;
  kind: 'REVIEW' | 'ACTION';
  description: string;
  dueOn: string;
  assigneeName: string | null;
}
