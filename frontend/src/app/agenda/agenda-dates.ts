import { formatMoment } from '../i18n/dates';
import { Lang } from '../i18n/messages';
import { Occurrence } from './agenda-models';

/**
 * Paris calendar arithmetic for the agenda. The API speaks Paris wall-clock times
 * ("2026-03-28T08:00"); the device may be elsewhere, so plain dates are computed as UTC dates
 * (no daylight-saving jump) and "today" is today in Paris.
 */

export const PARIS = 'Europe/Paris';

const PARIS_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as a Paris local date-time, "2026-03-28T08:00". */
export function parisLocal(at: Date): string {
  const p = Object.fromEntries(PARIS_PARTS.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p['year']}-${p['month']}-${p['day']}T${p['hour']}:${p['minute']}`;
}

/** Today in Paris, "2026-03-28". */
export function parisToday(now = new Date()): string {
  return parisLocal(now).slice(0, 10);
}

export function isDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = toUtc(value);
  return !Number.isNaN(d.getTime()) && fromUtc(d) === value;
}

function toUtc(date: string): Date {
  return new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)));
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** The first day of the month `months` after the month of `date`. */
export function addMonths(date: string, months: number): string {
  const d = toUtc(date.slice(0, 8) + '01');
  d.setUTCMonth(d.getUTCMonth() + months);
  return fromUtc(d);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(date: string): number {
  return (toUtc(date).getUTCDay() + 6) % 7;
}

export function startOfWeek(date: string): string {
  return addDays(date, -weekday(date));
}

export function startOfMonth(date: string): string {
  return date.slice(0, 8) + '01';
}

/** The days between two dates, `to` excluded. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d < to; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The weeks (Monday to Sunday) that show a month. */
export function monthWeeks(date: string): string[][] {
  const first = startOfMonth(date);
  const end = startOfWeek(addDays(addMonths(first, 1), 6));
  const days = daysBetween(startOfWeek(first), end);
  const weeks: string[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}

function locale(lang: string): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

/**
 * The calendar's labels of a plain date, "lundi 30 mars", "lun. 30"…: headings and day names,
 * not dates to read (those are written by i18n/dates.ts).
 */
export function formatCalendarDay(
  date: string,
  lang: string,
  options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' },
): string {
  return new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: 'UTC' }).format(toUtc(date));
}

/** "Lundi 30 mars": a label that starts a heading. */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "mars 2026". */
export function formatMonth(date: string, lang: string): string {
  return formatCalendarDay(date, lang, { month: 'long', year: 'numeric' });
}

/** The short names of the days of the week, Monday first. */
export function weekdayNames(lang: string, style: 'short' | 'long' = 'short'): string[] {
  return daysBetween('2024-01-01', '2024-01-08').map((d) =>
    capitalized(formatCalendarDay(d, lang, { weekday: style })),
  );
}

/** "08:00" of "2026-03-30T08:00". */
export function timeOf(local: string): string {
  return local.slice(11, 16);
}

export function dayOf(local: string): string {
  return local.slice(0, 10);
}

/**
 * A Paris local date-time, the app's moment with the day of the week (a future appointment is
 * read by its weekday): "lundi 7 déc. 2026 à 14:05", "Monday 7 Dec 2026, 14:05".
 */
export function formatLocal(local: string, lang: Lang): string {
  return `${formatCalendarDay(dayOf(local), lang, { weekday: 'long' })} ${formatMoment(local, lang)}`;
}

/** Minutes between two Paris local date-times ("2026-03-30T08:00", seconds or not). */
export function minutesBetween(start: string, end: string): number {
  const a = Date.parse(start.slice(0, 16) + ':00Z');
  const b = Date.parse(end.slice(0, 16) + ':00Z');
  return Math.round((b - a) / 60_000);
}

export interface AgendaDay<T> {
  date: string;
  items: T[];
}

/** Occurrences (or slots) by day of their start, in the order given (the API sorts them). */
export function byDay<T extends { start: string }>(items: T[]): AgendaDay<T>[] {
  const days: AgendaDay<T>[] = [];
  for (const o of items) {
    const date = dayOf(o.start);
    const last = days[days.length - 1];
    if (last?.date === date) last.items.push(o);
    else days.push({ date, items: [o] });
  }
  return days;
}

/** Every day of a range, each with its occurrences (maybe none). */
export function everyDay(
  occurrences: Occurrence[],
  from: string,
  to: string,
): AgendaDay<Occurrence>[] {
  const map = new Map(daysBetween(from, to).map((d) => [d, [] as Occurrence[]]));
  for (const o of occurrences) map.get(dayOf(o.start))?.push(o);
  return [...map.entries()].map(([date, items]) => ({ date, items }));
}
