import { OnDestroy, Pipe, PipeTransform, inject, signal } from '@angular/core';
import { catalogue } from './catalogue';
import { I18n } from './i18n';
import { Lang } from './messages';

/**
 * The one way the app writes dates (docs/workflows.md, "Dates"), always as seen in Paris:
 *
 * - a day: "7 déc. 2026" / "7 Dec 2026" (`day`);
 * - a moment: "7 déc. 2026 à 14:05" / "7 Dec 2026, 14:05" (`moment`);
 * - a time: "14:05" (`time`);
 * - a recent moment, in lists and feeds (`ago`): "à l’instant", "il y a 5 min", "il y a 2 h"
 *   the same day, "hier à 14:05", then the moment; shown in a `<time>` whose `datetime` and
 *   `title` give the absolute moment.
 *
 * A value is an API string: a plain date ("2026-12-07", a calendar day, never shifted), a Paris
 * wall-clock time of the agenda ("2026-12-07T14:05", no offset) or an instant
 * ("2026-12-07T13:05:00Z", shown in Paris). Empty values give "".
 *
 * Intl only (no Angular locale data), and lazy: this file never reaches the initial bundle.
 * The pipes are impure so that they follow the language signal (and `ago`, the minute), but they
 * keep their last answer and only format again when the value, the language or the minute changes.
 */

type DateValue = string | null | undefined;

const PARIS = 'Europe/Paris';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const OPTIONS = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The formatter of a language, a zone and a kind, made once. */
function format(lang: Lang, zone: string, kind: keyof typeof OPTIONS): Intl.DateTimeFormat {
  const key = `${lang}|${zone}|${kind}`;
  let f = formats.get(key);
  if (!f) {
    const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
    f = new Intl.DateTimeFormat(locale, { ...OPTIONS[kind], timeZone: zone });
    formats.set(key, f);
  }
  return f;
}

/** The instant to format and the zone to read it in: wall-clock values are read as UTC. */
function parse(value: string): { at: Date; zone: string } | null {
  const wallClock = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(
    value,
  );
  const at = wallClock
    ? new Date(
        Date.UTC(
          +wallClock[1],
          +wallClock[2] - 1,
          +wallClock[3],
          +(wallClock[4] ?? 12),
          +(wallClock[5] ?? 0),
        ),
      )
    : new Date(value);
  return Number.isNaN(at.getTime()) ? null : { at, zone: wallClock ? 'UTC' : PARIS };
}

/** The words around the numbers; in the shared texts, which every feature route loads. */
function words(key: string, lang: Lang, params: Record<string, string | number>): string {
  const text = catalogue()[key]?.[lang] ?? '';
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** "7 déc. 2026". */
export function formatDay(value: DateValue, lang: Lang): string {
  const p = value ? parse(value) : null;
  return p ? format(lang, p.zone, 'day').format(p.at) : '';
}

/** "14:05". */
export function formatTime(value: DateValue, lang: Lang): string {
  const p = value ? parse(value) : null;
  return p ? format(lang, p.zone, 'time').format(p.at) : '';
}

/** "7 déc. 2026 à 14:05", "7 Dec 2026, 14:05". */
export function formatMoment(value: DateValue, lang: Lang): string {
  if (!value || !parse(value)) return '';
  return words('date.moment', lang, {
    day: formatDay(value, lang),
    time: formatTime(value, lang),
  });
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: PARIS });

/** "2026-12-07" and the day before, in Paris. */
function parisDays(now: number): [today: string, yesterday: string] {
  const today = PARIS_DAY.format(now);
  const d = new Date(Date.UTC(+today.slice(0, 4), +today.slice(5, 7) - 1, +today.slice(8, 10)));
  d.setUTCDate(d.getUTCDate() - 1);
  return [today, d.toISOString().slice(0, 10)];
}

/**
 * "à l’instant", "il y a 5 min", "il y a 2 h" (the same Paris day), "hier à 14:05", then the
 * moment; a moment in the future (a clock out of step) or a wall-clock time is the moment too.
 */
export function formatAgo(value: DateValue, lang: Lang, now = Date.now()): string {
  const p = value ? parse(value) : null;
  if (!p) return '';
  const ago = now - p.at.getTime();
  if (p.zone === PARIS && ago >= -MINUTE) {
    if (ago < MINUTE) return words('date.justNow', lang, {});
    if (ago < HOUR) return words('date.minutesAgo', lang, { n: Math.floor(ago / MINUTE) });
    const [today, yesterday] = parisDays(now);
    const day = PARIS_DAY.format(p.at);
    if (day === today) return words('date.hoursAgo', lang, { n: Math.floor(ago / HOUR) });
    if (day === yesterday) {
      return words('date.yesterdayAt', lang, { time: formatTime(value, lang) });
    }
  }
  return formatMoment(value, lang);
}

/**
 * The minute, for `ago`: one timer for the whole app, running only while some `ago` is shown.
 */
const minute = signal(Date.now());
let shown = 0;
let timer: ReturnType<typeof setInterval> | undefined;

function watchMinute(): void {
  if (shown++ === 0) {
    minute.set(Date.now());
    timer = setInterval(() => minute.set(Date.now()), MINUTE);
  }
}

function unwatchMinute(): void {
  if (--shown === 0) clearInterval(timer);
}

/** The last answer of a pipe, formatted again only when what it depends on changes. */
abstract class DateFormatPipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  private key = '';
  private text = '';

  protected abstract readonly format: (value: DateValue, lang: Lang) => string;

  /** What, besides the value and the language, the text depends on. */
  protected tick(): number {
    return 0;
  }

  transform(value: DateValue): string {
    const lang = this.i18n.lang();
    const key = `${value}|${lang}|${this.tick()}`;
    if (key !== this.key) {
      this.text = this.format(value, lang);
      // no text yet for a value (the shared words not loaded): try again next time
      this.key = this.text || !value ? key : '';
    }
    return this.text;
  }
}

/** {{ iso | day }}: "7 déc. 2026". */
@Pipe({ name: 'day', pure: false })
export class DayPipe extends DateFormatPipe {
  protected readonly format = formatDay;
}

/** {{ iso | moment }}: "7 déc. 2026 à 14:05". */
@Pipe({ name: 'moment', pure: false })
export class MomentPipe extends DateFormatPipe {
  protected readonly format = formatMoment;
}

/** {{ iso | time }}: "14:05". */
@Pipe({ name: 'time', pure: false })
export class TimePipe extends DateFormatPipe {
  protected readonly format = formatTime;
}

/**
 * {{ iso | ago }}: "il y a 5 min"…, refreshed each minute by the app's one timer. Put it in
 * `<time [attr.datetime]="iso" [title]="iso | moment">`, so the moment is always there.
 */
@Pipe({ name: 'ago', pure: false })
export class AgoPipe extends DateFormatPipe implements OnDestroy {
  protected readonly format = (value: DateValue, lang: Lang) => formatAgo(value, lang, minute());

  constructor() {
    super();
    watchMinute();
  }

  protected override tick(): number {
    return minute();
  }

  ngOnDestroy(): void {
    unwatchMinute();
  }
}
