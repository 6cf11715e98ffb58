/**
 * The forms' small expression language, on the client: the same grammar, messages and meaning as
 * the server's (ejb org.liaison.forms.Expression, Aggir and FormFilling), for the live preview of
 * a form being designed and the live conditions and scores of a form being filled. The server
 * stays the authority: it checks every answer and computes the scores that are kept.
 *
 * <pre>
 *   conditions:  fall = 'yes' and age >= 75        scores:  weight(q1) + weight(q2) * 2
 *   operators:   or  and  not  =  !=  <  <=  >  >=  +  -  *  /  ( )
 *   literals:    12  3.5  'text'  true  false        names:   question or score ids
 *   functions:   answered(q)  weight(q)  contains(q, 'code')  count(q)  sum(a, …)  min(a, …)
 *                max(a, …)  if(condition, a, b)  aggir(8 answers A/B/C)
 *                aggirCoherence(communication, comportement)  aggirOrientation(temps, espace)
 *                aggirToilette(haut, bas)  aggirHabillage(haut, moyen, bas)
 *                aggirAlimentation(seServir, manger)  aggirElimination(urinaire, fecale)
 * </pre>
 *
 * A tokenizer-free recursive-descent parser (the server reads characters the same way, which keeps
 * positions and messages identical); no eval, no Function (the CSP forbids them).
 */
import { Answers, AnswerValue, FormDefinition, Question } from './forms-models';

// ------------------------------------------------------------------ values

/** A value of the language: an answer, a constant or a result. "nothing" is no answer. */
export type Value =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'day'; readonly value: string }
  | { readonly kind: 'codes'; readonly value: readonly string[] };

export const NOTHING: Value = { kind: 'nothing' };
const TRUE: Value = { kind: 'bool', value: true };
const FALSE: Value = { kind: 'bool', value: false };

const bool = (b: boolean): Value => (b ? TRUE : FALSE);

/** A number as the server's BigDecimal would give it, without binary noise (0.1 + 0.2 = 0.3). */
function num(n: number, digits = 15): Value {
  if (!Number.isFinite(n)) return NOTHING;
  return { kind: 'num', value: Number(n.toPrecision(digits)) };
}

/** Truth of a condition: only true is true; nothing is false. */
export function isTrue(v: Value): boolean {
  return v.kind === 'bool' && v.value;
}

// ------------------------------------------------------------------ errors

/** An expression that does not parse or does not make sense, with its position (1-based). */
export class ExpressionError extends Error {
  constructor(
    readonly reason: string,
    readonly position: number,
  ) {
    super(`${reason} (at character ${position})`);
    this.name = 'ExpressionError';
  }
}

// ------------------------------------------------------------------ syntax tree

/** What an expression reads while it is evaluated. */
export interface Context {
  value(name: string): Value;
  /** The sum of the weights of a choice question's chosen answers (0 when none). */
  weight(name: string): number;
}

type Node =
  | { readonly type: 'literal'; readonly value: Value }
  | { readonly type: 'name'; readonly name: string; readonly position: number }
  | { readonly type: 'unary'; readonly op: 'not' | '-'; readonly operand: Node }
  | {
      readonly type: 'binary';
      readonly op: string;
      readonly left: Node;
      readonly right: Node;
      readonly position: number;
    }
  | {
      readonly type: 'call';
      readonly fn: string;
      readonly args: readonly Node[];
      readonly position: number;
    };

/** A parsed expression: the names it reads and its value against answers. */
export class Expression {
  private constructor(
    readonly source: string,
    private readonly root: Node,
  ) {}

  /** Parses, or throws ExpressionError with the position of the first problem. */
  static parse(source: string | null | undefined): Expression {
    if (source == null || isBlank(source)) throw new ExpressionError('empty expression', 1);
    return new Expression(source, new Parser(source).parseAll());
  }

  /** The names the expression reads, each with the position (1-based) of its first use. */
  names(): Map<string, number> {
    const names = new Map<string, number>();
    collect(this.root, names);
    return names;
  }

  evaluate(context: Context): Value {
    return evaluate(this.root, context);
  }
}

function collect(node: Node, names: Map<string, number>): void {
  switch (node.type) {
    case 'name':
      if (!names.has(node.name)) names.set(node.name, node.position);
      return;
    case 'unary':
      collect(node.operand, names);
      return;
    case 'binary':
      collect(node.left, names);
      collect(node.right, names);
      return;
    case 'call':
      node.args.forEach((arg) => collect(arg, names));
      return;
    default:
      return;
  }
}

function evaluate(node: Node, c: Context): Value {
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'name':
      return c.value(node.name);
    case 'unary': {
      const v = evaluate(node.operand, c);
      if (node.op === 'not') return bool(!isTrue(v));
      return v.kind === 'num' ? num(-v.value) : NOTHING;
    }
    case 'binary':
      return binary(node.op, node.left, node.right, c);
    case 'call':
      return call(node.fn, node.args, c);
  }
}

function binary(op: string, left: Node, right: Node, c: Context): Value {
  if (op === 'and') return bool(isTrue(evaluate(left, c)) && isTrue(evaluate(right, c)));
  if (op === 'or') return bool(isTrue(evaluate(left, c)) || isTrue(evaluate(right, c)));
  const l = evaluate(left, c);
  const r = evaluate(right, c);
  switch (op) {
    case '=':
      return bool(same(l, r));
    case '!=':
      // As on the server: false when either side is nothing (an unanswered question).
      return bool(l.kind !== 'nothing' && r.kind !== 'nothing' && !same(l, r));
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(op, l, r);
    default:
      return arithmetic(op, l, r);
  }
}

function same(l: Value, r: Value): boolean {
  if (l.kind === 'num' && r.kind === 'num') return l.value === r.value;
  if (l.kind === 'nothing' || r.kind === 'nothing') return false;
  if (l.kind !== r.kind) return false;
  if (l.kind === 'codes' && r.kind === 'codes') {
    return l.value.length === r.value.length && l.value.every((code, i) => code === r.value[i]);
  }
  return (l as { value: unknown }).value === (r as { value: unknown }).value;
}

function compare(op: string, l: Value, r: Value): Value {
  let c: number;
  if (l.kind === 'num' && r.kind === 'num') {
    c = Math.sign(l.value - r.value);
  } else if ((l.kind === 'day' && r.kind === 'day') || (l.kind === 'text' && r.kind === 'text')) {
    // ISO dates compare as their text; texts by UTF-16 code units, like Java's compareTo.
    c = l.value < r.value ? -1 : l.value > r.value ? 1 : 0;
  } else {
    return FALSE;
  }
  switch (op) {
    case '<':
      return bool(c < 0);
    case '<=':
      return bool(c <= 0);
    case '>':
      return bool(c > 0);
    default:
      return bool(c >= 0);
  }
}

function arithmetic(op: string, l: Value, r: Value): Value {
  if (l.kind !== 'num' || r.kind !== 'num') return NOTHING;
  switch (op) {
    case '+':
      return num(l.value + r.value);
    case '-':
      return num(l.value - r.value);
    case '*':
      return num(l.value * r.value);
    default:
      return r.value === 0 ? NOTHING : num(l.value / r.value, 16); // DECIMAL64: 16 digits
  }
}

// ------------------------------------------------------------------ functions

/** The built-in functions and their arity (-1: one or more). */
const ARITY: Readonly<Record<string, number>> = {
  answered: 1,
  weight: 1,
  contains: 2,
  count: 1,
  sum: -1,
  min: -1,
  max: -1,
  if: 3,
  aggir: 8,
  aggirCoherence: 2,
  aggirOrientation: 2,
  aggirToilette: 2,
  aggirHabillage: 3,
  aggirAlimentation: 2,
  aggirElimination: 2,
};

/** The functions whose first argument must be a question name. */
const ON_QUESTION = new Set(['answered', 'weight', 'count', 'contains']);

/** The function names, as the server lists them (a Java TreeSet). */
export const FUNCTIONS = Object.keys(ARITY).sort();

function checkCall(fn: string, args: Node[], position: number): void {
  const arity = Object.prototype.hasOwnProperty.call(ARITY, fn) ? ARITY[fn] : undefined;
  if (arity === undefined) {
    throw new ExpressionError(
      `unknown function '${fn}'; known: [${FUNCTIONS.join(', ')}]`,
      position,
    );
  }
  if ((arity >= 0 && args.length !== arity) || (arity < 0 && args.length === 0)) {
    throw new ExpressionError(
      `${fn} takes ${arity < 0 ? 'one or more arguments' : arity + ' argument(s)'}, not ${args.length}`,
      position,
    );
  }
  if (ON_QUESTION.has(fn) && args[0].type !== 'name') {
    throw new ExpressionError(`${fn} takes a question name first`, position);
  }
}

function call(fn: string, args: readonly Node[], c: Context): Value {
  switch (fn) {
    case 'answered':
      return bool(evaluate(args[0], c).kind !== 'nothing');
    case 'weight':
      return num(c.weight((args[0] as { name: string }).name));
    case 'contains': {
      const v = evaluate(args[0], c);
      const code = evaluate(args[1], c);
      return bool(
        code.kind === 'text' &&
          ((v.kind === 'codes' && v.value.includes(code.value)) ||
            (v.kind === 'text' && v.value === code.value)),
      );
    }
    case 'count': {
      const v = evaluate(args[0], c);
      return num(v.kind === 'codes' ? v.value.length : v.kind === 'nothing' ? 0 : 1);
    }
    case 'sum': {
      let total = 0;
      for (const arg of args) {
        const v = evaluate(arg, c);
        if (v.kind === 'num') total = Number((total + v.value).toPrecision(15));
      }
      return num(total);
    }
    case 'min':
    case 'max': {
      let best: number | null = null;
      for (const arg of args) {
        const v = evaluate(arg, c);
        if (
          v.kind === 'num' &&
          (best === null || (fn === 'min' ? v.value < best : v.value > best))
        ) {
          best = v.value;
        }
      }
      return best === null ? NOTHING : num(best);
    }
    case 'if':
      return isTrue(evaluate(args[0], c)) ? evaluate(args[1], c) : evaluate(args[2], c);
    case 'aggir': {
      const codes: string[] = [];
      for (const arg of args) {
        const v = evaluate(arg, c);
        if (v.kind !== 'text') return NOTHING; // every variable must be answered
        codes.push(v.value);
      }
      const gir = aggirGir(codes);
      return gir === null ? NOTHING : num(gir);
    }
    case 'aggirCoherence':
    case 'aggirOrientation':
    case 'aggirToilette':
    case 'aggirHabillage':
    case 'aggirAlimentation':
    case 'aggirElimination': {
      const codes: string[] = [];
      for (const arg of args) {
        const v = evaluate(arg, c);
        if (v.kind !== 'text') return NOTHING; // every sub-variable must be answered
        codes.push(v.value);
      }
      const code = aggirCombine(fn, codes);
      return code === null ? NOTHING : { kind: 'text', value: code };
    }
    default:
      throw new Error(fn);
  }
}

// ------------------------------------------------------------------ characters, as Java sees them

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
const SPACE_SEPARATOR = /^[\p{Zs}\p{Zl}\p{Zp}]$/u;

/** Character.isLetter of one UTF-16 unit. */
const isLetter = (c: string) => LETTER.test(c);
/** Character.isDigit of one UTF-16 unit. */
const isDigit = (c: string) => DIGIT.test(c);
const isLetterOrDigit = (c: string) => isLetter(c) || isDigit(c);

/** Character.isWhitespace: separators but the no-break ones, and the ASCII controls. */
function isWhitespace(c: string): boolean {
  const code = c.charCodeAt(0);
  if ((code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f)) return true;
  if (code === 0xa0 || code === 0x2007 || code === 0x202f) return false;
  return SPACE_SEPARATOR.test(c);
}

function isBlank(text: string): boolean {
  for (const c of text) if (!isWhitespace(c)) return false;
  return true;
}

/** BigDecimal's reading of the digits and dots a number literal is made of. */
function decimal(text: string): number | null {
  const ascii = Array.from(text, (c) => {
    if (c === '.') return c;
    const code = c.charCodeAt(0);
    if (code >= 48 && code <= 57) return c;
    // Any other Unicode decimal digit: its value is its distance from the zero of its block.
    for (let zero = code; zero > code - 10; zero--) {
      if (!isDigit(String.fromCharCode(zero - 1))) return String(code - zero);
    }
    return c;
  }).join('');
  return /^\d+(\.\d*)?$/.test(ascii) ? Number(ascii) : null;
}

// ------------------------------------------------------------------ parser

const KEYWORDS = new Set(['and', 'or', 'not', 'true', 'false']);
const COMPARISONS = ['<=', '>=', '!=', '=', '<', '>'];

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  parseAll(): Node {
    const node = this.or();
    this.skipSpaces();
    if (this.pos < this.text.length) throw this.error(`unexpected '${this.text[this.pos]}'`);
    return node;
  }

  private or(): Node {
    let left = this.and();
    while (this.keyword('or')) {
      const at = this.pos;
      left = { type: 'binary', op: 'or', left, right: this.and(), position: at };
    }
    return left;
  }

  private and(): Node {
    let left = this.not();
    while (this.keyword('and')) {
      const at = this.pos;
      left = { type: 'binary', op: 'and', left, right: this.not(), position: at };
    }
    return left;
  }

  private not(): Node {
    if (this.keyword('not')) return { type: 'unary', op: 'not', operand: this.not() };
    return this.comparison();
  }

  private comparison(): Node {
    const left = this.additive();
    this.skipSpaces();
    for (const op of COMPARISONS) {
      if (this.text.startsWith(op, this.pos)) {
        const at = this.pos + 1;
        this.pos += op.length;
        return { type: 'binary', op, left, right: this.additive(), position: at };
      }
    }
    return left;
  }

  private additive(): Node {
    let left = this.multiplicative();
    for (;;) {
      this.skipSpaces();
      const c = this.text[this.pos];
      if (c !== '+' && c !== '-') return left;
      const at = ++this.pos;
      left = { type: 'binary', op: c, left, right: this.multiplicative(), position: at };
    }
  }

  private multiplicative(): Node {
    let left = this.unary();
    for (;;) {
      this.skipSpaces();
      const c = this.text[this.pos];
      if (c !== '*' && c !== '/') return left;
      const at = ++this.pos;
      left = { type: 'binary', op: c, left, right: this.unary(), position: at };
    }
  }

  private unary(): Node {
    this.skipSpaces();
    if (this.text[this.pos] === '-') {
      this.pos++;
      return { type: 'unary', op: '-', operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Node {
    this.skipSpaces();
    const text = this.text;
    if (this.pos >= text.length) throw this.error('the expression ends too early');
    const c = text[this.pos];
    const start = this.pos;
    if (c === '(') {
      this.pos++;
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    if (isDigit(c)) {
      while (this.pos < text.length && (isDigit(text[this.pos]) || text[this.pos] === '.')) {
        this.pos++;
      }
      const literal = text.substring(start, this.pos);
      const value = decimal(literal);
      if (value === null) throw new ExpressionError(`not a number: ${literal}`, start + 1);
      return { type: 'literal', value: { kind: 'num', value } };
    }
    if (c === "'") {
      this.pos++;
      const end = text.indexOf("'", this.pos);
      if (end < 0) throw new ExpressionError("text not closed by '", start + 1);
      this.pos = end + 1;
      return { type: 'literal', value: { kind: 'text', value: text.substring(start + 1, end) } };
    }
    if (isLetter(c) || c === '_') {
      while (
        this.pos < text.length &&
        (isLetterOrDigit(text[this.pos]) || text[this.pos] === '_')
      ) {
        this.pos++;
      }
      const word = text.substring(start, this.pos);
      if (word === 'true' || word === 'false') {
        return { type: 'literal', value: bool(word === 'true') };
      }
      if (KEYWORDS.has(word)) throw new ExpressionError(`'${word}' cannot stand here`, start + 1);
      this.skipSpaces();
      if (text[this.pos] === '(') {
        this.pos++;
        const args: Node[] = [];
        this.skipSpaces();
        if (text[this.pos] === ')') {
          this.pos++;
        } else {
          do {
            args.push(this.or());
            this.skipSpaces();
          } while (text[this.pos] === ',' && ++this.pos > 0);
          this.expect(')');
        }
        checkCall(word, args, start + 1);
        return { type: 'call', fn: word, args, position: start + 1 };
      }
      return { type: 'name', name: word, position: start + 1 };
    }
    throw this.error(`unexpected '${c}'`);
  }

  private keyword(word: string): boolean {
    this.skipSpaces();
    const end = this.pos + word.length;
    if (
      this.text.startsWith(word, this.pos) &&
      (end === this.text.length || !isLetterOrDigit(this.text[end]))
    ) {
      this.pos = end;
      return true;
    }
    return false;
  }

  private expect(c: string): void {
    this.skipSpaces();
    if (this.text[this.pos] !== c) throw this.error(`'${c}' expected`);
    this.pos++;
  }

  private skipSpaces(): void {
    while (this.pos < this.text.length && isWhitespace(this.text[this.pos])) this.pos++;
  }

  private error(message: string): ExpressionError {
    return new ExpressionError(message, this.pos + 1);
  }
}

// ------------------------------------------------------------------ AGGIR

/** Points of a C, then of a B, for the eight variables, in each group A..H. */
const C_POINTS = [
  [2000, 1200, 40, 40, 60, 100, 800, 200],
  [1500, 1200, 40, 40, 60, 100, 800, -80],
  [0, 0, 40, 40, 60, 160, 1000, 400],
  [0, 0, 0, 0, 2000, 400, 2000, 200],
  [400, 400, 400, 400, 400, 800, 800, 200],
  [200, 200, 500, 500, 500, 500, 500, 200],
  [150, 150, 300, 300, 500, 500, 400, 200],
  [0, 0, 3000, 3000, 3000, 3000, 1000, 1000],
];
const B_POINTS = [
  [0, 0, 16, 16, 20, 16, 120, 32],
  [320, 120, 16, 16, 0, 16, 120, -40],
  [0, 0, 16, 16, 20, 20, 200, 40],
  [0, 0, 0, 0, 200, 200, 200, 0],
  [0, 0, 100, 100, 100, 100, 100, 0],
  [100, 100, 100, 100, 100, 100, 100, 0],
  [0, 0, 200, 200, 200, 200, 200, 100],
  [0, 0, 2000, 2000, 2000, 2000, 2000, 1000],
];
/** For each group, [threshold, rank] pairs tested in order; the first reached gives the rank. */
const RANKS: readonly (readonly [number, number])[][] = [
  [
    [4380, 1],
    [4140, 2],
    [3390, 3],
  ],
  [[2016, 4]],
  [
    [1700, 5],
    [1432, 6],
  ],
  [[2400, 7]],
  [[1200, 8]],
  [[800, 9]],
  [[650, 10]],
  [
    [4000, 11],
    [2000, 12],
    [-Infinity, 13],
  ],
];

/**
 * The AGGIR rank (1 to 13) of the A/B/C codes of the eight discriminant variables (cohérence,
 * orientation, toilette, habillage, alimentation, élimination, transferts, déplacements
 * intérieurs), or null when they are not eight A, B or C.
 */
export function aggirRank(codes: readonly string[]): number | null {
  if (codes.length !== 8 || !codes.every((c) => c === 'A' || c === 'B' || c === 'C')) return null;
  for (let group = 0; group < 8; group++) {
    let sum = 0;
    for (let v = 0; v < 8; v++) {
      sum += codes[v] === 'C' ? C_POINTS[group][v] : codes[v] === 'B' ? B_POINTS[group][v] : 0;
    }
    for (const [threshold, rank] of RANKS[group]) if (sum >= threshold) return rank;
  }
  return null; // unreachable: group H always gives a rank
}

/**
 * The A/B/C code of a variable the grid asks in parts, from its sub-variables' codes, by the
 * guide de remplissage's rules (CASF annexe 2-1; see ejb org.liaison.forms.Aggir for the sources):
 * cohérence, orientation, élimination: A if all A, C if any C, B otherwise; toilette, habillage: A
 * if all A, C if all C, B otherwise; alimentation: A if AA, C for CC, BC and CB, B otherwise (AC
 * and CA give B). Null when the codes are not A, B or C, or not as many as the variable has parts.
 */
export function aggirCombine(fn: string, codes: readonly string[]): string | null {
  if (codes.length !== ARITY[fn] || !codes.every((c) => c === 'A' || c === 'B' || c === 'C')) {
    return null;
  }
  const anyA = codes.includes('A');
  const anyC = codes.includes('C');
  if (codes.every((code) => code === 'A')) return 'A';
  switch (fn) {
    case 'aggirCoherence':
    case 'aggirOrientation':
    case 'aggirElimination':
      return anyC ? 'C' : 'B';
    case 'aggirToilette':
    case 'aggirHabillage':
      return codes.every((code) => code === 'C') ? 'C' : 'B';
    case 'aggirAlimentation':
      return anyC && !anyA ? 'C' : 'B';
    default:
      return null;
  }
}

/** The GIR (1 to 6): rank 1 → 1, 2–7 → 2, 8–9 → 3, 10–11 → 4, 12 → 5, 13 → 6. */
export function aggirGir(codes: readonly string[]): number | null {
  const rank = aggirRank(codes);
  if (rank === null) return null;
  return rank === 1 ? 1 : rank <= 7 ? 2 : rank <= 9 ? 3 : rank <= 11 ? 4 : rank === 12 ? 5 : 6;
}

// ------------------------------------------------------------------ a form, evaluated

const UUID = /^[0-9a-f]{1,8}-[0-9a-f]{1,4}-[0-9a-f]{1,4}-[0-9a-f]{1,4}-[0-9a-f]{1,12}$/i;

/** Whether an answer counts as given (the server's "empty": null, blank text, empty list). */
export function isEmptyAnswer(answer: AnswerValue | null | undefined): boolean {
  return (
    answer === null ||
    answer === undefined ||
    (typeof answer === 'string' && isBlank(answer)) ||
    (Array.isArray(answer) && answer.length === 0) ||
    (typeof answer === 'number' && Number.isNaN(answer))
  );
}

/** Whether a YYYY-MM-DD text is a real day of the calendar. */
function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(text + 'T00:00:00Z');
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * The value of an answer, as the server reads it; an answer the server would refuse (wrong type,
 * out of bounds, unknown choice) is nothing here.
 */
export function answerValue(q: Question, answer: AnswerValue | null | undefined): Value {
  if (isEmptyAnswer(answer)) return NOTHING;
  const codes = new Set((q.choices ?? []).map((c) => c.code));
  switch (q.type) {
    case 'SHORT_TEXT':
    case 'LONG_TEXT': {
      if (typeof answer !== 'string') return NOTHING;
      if (answer.length > (q.type === 'SHORT_TEXT' ? 500 : 4000)) return NOTHING;
      return { kind: 'text', value: answer.trim() };
    }
    case 'NUMBER':
    case 'SCALE': {
      if (typeof answer !== 'number' || !Number.isFinite(answer)) return NOTHING;
      if (q.type === 'SCALE' && !Number.isInteger(answer)) return NOTHING;
      if (q.min != null && answer < q.min) return NOTHING;
      if (q.max != null && answer > q.max) return NOTHING;
      return { kind: 'num', value: answer };
    }
    case 'DATE':
      return typeof answer === 'string' && isDay(answer) ? { kind: 'day', value: answer } : NOTHING;
    case 'YES_NO':
      return typeof answer === 'boolean' ? bool(answer) : NOTHING;
    case 'SINGLE_CHOICE':
      return typeof answer === 'string' && codes.has(answer)
        ? { kind: 'text', value: answer }
        : NOTHING;
    case 'MULTIPLE_CHOICE': {
      if (!Array.isArray(answer)) return NOTHING;
      const chosen: string[] = [];
      for (const code of answer) {
        if (typeof code !== 'string' || !codes.has(code) || chosen.includes(code)) return NOTHING;
        chosen.push(code);
      }
      return { kind: 'codes', value: chosen };
    }
    case 'PROFESSIONAL':
      return typeof answer === 'string' && UUID.test(answer)
        ? { kind: 'text', value: answer }
        : NOTHING;
    default:
      return NOTHING;
  }
}

/** The weight of a chosen answer (single choice) or the sum of the chosen ones (multiple). */
function weightOf(q: Question, value: Value): number {
  const chosen =
    value.kind === 'text' && q.type === 'SINGLE_CHOICE'
      ? [value.value]
      : value.kind === 'codes'
        ? value.value
        : [];
  let total = 0;
  for (const c of q.choices ?? []) {
    if (chosen.includes(c.code) && c.weight != null) total += c.weight;
  }
  return Number(total.toPrecision(15));
}

/** A score as computed here: its value (null when it cannot be computed yet) and band. */
export interface LiveScore {
  id: string;
  label: string;
  value: number | null;
  band: string | null;
  /** Why it cannot be computed at all (a design problem), in the server's words. */
  problem?: string;
}

/** What the client makes of a form's answers: shown questions, their values, the scores. */
export interface FormEvaluation {
  /** The ids of the questions shown (no condition, or a true one). */
  shown: ReadonlySet<string>;
  values: ReadonlyMap<string, Value>;
  scores: LiveScore[];
  /** Conditions that cannot be read (design problems): the question shows. */
  conditionProblems: ReadonlyMap<string, string>;
}

/** The label of the band a value falls in (min and max included), if any. */
export function bandOf(
  bands: readonly { min?: number | null; max?: number | null; label: string }[] | null | undefined,
  value: number,
): string | null {
  for (const b of bands ?? []) {
    if ((b.min == null || value >= b.min) && (b.max == null || value <= b.max)) return b.label;
  }
  return null;
}

/**
 * Reads answers against a definition the way the server does (FormFilling): questions in order,
 * each condition seeing the answers of the questions shown before it; then the scores, each once
 * the scores it uses are known.
 */
export function evaluateForm(definition: FormDefinition, answers: Answers): FormEvaluation {
  const values = new Map<string, Value>();
  const weights = new Map<string, number>();
  const shown = new Set<string>();
  const conditionProblems = new Map<string, string>();
  const context: Context = {
    value: (name) => values.get(name) ?? NOTHING,
    weight: (name) => weights.get(name) ?? 0,
  };
  const questions = definition.sections.flatMap((s) => s.questions);
  const ids = new Set(questions.map((q) => q.id));
  for (const q of questions) {
    let visible = true;
    if (q.condition && !isBlank(q.condition)) {
      try {
        visible = isTrue(Expression.parse(q.condition).evaluate(context));
      } catch (e) {
        conditionProblems.set(q.id, e instanceof Error ? e.message : String(e));
      }
    }
    if (!visible) continue;
    shown.add(q.id);
    const value = answerValue(q, answers[q.id]);
    if (value.kind === 'nothing') continue;
    values.set(q.id, value);
    weights.set(q.id, weightOf(q, value));
  }

  const results = new Map<string, LiveScore>();
  const parsed = new Map<string, Expression | string>();
  for (const s of definition.scores ?? []) {
    try {
      parsed.set(s.id, Expression.parse(s.expression));
    } catch (e) {
      parsed.set(s.id, e instanceof Error ? e.message : String(e));
    }
  }
  let pending = [...(definition.scores ?? [])];
  let progressed = true;
  while (pending.length && progressed) {
    progressed = false;
    pending = pending.filter((score) => {
      const expression = parsed.get(score.id);
      if (typeof expression === 'string' || !expression) {
        results.set(score.id, { ...blank(score), problem: expression });
        progressed = true;
        return false;
      }
      const ready = [...expression.names().keys()].every((n) => ids.has(n) || results.has(n));
      if (!ready) return true;
      const result = expression.evaluate(context);
      const value = result.kind === 'num' ? result.value : null;
      values.set(score.id, value === null ? NOTHING : { kind: 'num', value });
      results.set(score.id, {
        id: score.id,
        label: score.label,
        value,
        band: value === null ? null : bandOf(score.bands, value),
      });
      progressed = true;
      return false;
    });
  }
  for (const score of pending) {
    const missing = [...(parsed.get(score.id) as Expression).names()].find(
      ([n]) => !ids.has(n) && !(definition.scores ?? []).some((s) => s.id === n),
    );
    results.set(score.id, {
      ...blank(score),
      problem: missing
        ? `no question or score is named '${missing[0]}' (at character ${missing[1]})`
        : 'the scores make a cycle',
    });
  }
  return {
    shown,
    values,
    scores: (definition.scores ?? []).map((s) => results.get(s.id) ?? blank(s)),
    conditionProblems,
  };
}

function blank(score: { id: string; label: string }): LiveScore {
  return { id: score.id, label: score.label, value: null, band: null };
}

/** The answers without those of hidden questions (what is sent, and what a filler keeps). */
export function shownAnswers(definition: FormDefinition, answers: Answers): Answers {
  const { shown } = evaluateForm(definition, answers);
  const kept: Answers = {};
  for (const [id, answer] of Object.entries(answers)) {
    if (shown.has(id) && !isEmptyAnswer(answer)) kept[id] = answer;
  }
  return kept;
}

// ------------------------------------------------------------------ names

/** A question's or score's name: a letter then letters, digits or _ (40 at most). */
export const ID_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;

/**
 * A name suggested from a label: its words without accents, in camelCase ("Vit seul ?" → vitSeul),
 * not one of `taken`.
 */
export function suggestId(label: string, taken: ReadonlySet<string>): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-zA-Z0-9]+/)
    .filter((w) => w);
  let base = words
    .map((w, i) =>
      i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
    )
    .join('');
  if (!base) base = 'question';
  if (!/^[a-zA-Z]/.test(base)) base = 'q' + base;
  base = base.substring(0, 40);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = base.substring(0, 40 - String(n).length) + n;
  return id;
}
