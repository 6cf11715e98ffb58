/** Wire formats of the configurable forms API (/api/forms, /api/patients/{id}/forms…). */

export const QUESTION_TYPES = [
  'SHORT_TEXT',
  'LONG_TEXT',
  'NUMBER',
  'DATE',
  'YES_NO',
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'SCALE',
  'PROFESSIONAL',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** An answer offered by a choice question; its weight counts in scores (weight(q)). */
export interface Choice {
  code: string;
  label: string;
  weight?: number | null;
}

/** A question; `id` names it in expressions, `condition` says when it is shown. */
export interface Question {
  id: string;
  label: string;
  help?: string | null;
  type: QuestionType;
  required: boolean;
  unit?: string | null;
  min?: number | null;
  max?: number | null;
  choices?: Choice[] | null;
  condition?: string | null;
}

export interface Section {
  title: string;
  help?: string | null;
  questions: Question[];
}

/** A range of a score's values with its label ("Fragile", "GIR 2"…); min and max included. */
export interface Band {
  min?: number | null;
  max?: number | null;
  label: string;
}

export interface Score {
  id: string;
  label: string;
  expression: string;
  bands?: Band[] | null;
}

/** What a version of a form asks: sections of typed questions, and computed scores. */
export interface FormDefinition {
  sections: Section[];
  scores?: Score[] | null;
}

/** A form in a list. */
export interface FormSummary {
  id: string;
  title: string;
  description?: string | null;
  templateKey?: string | null;
  /** The number of the latest published version; absent if never published. */
  publishedVersion?: number | null;
  hasDraft: boolean;
  /** Filled at least once in a patient's file: it can be archived, not deleted. */
  used: boolean;
  archivedAt?: string | null;
}

/** A form shipped with Liaison, to copy into the structure. */
export interface FormTemplate {
  key: string;
  title: string;
  description: string;
}

export type VersionStatus = 'DRAFT' | 'PUBLISHED';

/** One version of a form; `version` is its ETag while it is a draft. */
export interface FormVersion {
  formId: string;
  title: string;
  description?: string | null;
  number: number;
  status: VersionStatus;
  definition: FormDefinition;
  updatedAt: string;
  publishedAt?: string | null;
  version: number;
}

/** A form with its versions, newest first (the ETag is versions[0].version). */
export interface FormView {
  form: FormSummary;
  versions: FormVersion[];
}

/** What a designer saves. */
export interface FormCommand {
  title: string;
  description?: string | null;
  definition: FormDefinition;
}

/** text, number, 'YYYY-MM-DD', boolean, a choice's code, the codes of a multiple choice, or an id. */
export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue>;

/** A score as the server computed it; no value while it cannot be computed. */
export interface ScoreResult {
  id: string;
  label: string;
  value?: number | null;
  band?: string | null;
}

export type SubmissionStatus = 'DRAFT' | 'SUBMITTED';

/** A form filled in a patient's file, with the version it was answered on. */
export interface Submission {
  id: string;
  fileId: string;
  formId: string;
  title: string;
  formVersion: number;
  definition: FormDefinition;
  status: SubmissionStatus;
  answers: Answers;
  scores: ScoreResult[];
  createdBy: string;
  createdByName: string;
  createdAt: string;
  updatedAt: string;
  submittedAt?: string | null;
  version: number;
}

/** One wrong field of a refused request, as the problem's `errors` list it. */
export interface FieldProblem {
  field: string;
  message: string;
}
