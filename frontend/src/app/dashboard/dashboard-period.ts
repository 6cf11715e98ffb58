import { Period } from './dashboard-models';

/**
 * The period presets of the filters: the last full month, quarter and year, the last 12 full
 * months (the server's default, sent as no dates at all) and a custom from–to.
 */
export type Preset = 'last12' | 'month' | 'quarter' | 'year' | 'custom';
export const PRESETS: Preset[] = ['last12', 'month', 'quarter', 'year', 'custom'];

function iso(year: number, month: number, day: number): string {
  // Date normalises month -1 / 12 and day 0 (the last day of the month before).
  const d = new Date(Date.UTC(year, month, day));
  return d.toISOString().slice(0, 10);
}

/** The period of a preset on a day (null for last12 and custom: no dates are sent). */
export function presetPeriod(preset: Preset, today: Date): Period | null {
  const y = today.getFullYear();
  const m = today.getMonth();
  switch (preset) {
    case 'month':
      return { from: iso(y, m - 1, 1), to: iso(y, m, 0) };
    case 'quarter': {
      const start = Math.floor(m / 3) * 3 - 3;
      return { from: iso(y, start, 1), to: iso(y, start + 3, 0) };
    }
    case 'year':
      return { from: iso(y - 1, 0, 1), to: iso(y - 1, 11, 31) };
    default:
      return null;
  }
}

/** Which preset these dates are (a link or a reload keeps showing the right choice). */
export function presetOf(from: string | undefined, to: string | undefined, today: Date): Preset {
  if (!from && !to) return 'last12';
  for (const preset of ['month', 'quarter', 'year'] as const) {
    const p = presetPeriod(preset, today);
    if (p && p.from === from && p.to === to) return preset;
  }
  return 'custom';
}

/** A yyyy-mm-dd date, or undefined for anything else found in the URL. */
export function isoDate(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}
