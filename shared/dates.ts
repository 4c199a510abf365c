import { z } from 'zod';

/**
 * Time in Accord: instants are UTC ISO strings; the practice has an IANA time zone; dates without
 * a time (birth date, service date) are plain `YYYY-MM-DD` strings.
 */

export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Zones already checked. Bounded: zone names can come from typed input. */
const zoneValidity = new Map<string, boolean>();
const MAX_CHECKED_ZONES = 256;

/** An IANA zone name such as America/Chicago (or UTC), known to this runtime's Intl. */
export function isValidTimeZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  // Building an Intl.DateTimeFormat to test a zone costs ~50 µs; the calendar asks per series.
  const known = zoneValidity.get(zone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    valid = true;
  } catch {
    valid = false;
  }
  if (zoneValidity.size >= MAX_CHECKED_ZONES) zoneValidity.clear();
  zoneValidity.set(zone, valid);
  return valid;
}

export const isoDate = z
  .string('Enter a date.')
  .refine(isCalendarDate, 'Enter a real date as YYYY-MM-DD, like 2026-03-14.');

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
function zoneFormat(zone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    zoneFormats.set(zone, format);
  }
  return format;
}

/** Offset of `zone` from UTC at `instant`, in minutes (e.g. -300 for New York in winter). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const parts = zoneFormat(zone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const DAY_MS = 86_400_000;

/**
 * The UTC instant of a wall-clock time in `zone`, as RFC 5545 reads local times: in a fall-back
 * overlap the earlier instant; in a spring-forward gap, the time read with the offset from
 * before the gap (02:30 becomes 03:30).
 */
export function zonedTimeToUtc(date: string, time: string, zone: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Every offset in force within a day of the wall time: transitions are never a day apart.
  const offsets = new Set(
    [-DAY_MS, 0, DAY_MS].map((s) => zoneOffsetMinutes(new Date(wall + s), zone)),
  );
  const matches = [...offsets]
    .map((offset) => wall - offset * 60_000)
    .filter((t) => t + zoneOffsetMinutes(new Date(t), zone) * 60_000 === wall);
  if (matches.length > 0) return new Date(Math.min(...matches));
  return new Date(wall - zoneOffsetMinutes(new Date(wall - DAY_MS), zone) * 60_000);
}

/** The calendar date of an instant in `zone`. */
export function dateInZone(instant: Date, zone: string): string {
  return wallClock(instant, zone).date;
}

/** The local calendar date and HH:MM time of an instant in `zone`. */
export function wallClock(instant: Date, zone: string): { date: string; time: string } {
  const parts = zoneFormat(zone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
  };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d + days)).toISOString().slice(0, 10);
}

/** The half-open UTC range [start, end) of a practice-local day range, inclusive of `to`. */
export function dayRangeUtc(from: string, to: string, zone: string): { start: Date; end: Date } {
  return {
    start: zonedTimeToUtc(from, '00:00', zone),
    end: zonedTimeToUtc(addDays(to, 1), '00:00', zone),
  };
}

export function formatDateTime(iso: string, zone: string, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
