import { I18n } from '../i18n/i18n';
import { formatDay } from '../i18n/dates';
import { PARIS, formatCalendarDay, weekday } from './agenda-dates';

/** The RFC 5545 day codes, Monday first. */
export const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type DayCode = (typeof DAY_CODES)[number];

export type Frequency = 'NONE' | 'DAILY' | 'WEEKLY' | 'MONTHLY';
export const FREQUENCIES: Frequency[] = ['NONE', 'DAILY', 'WEEKLY', 'MONTHLY'];
export type RepetitionEnd = 'NEVER' | 'COUNT' | 'UNTIL';
export const REPETITION_ENDS: RepetitionEnd[] = ['NEVER', 'COUNT', 'UNTIL'];

/** How an appointment repeats, as the form asks it. */
export interface Repetition {
  frequency: Frequency;
  /** Weekly: the days; empty means the day of the first occurrence. */
  days: DayCode[];
  end: RepetitionEnd;
  count: number;
  /** "2026-04-05", the last day an occurrence may fall on. */
  until: string;
}

export const NO_REPETITION: Repetition = {
  frequency: 'NONE',
  days: [],
  end: 'NEVER',
  count: 10,
  until: '',
};

/**
 * The `rrule` the API takes (the subset it knows: FREQ, BYDAY, COUNT, UNTIL=YYYYMMDD), or null
 * for a single appointment. `startDate` gives the day of a weekly series without chosen days.
 */
export function buildRrule(r: Repetition, startDate: string): string | null {
  if (r.frequency === 'NONE') return null;
  const parts = [`FREQ=${r.frequency}`];
  if (r.frequency === 'WEEKLY') {
    const days = r.days.length ? r.days : [DAY_CODES[weekday(startDate)]];
    const sorted = DAY_CODES.filter((d) => days.includes(d));
    parts.push(`BYDAY=${sorted.join(',')}`);
  }
  if (r.end === 'COUNT') parts.push(`COUNT=${Math.max(1, Math.floor(r.count))}`);
  if (r.end === 'UNTIL' && r.until) parts.push(`UNTIL=${r.until.replaceAll('-', '')}`);
  return parts.join(';');
}

/** The parts of an rrule, by name. */
function parse(rrule: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of rrule.split(';')) {
    const [name, value] = part.split('=');
    if (name && value) out[name.toUpperCase()] = value;
  }
  return out;
}

/** UNTIL=20260405 or 20260405T215959Z → the Paris date "2026-04-05". */
function untilDate(until: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(until);
  if (!m) return '';
  if (!m[4] || !m[7]) return `${m[1]}-${m[2]}-${m[3]}`;
  const at = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  return new Intl.DateTimeFormat('en-CA', { timeZone: PARIS }).format(at);
}

/** The parts of a rule the API knows. */
const RULE_PARTS = ['FREQ', 'INTERVAL', 'BYDAY', 'COUNT', 'UNTIL'];

/**
 * The repetition the form shows for an `rrule`: the reverse of buildRrule, for the subset it
 * builds (FREQ, BYDAY with WEEKLY, COUNT or UNTIL, no INTERVAL but 1). Null for any other rule,
 * which the form cannot show (it keeps it as it is); NO_REPETITION for none.
 */
export function parseRrule(rrule: string | null): Repetition | null {
  if (!rrule) return NO_REPETITION;
  const p = parse(rrule);
  if (Object.keys(p).some((name) => !RULE_PARTS.includes(name))) return null;
  const frequency = p['FREQ'] as Frequency;
  if (frequency === 'NONE' || !FREQUENCIES.includes(frequency)) return null;
  if ((p['INTERVAL'] ?? '1') !== '1' || (p['COUNT'] && p['UNTIL'])) return null;
  let days: DayCode[] = [];
  if (p['BYDAY']) {
    const codes = p['BYDAY'].split(',');
    if (frequency !== 'WEEKLY' || codes.some((c) => !DAY_CODES.includes(c as DayCode))) return null;
    days = DAY_CODES.filter((d) => codes.includes(d));
  }
  const repetition: Repetition = { ...NO_REPETITION, frequency, days };
  if (p['COUNT']) {
    const count = Number(p['COUNT']);
    return Number.isInteger(count) && count >= 1 ? { ...repetition, end: 'COUNT', count } : null;
  }
  if (p['UNTIL']) {
    const until = untilDate(p['UNTIL']);
    return until ? { ...repetition, end: 'UNTIL', until } : null;
  }
  return repetition;
}

/** The frequency of any rule ("FREQ=DAILY;INTERVAL=2" → DAILY), NONE when it has none known. */
export function frequencyOf(rrule: string): Frequency {
  const frequency = parse(rrule)['FREQ'] as Frequency;
  return FREQUENCIES.includes(frequency) ? frequency : 'NONE';
}

/** "Tous les jours, 10 fois", "Chaque semaine : lundi, jeudi, jusqu’au 5 avril 2026"… */
export function describeRrule(rrule: string, i18n: I18n): string {
  const p = parse(rrule);
  const interval = +(p['INTERVAL'] ?? '1') || 1;
  const freq = p['FREQ'] ?? '';
  let text: string;
  if (freq === 'DAILY' || freq === 'WEEKLY' || freq === 'MONTHLY') {
    text =
      interval > 1
        ? i18n.t(`agenda.rrule.every.${freq}`, { n: interval })
        : i18n.t(`agenda.rrule.${freq}`);
  } else {
    text = i18n.t('agenda.rrule.custom');
  }
  if (p['BYDAY']) {
    const names = p['BYDAY']
      .split(',')
      .map((code) => DAY_CODES.indexOf(code as DayCode))
      .filter((i) => i >= 0)
      .map((i) => formatCalendarDay(`2024-01-0${i + 1}`, i18n.lang(), { weekday: 'long' }));
    if (names.length) text += i18n.t('agenda.rrule.on', { days: names.join(', ') });
  }
  if (p['COUNT']) text += i18n.t('agenda.rrule.count', { count: p['COUNT'] });
  if (p['UNTIL']) {
    const date = untilDate(p['UNTIL']);
    if (date) text += i18n.t('agenda.rrule.until', { date: formatDay(date, i18n.lang()) });
  }
  return text;
}
