/**
 * The designer's working copy of a form: the definition with a stable key on every section,
 * question, choice, score and band (so that the page keeps its inputs, and the focus, while they
 * are edited and moved), its conversion to what is saved, and where a server problem belongs.
 */
import { Expression, ExpressionError, ID_PATTERN } from './expression';
import { FieldProblem, FormCommand, FormDefinition, QuestionType } from './forms-models';

export interface EditChoice {
  key: string;
  code: string;
  label: string;
  weight: number | null;
}

export interface EditQuestion {
  key: string;
  id: string;
  /** The id follows the label until the designer types one. */
  autoId: boolean;
  label: string;
  help: string;
  type: QuestionType;
  required: boolean;
  unit: string;
  min: number | null;
  max: number | null;
  choices: EditChoice[];
  condition: string;
}

export interface EditSection {
  key: string;
  title: string;
  help: string;
  questions: EditQuestion[];
}

export interface EditBand {
  key: string;
  min: number | null;
  max: number | null;
  label: string;
}

export interface EditScore {
  key: string;
  id: string;
  label: string;
  expression: string;
  bands: EditBand[];
}

export interface EditForm {
  title: string;
  description: string;
  sections: EditSection[];
  scores: EditScore[];
}

let lastKey = 0;
export const newKey = (): string => `k${++lastKey}`;

export const hasChoices = (type: QuestionType): boolean =>
  type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';
export const hasBounds = (type: QuestionType): boolean => type === 'NUMBER' || type === 'SCALE';

export function newChoice(code = '', label = ''): EditChoice {
  return { key: newKey(), code, label, weight: null };
}

export function newQuestion(): EditQuestion {
  return {
    key: newKey(),
    id: '',
    autoId: true,
    label: '',
    help: '',
    type: 'SHORT_TEXT',
    required: false,
    unit: '',
    min: null,
    max: null,
    choices: [],
    condition: '',
  };
}

export function newSection(title = ''): EditSection {
  return { key: newKey(), title, help: '', questions: [] };
}

export function newBand(): EditBand {
  return { key: newKey(), min: null, max: null, label: '' };
}

export function newScore(): EditScore {
  return { key: newKey(), id: '', label: '', expression: '', bands: [] };
}

/** A blank form: one empty section. */
export function blankForm(sectionTitle: string): EditForm {
  return { title: '', description: '', sections: [newSection(sectionTitle)], scores: [] };
}

export function fromDefinition(
  title: string,
  description: string | null | undefined,
  def: FormDefinition,
): EditForm {
  return {
    title,
    description: description ?? '',
    sections: def.sections.map((s) => ({
      key: newKey(),
      title: s.title,
      help: s.help ?? '',
      questions: s.questions.map((q) => ({
        key: newKey(),
        id: q.id,
        autoId: false,
        label: q.label,
        help: q.help ?? '',
        type: q.type,
        required: !!q.required,
        unit: q.unit ?? '',
        min: q.min ?? null,
        max: q.max ?? null,
        choices: (q.choices ?? []).map((c) => ({
          key: newKey(),
          code: c.code,
          label: c.label,
          weight: c.weight ?? null,
        })),
        condition: q.condition ?? '',
      })),
    })),
    scores: (def.scores ?? []).map((s) => ({
      key: newKey(),
      id: s.id,
      label: s.label,
      expression: s.expression,
      bands: (s.bands ?? []).map((b) => ({
        key: newKey(),
        min: b.min ?? null,
        max: b.max ?? null,
        label: b.label,
      })),
    })),
  };
}

const text = (value: string): string | null => (value.trim() ? value.trim() : null);
const numberOrNull = (value: number | null): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The definition as saved: trimmed, without what the question's type does not use. */
export function toDefinition(form: EditForm): FormDefinition {
  return {
    sections: form.sections.map((s) => ({
      title: s.title.trim(),
      help: text(s.help),
      questions: s.questions.map((q) => ({
        id: q.id.trim(),
        label: q.label.trim(),
        help: text(q.help),
        type: q.type,
        required: q.required,
        unit: hasBounds(q.type) ? text(q.unit) : null,
        min: hasBounds(q.type) ? numberOrNull(q.min) : null,
        max: hasBounds(q.type) ? numberOrNull(q.max) : null,
        choices: hasChoices(q.type)
          ? q.choices.map((c) => ({
              code: c.code.trim(),
              label: c.label.trim(),
              weight: numberOrNull(c.weight),
            }))
          : [],
        condition: text(q.condition),
      })),
    })),
    scores: form.scores.map((s) => ({
      id: s.id.trim(),
      label: s.label.trim(),
      expression: s.expression.trim(),
      bands: s.bands.map((b) => ({
        min: numberOrNull(b.min),
        max: numberOrNull(b.max),
        label: b.label.trim(),
      })),
    })),
  };
}

export function toCommand(form: EditForm): FormCommand {
  return {
    title: form.title.trim(),
    description: text(form.description),
    definition: toDefinition(form),
  };
}

// ------------------------------------------------------------------ where a problem belongs

/** Where a problem is shown: the key of the thing (or 'form') and the field ('condition'…). */
export interface Place {
  /** The key of the section, question, choice, score or band; 'form' for title/description. */
  key: string;
  field: string;
  /** Indexes for the summary ("Section 2, question 1, choice 3"). */
  section?: number;
  question?: number;
  choice?: number;
  score?: number;
  band?: number;
}

const SECTION = /^(?:definition\.)?sections\[(\d+)\](?:\.(.*))?$/;
const QUESTION = /^questions\[(\d+)\](?:\.(.*))?$/;
const CHOICE = /^choices\[(\d+)\](?:\.(.*))?$/;
const SCORE = /^(?:definition\.)?scores\[(\d+)\](?:\.(.*))?$/;
const BAND = /^bands\[(\d+)\](?:\.(.*))?$/;

/**
 * The place of a server problem's field (`sections[1].questions[0].condition`,
 * `scores[0].bands[1]`, `title`…) in the working copy the request was made from; null when it
 * cannot be placed (the summary shows it anyway).
 */
export function locate(form: EditForm, field: string): Place | null {
  if (field === 'title' || field === 'description') return { key: 'form', field };
  const strip = field.replace(/^(?:\w+\.)?command\./, '');
  if (strip !== field) return locate(form, strip);
  let m = SECTION.exec(field);
  if (m) {
    const si = +m[1];
    const section = form.sections[si];
    if (!section) return null;
    const rest = m[2] ?? 'title';
    const qm = QUESTION.exec(rest);
    if (!qm) return { key: section.key, field: rest, section: si };
    const qi = +qm[1];
    const question = section.questions[qi];
    if (!question) return { key: section.key, field: 'questions', section: si };
    const qrest = qm[2] ?? 'label';
    const cm = CHOICE.exec(qrest);
    if (!cm) return { key: question.key, field: qrest, section: si, question: qi };
    const ci = +cm[1];
    const choice = question.choices[ci];
    if (!choice) return { key: question.key, field: 'choices', section: si, question: qi };
    return {
      key: choice.key,
      field: cm[2] ?? 'code',
      section: si,
      question: qi,
      choice: ci,
    };
  }
  m = SCORE.exec(field);
  if (m) {
    const i = +m[1];
    const score = form.scores[i];
    if (!score) return null;
    const rest = m[2] ?? 'expression';
    const bm = BAND.exec(rest);
    if (!bm) return { key: score.key, field: rest, score: i };
    const bi = +bm[1];
    const band = score.bands[bi];
    if (!band) return { key: score.key, field: 'bands', score: i };
    return { key: band.key, field: bm[2] ?? 'band', score: i, band: bi };
  }
  return null;
}

/** The key of a problem's place in the error map ("k12:condition"). */
export const placeKey = (key: string, field: string): string => `${key}:${field}`;

// ------------------------------------------------------------------ checks before saving

/**
 * What the server's field validation would refuse without saying where (blank labels, names
 * that are not names), as problems of the working copy; the design rules themselves (names in
 * expressions, choices, bounds, cycles) are the server's to check.
 */
export function missingFields(form: EditForm): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const blank = (value: string) => !value.trim();
  if (blank(form.title)) problems.push({ field: 'title', message: 'required' });
  if (!form.sections.length) problems.push({ field: 'sections', message: 'no section' });
  form.sections.forEach((s, si) => {
    const at = `sections[${si}]`;
    if (blank(s.title)) problems.push({ field: `${at}.title`, message: 'required' });
    s.questions.forEach((q, qi) => {
      const qat = `${at}.questions[${qi}]`;
      if (blank(q.label)) problems.push({ field: `${qat}.label`, message: 'required' });
      if (!ID_PATTERN.test(q.id.trim())) problems.push({ field: `${qat}.id`, message: 'id' });
      if (hasChoices(q.type)) {
        q.choices.forEach((c, ci) => {
          if (blank(c.code)) {
            problems.push({ field: `${qat}.choices[${ci}].code`, message: 'required' });
          }
          if (blank(c.label)) {
            problems.push({ field: `${qat}.choices[${ci}].label`, message: 'required' });
          }
        });
      }
    });
  });
  form.scores.forEach((s, i) => {
    const at = `scores[${i}]`;
    if (!ID_PATTERN.test(s.id.trim())) problems.push({ field: `${at}.id`, message: 'id' });
    if (blank(s.label)) problems.push({ field: `${at}.label`, message: 'required' });
    if (blank(s.expression)) problems.push({ field: `${at}.expression`, message: 'required' });
    s.bands.forEach((b, bi) => {
      if (blank(b.label)) problems.push({ field: `${at}.bands[${bi}].label`, message: 'required' });
    });
  });
  return problems;
}

// ------------------------------------------------------------------ live hints on expressions

/**
 * What is wrong with a condition, as the server would say it (FormDesignCheck): it must parse
 * and name only questions that come before; null when it is fine (or empty).
 */
export function conditionProblem(
  condition: string,
  before: ReadonlySet<string>,
  questionIds: ReadonlySet<string>,
  scoreIds: ReadonlySet<string>,
): string | null {
  if (!condition.trim()) return null;
  try {
    for (const [name, position] of Expression.parse(condition).names()) {
      if (before.has(name)) continue;
      if (questionIds.has(name)) {
        return `the condition uses '${name}', which does not come before this question (at character ${position})`;
      }
      if (scoreIds.has(name)) {
        return `a condition cannot use the score '${name}' (at character ${position})`;
      }
      return `no question or score is named '${name}' (at character ${position})`;
    }
    return null;
  } catch (e) {
    return e instanceof ExpressionError ? e.message : String(e);
  }
}

/** The same for a score's expression: it may name any question and the other scores. */
export function scoreProblem(expression: string, names: ReadonlySet<string>): string | null {
  if (!expression.trim()) return null;
  try {
    for (const [name, position] of Expression.parse(expression).names()) {
      if (!names.has(name)) {
        return `no question or score is named '${name}' (at character ${position})`;
      }
    }
    return null;
  } catch (e) {
    return e instanceof ExpressionError ? e.message : String(e);
  }
}
