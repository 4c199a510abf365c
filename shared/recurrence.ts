import { z } from 'zod';
import {
  addDays,
  dateInZone,
  isoDate,
  isValidTimeZone,
  wallClock,
  zonedTimeToUtc,
} from './dates.ts';

/**
 * Recurring sessions: a small subset of RFC 5545 RRULE (weekly and monthly), expanded in the
 * practice's local time so that a weekly 10:00 session stays at 10:00 across DST changes.
 *
 * The first session (the series start, RFC 5545 DTSTART) always counts as the first occurrence,
 * and COUNT includes it, even when it does not match the rule (RFC 5545 §3.3.10).
 */

/** Never more sessions than this in one series: ten years of weekly sessions. */
export const MAX_SESSIONS = 520;
/** A last date ("until") at most this many years after the first session. */
export const MAX_YEARS = 5;

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

export const NTHS = [1, 2, 3, 4, -1] as const;
/** Which weekday of the month: the first to the fourth, or -1 for the last. */
export type Nth = (typeof NTHS)[number];

const NTH_NAMES: Record<`${Nth}`, string> = {
  '1': 'first',
  '2': 'second',
  '3': 'third',
  '4': 'fourth',
  '-1': 'last',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const weekday = z.enum(WEEKDAYS, 'Choose a day of the week.');

export const sessionTime = z
  .string('Enter a time.')
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM on a 24-hour clock, like 09:30.');

export const sessionStart = z.strictObject({ date: isoDate, time: sessionTime });
/** The first session of a series, in the practice's local time. */
export type SessionStart = z.infer<typeof sessionStart>;

const sessionCount = 'Choose how many sessions, from 1 to 520.';

export const recurrenceEnd = z.union(
  [
    z.strictObject({
      // refine, not .int(): zod's int failure aborts, and the union would then only say that
      // neither shape fits instead of this message.
      count: z
        .number(sessionCount)
        .min(1, sessionCount)
        .max(MAX_SESSIONS, sessionCount)
        .refine(Number.isInteger, sessionCount),
    }),
    z.strictObject({ until: isoDate }),
  ],
  'Choose a number of sessions or a last date.',
);
export type RecurrenceEnd = z.infer<typeof recurrenceEnd>;

const weeklyInterval = 'Repeat every 1 to 52 weeks.';
const monthlyInterval = 'Repeat every 1 to 12 months.';

export const weeklyRecurrence = z.strictObject({
  freq: z.literal('weekly'),
  interval: z
    .number(weeklyInterval)
    .int(weeklyInterval)
    .min(1, weeklyInterval)
    .max(52, weeklyInterval),
  byWeekday: z
    .array(weekday, 'Choose the days of the week.')
    .min(1, 'Choose at least one day of the week.')
    .refine((days) => new Set(days).size === days.length, 'Choose each day of the week once.')
    .optional(),
  end: recurrenceEnd,
});

export const monthlyRecurrence = z
  .strictObject({
    freq: z.literal('monthly'),
    interval: z
      .number(monthlyInterval)
      .int(monthlyInterval)
      .min(1, monthlyInterval)
      .max(12, monthlyInterval),
    by: z.enum(
      ['nth-weekday', 'month-day'],
      'Choose whether the session follows the weekday (like the second Tuesday) or the date.',
    ),
    nth: z.literal(NTHS, 'Choose the first, second, third, fourth or last weekday.').optional(),
    end: recurrenceEnd,
  })
  .refine((rec) => rec.by === 'nth-weekday' || rec.nth === undefined, {
    message: 'Choosing the week of the month only applies when the session follows the weekday.',
    path: ['nth'],
  });

export const recurrence = z.discriminatedUnion('freq', [weeklyRecurrence, monthlyRecurrence], {
  error: 'Choose weekly or monthly.',
});
export type Recurrence = z.infer<typeof recurrence>;

/** A series as a counselor books it: the rule must make sense for its first session. */
export const recurringSeries = z
  .strictObject({ start: sessionStart, rec: recurrence })
  .superRefine(({ start, rec }, ctx) => {
    // zod still runs this after some field issues (an interval of 0): expanding that never ends.
    if (!recurrence.safeParse(rec).success || !sessionStart.safeParse(start).success) return;
    if ('until' in rec.end) {
      const path = ['rec', 'end', 'until'];
      if (rec.end.until < start.date) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: 'The last date must be on or after the first session.',
        });
        return;
      }
      if (rec.end.until > addYears(start.date, MAX_YEARS)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `The last date can be at most ${MAX_YEARS} years after the first session.`,
        });
        return;
      }
      if (ruleDates(rec, start, MAX_SESSIONS + 1).length > MAX_SESSIONS) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `That makes more than ${MAX_SESSIONS} sessions. Choose an earlier last date.`,
        });
      }
    }
    if (rec.freq === 'monthly' && rec.nth !== undefined && !isNthWeekday(start.date, rec.nth)) {
      ctx.addIssue({
        code: 'custom',
        path: ['rec', 'nth'],
        message: `The first session is not on the ${NTH_NAMES[`${rec.nth}`]} ${
          WEEKDAY_NAMES[weekdayOf(start.date)]
        } of its month. Choose the week it falls in.`,
      });
    }
  });
export type RecurringSeries = z.infer<typeof recurringSeries>;

export interface Occurrence {
  /** Local date and time the session actually happens (moved forward if in a DST gap). */
  date: string;
  time: string;
  startUtc: string;
}

// ---- calendar arithmetic on 'YYYY-MM-DD' (time-zone free) ----

function ymdParts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function weekdayIndex(date: string): number {
  const [y, m, d] = ymdParts(date);
  // getUTCDay counts from Sunday; RFC 5545 weeks start on Monday (WKST=MO).
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

function weekdayOf(date: string): Weekday {
  return WEEKDAYS[weekdayIndex(date)] as Weekday;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function addYears(date: string, years: number): string {
  const [y, m, d] = ymdParts(date);
  // Plain string arithmetic: Feb 29 plus a year compares just after Feb 28, which is what we want.
  return ymd(y + years, m, d);
}

/** The ordinal a monthly-by-weekday series takes from its first session. */
export function derivedNth(date: string): Nth {
  const week = Math.ceil(ymdParts(date)[2] / 7);
  // A fifth weekday only exists in some months, so it means "the last" (RFC 5545 BYDAY=-1XX).
  return week >= 5 ? -1 : (week as Nth);
}

function isNthWeekday(date: string, nth: Nth): boolean {
  const [y, m, d] = ymdParts(date);
  return nth === -1 ? d + 7 > daysInMonth(y, m) : Math.ceil(d / 7) === nth;
}

function nthWeekdayOfMonth(y: number, m: number, wd: number, nth: Nth): number {
  if (nth === -1) {
    const last = daysInMonth(y, m);
    return last - ((weekdayIndex(ymd(y, m, last)) - wd + 7) % 7);
  }
  const first = (wd - weekdayIndex(ymd(y, m, 1)) + 7) % 7;
  return 1 + first + 7 * (nth - 1);
}

/**
 * The local dates of a series, first session included. `limit` bounds the result even when the
 * rule would give more (used both as the hard cap and to detect an over-long series).
 */
function ruleDates(rec: Recurrence, start: SessionStart, limit: number): string[] {
  const out = [start.date];
  const cap = Math.min('count' in rec.end ? rec.end.count : limit, limit);
  const until = 'until' in rec.end ? rec.end.until : null;
  if (out.length >= cap) return out;
  // false means stop: past the last date, enough sessions, or past year 9999.
  const take = (date: string): boolean => {
    if (date.length !== 10 || (until !== null && date > until)) return false;
    if (date > start.date) out.push(date);
    return out.length < cap;
  };

  if (rec.freq === 'weekly') {
    const days = (rec.byWeekday ?? [weekdayOf(start.date)])
      .map((day) => WEEKDAYS.indexOf(day))
      .sort((a, b) => a - b);
    const firstMonday = addDays(start.date, -weekdayIndex(start.date));
    for (let week = 0; ; week += rec.interval) {
      const monday = addDays(firstMonday, 7 * week);
      for (const day of days) if (!take(addDays(monday, day))) return out;
    }
  }

  const [y0, m0, d0] = ymdParts(start.date);
  const wd = weekdayIndex(start.date);
  const nth = rec.nth ?? derivedNth(start.date);
  // Month 0 matters too: an explicit `nth` can put a rule date later in the first month.
  for (let k = 0; ; k += rec.interval) {
    const y = y0 + Math.floor((m0 - 1 + k) / 12);
    const m = ((m0 - 1 + k) % 12) + 1;
    if (y > 9999) return out;
    if (rec.by === 'month-day') {
      // RFC 5545: a BYMONTHDAY that does not exist in a month (the 31st in April) is skipped.
      if (d0 > daysInMonth(y, m)) continue;
      if (!take(ymd(y, m, d0))) return out;
    } else if (!take(ymd(y, m, nthWeekdayOfMonth(y, m, wd, nth)))) return out;
  }
}

function assertValid<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(`${what}: ${result.error.issues[0]?.message ?? 'not valid.'}`);
  }
  return result.data;
}

// Kept local (not from domain/settings.ts): that module imports the scheduling domain, which
// imports this one, and the cycle breaks module initialisation.

function assertZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new Error(`Unknown time zone "${zone}".`);
}

function checkedInputs(rec: Recurrence, start: SessionStart, zone: string): Recurrence {
  assertValid(sessionStart, start, 'First session');
  assertZone(zone);
  return assertValid(recurrence, rec, 'Repeat rule');
}

function occurrenceAt(date: string, time: string, zone: string): Occurrence {
  const instant = zonedTimeToUtc(date, time, zone);
  return { ...wallClock(instant, zone), startUtc: instant.toISOString() };
}

/**
 * Every session of a series, in order. Always finite: bounded by the count or the last date
 * (inclusive, in local dates) and never more than {@link MAX_SESSIONS}.
 */
export function expandRecurrence(rec: Recurrence, start: SessionStart, zone: string): Occurrence[] {
  const valid = checkedInputs(rec, start, zone);
  return ruleDates(valid, start, MAX_SESSIONS).map((date) => occurrenceAt(date, start.time, zone));
}

// ---- RFC 5545 text ----

function compact(date: string): string {
  return date.replaceAll('-', '');
}

function untilUtc(until: string, zone: string): string {
  // The last instant of that local day, so every session on it is included (UNTIL is inclusive).
  const end = zonedTimeToUtc(addDays(until, 1), '00:00', zone).getTime() - 1000;
  return new Date(end).toISOString().replace(/[-:]/g, '').replace('.000', '');
}

/**
 * The series as RFC 5545 lines, e.g.
 * `DTSTART;TZID=America/New_York:20260112T100000` CRLF `RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10`.
 */
export function toRRule(rec: Recurrence, start: SessionStart, zone: string): string {
  const valid = checkedInputs(rec, start, zone);
  const parts = [`FREQ=${valid.freq.toUpperCase()}`, `INTERVAL=${valid.interval}`];
  if (valid.freq === 'weekly') {
    if (valid.byWeekday) parts.push(`BYDAY=${valid.byWeekday.join(',')}`);
  } else if (valid.by === 'month-day') {
    parts.push(`BYMONTHDAY=${ymdParts(start.date)[2]}`);
  } else {
    parts.push(`BYDAY=${valid.nth ?? derivedNth(start.date)}${weekdayOf(start.date)}`);
  }
  parts.push(
    'count' in valid.end ? `COUNT=${valid.end.count}` : `UNTIL=${untilUtc(valid.end.until, zone)}`,
  );
  const dtstart = `${compact(start.date)}T${start.time.replace(':', '')}00`;
  return `DTSTART;TZID=${zone}:${dtstart}\r\nRRULE:${parts.join(';')}`;
}

class RRuleError extends Error {
  constructor(detail: string) {
    super(`This repeat rule cannot be read: ${detail}`);
    this.name = 'RRuleError';
  }
}

/** Reads back exactly what {@link toRRule} writes; anything else is refused with an Error. */
export function parseRRule(text: string): { start: SessionStart; zone: string; rec: Recurrence } {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const [dtLine, ruleLine] = lines;
  if (lines.length !== 2 || dtLine === undefined || ruleLine === undefined) {
    throw new RRuleError('expected two lines, DTSTART then RRULE.');
  }

  const dt = /^DTSTART;TZID=([^:;]+):(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})00$/.exec(dtLine);
  if (!dt) {
    throw new RRuleError('the first line must be DTSTART;TZID=<zone>:YYYYMMDDTHHMM00.');
  }
  const zone = dt[1] as string;
  if (!isValidTimeZone(zone)) throw new RRuleError(`unknown time zone "${zone}".`);
  const start = { date: `${dt[2]}-${dt[3]}-${dt[4]}`, time: `${dt[5]}:${dt[6]}` };
  if (!sessionStart.safeParse(start).success) {
    throw new RRuleError('DTSTART is not a real date and time.');
  }

  if (!ruleLine.startsWith('RRULE:')) throw new RRuleError('the second line must be RRULE:...');
  const fields = new Map<string, string>();
  for (const part of ruleLine.slice('RRULE:'.length).split(';')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq);
    if (eq <= 0 || fields.has(key)) throw new RRuleError(`"${part}" is not a NAME=VALUE part.`);
    fields.set(key, part.slice(eq + 1));
  }
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL']);
  const unknown = [...fields.keys()].filter((key) => !known.has(key));
  if (unknown.length > 0) throw new RRuleError(`${unknown.join(', ')} is not supported.`);

  const int = (key: string): number | undefined => {
    const value = fields.get(key);
    if (value === undefined) return undefined;
    if (!/^-?\d{1,4}$/.test(value)) throw new RRuleError(`${key} must be a whole number.`);
    return Number(value);
  };

  let end: RecurrenceEnd;
  const count = int('COUNT');
  const until = fields.get('UNTIL');
  if ((count === undefined) === (until === undefined)) {
    throw new RRuleError('it needs exactly one of COUNT or UNTIL.');
  }
  if (until !== undefined) {
    const u = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(until);
    if (!u) throw new RRuleError('UNTIL must be a UTC time, like 20260601T035959Z.');
    const instant = new Date(`${u[1]}-${u[2]}-${u[3]}T${u[4]}:${u[5]}:${u[6]}Z`);
    if (Number.isNaN(instant.getTime())) throw new RRuleError('UNTIL is not a real time.');
    end = { until: dateInZone(instant, zone) };
  } else {
    end = { count: count as number };
  }

  const freq = fields.get('FREQ');
  const interval = int('INTERVAL');
  const byDay = fields.get('BYDAY');
  let candidate: unknown;
  if (freq === 'WEEKLY') {
    if (fields.has('BYMONTHDAY')) throw new RRuleError('BYMONTHDAY only goes with FREQ=MONTHLY.');
    candidate = {
      freq: 'weekly',
      interval,
      ...(byDay === undefined ? {} : { byWeekday: byDay.split(',') }),
      end,
    };
  } else if (freq === 'MONTHLY') {
    const monthDay = int('BYMONTHDAY');
    if ((monthDay === undefined) === (byDay === undefined)) {
      throw new RRuleError('a monthly rule needs exactly one of BYDAY or BYMONTHDAY.');
    }
    if (monthDay !== undefined) {
      if (monthDay !== ymdParts(start.date)[2]) {
        throw new RRuleError('BYMONTHDAY must be the day of the month of DTSTART.');
      }
      candidate = { freq: 'monthly', interval, by: 'month-day', end };
    } else {
      const m = /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay as string);
      if (!m) throw new RRuleError('a monthly BYDAY must be like 2TU or -1FR.');
      if (m[2] !== weekdayOf(start.date)) {
        throw new RRuleError('a monthly BYDAY must be the weekday of DTSTART.');
      }
      const nth = Number(m[1]) as Nth;
      candidate = {
        freq: 'monthly',
        interval,
        by: 'nth-weekday',
        ...(nth === derivedNth(start.date) ? {} : { nth }),
        end,
      };
    }
  } else {
    throw new RRuleError('FREQ must be WEEKLY or MONTHLY.');
  }

  const parsed = recurrence.safeParse(candidate);
  if (!parsed.success) throw new RRuleError(parsed.error.issues[0]?.message ?? 'not valid.');
  const rec = parsed.data;
  // Anything that survived the checks above but is not written the way toRRule writes it (part
  // order, a missing INTERVAL, an UNTIL that is not the end of a local day) is refused too.
  if (toRRule(rec, start, zone) !== `${dtLine}\r\n${ruleLine}`) {
    throw new RRuleError(
      'it is not in the form Accord writes (parts FREQ, INTERVAL, BYDAY or BYMONTHDAY, then ' +
        'COUNT or an UNTIL at the end of a local day).',
    );
  }
  return { start, zone, rec };
}

/** Descriptions already worked out, by rule text (which names its zone). */
const descriptions = new Map<string, string>();
/** More than the series a ten-year practice has; the oldest is dropped beyond it. */
export const MAX_CACHED_DESCRIPTIONS = 4096;

/**
 * The series' rule text in plain English ({@link describeRecurrence} of {@link parseRRule}),
 * remembered: the calendar describes every series it shows, each time it is drawn, and reading
 * a rule back costs far more than looking it up. A rule that cannot be read throws as
 * parseRRule does and is not remembered.
 */
export function describeRRule(text: string): string {
  const known = descriptions.get(text);
  if (known !== undefined) {
    // Re-inserted so the map's order is least recently used first.
    descriptions.delete(text);
    descriptions.set(text, known);
    return known;
  }
  const { rec, start } = parseRRule(text);
  const description = describeRecurrence(rec, start);
  if (descriptions.size >= MAX_CACHED_DESCRIPTIONS) {
    const oldest = descriptions.keys().next();
    if (!oldest.done) descriptions.delete(oldest.value);
  }
  descriptions.set(text, description);
  return description;
}

/** How many descriptions are remembered (for tests of the bound). */
export function cachedDescriptionCount(): number {
  return descriptions.size;
}

// ---- this and following ----

/**
 * Splits a series at the session on `atDate` (a date {@link expandRecurrence} returned) for an
 * edit of "this and following". Expanding `before` and `after` gives exactly the original sessions.
 */
export function splitRecurrence(
  rec: Recurrence,
  start: SessionStart,
  zone: string,
  atDate: string,
): { before: Recurrence | null; after: { rec: Recurrence; start: SessionStart } } {
  const valid = checkedInputs(rec, start, zone);
  const dates = ruleDates(valid, start, MAX_SESSIONS);
  // Match what the counselor sees, which differs from the rule date only if a DST gap moved it.
  const shown = expandRecurrence(valid, start, zone).map((o) => o.date);
  const index = shown.indexOf(atDate) >= 0 ? shown.indexOf(atDate) : dates.indexOf(atDate);
  if (index < 0) throw new Error(`No session of this series is on ${atDate}.`);
  if (index === 0) return { before: null, after: { rec: valid, start } };

  const atStart = { date: dates[index] as string, time: start.time };
  const before: Recurrence = {
    ...valid,
    end: 'count' in valid.end ? { count: index } : { until: dates[index - 1] as string },
  };
  const afterEnd: RecurrenceEnd =
    'count' in valid.end ? { count: valid.end.count - index } : { until: valid.end.until };
  let after: Recurrence;
  if (valid.freq === 'weekly') {
    after = { ...valid, end: afterEnd };
  } else {
    // The later start may imply a different ordinal (a last Tuesday that is also the fourth),
    // so the ordinal is kept explicit only where it no longer follows from the start.
    const nth = valid.nth ?? derivedNth(start.date);
    const base = {
      freq: 'monthly',
      interval: valid.interval,
      by: valid.by,
      end: afterEnd,
    } as const;
    after =
      valid.by === 'nth-weekday' && nth !== derivedNth(atStart.date) ? { ...base, nth } : base;
  }
  return { before, after: { rec: after, start: atStart } };
}

// ---- plain English ----

function listOf(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function formatDate(date: string): string {
  const [y, m, d] = ymdParts(date);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** e.g. "Every 2 weeks on Monday and Thursday, until Jun 1, 2026". */
export function describeRecurrence(rec: Recurrence, start: SessionStart): string {
  let rule: string;
  if (rec.freq === 'weekly') {
    const days = [...(rec.byWeekday ?? [weekdayOf(start.date)])]
      .sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b))
      .map((day) => WEEKDAY_NAMES[day]);
    const every = rec.interval === 1 ? 'Every week' : `Every ${rec.interval} weeks`;
    rule = `${every} on ${listOf(days)}`;
  } else {
    const every = rec.interval === 1 ? 'Monthly' : `Every ${rec.interval} months`;
    if (rec.by === 'month-day') {
      const day = ymdParts(start.date)[2];
      rule = `${every} on day ${day}${day > 28 ? ' (months without it are skipped)' : ''}`;
    } else {
      const nth = rec.nth ?? derivedNth(start.date);
      rule = `${every} on the ${NTH_NAMES[`${nth}`]} ${WEEKDAY_NAMES[weekdayOf(start.date)]}`;
    }
  }
  const end =
    'count' in rec.end
      ? `${rec.end.count} ${rec.end.count === 1 ? 'session' : 'sessions'}`
      : `until ${formatDate(rec.end.until)}`;
  return `${rule}, ${end}`;
}
