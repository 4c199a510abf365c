import type { ClientStatus } from '../../../../shared/domain/clients.ts';

/** Dates and times as the counselor reads them. Plain dates are calendar days, never instants. */

const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const timeFormat = new Intl.DateTimeFormat('en-US', { timeStyle: 'short', timeZone: 'UTC' });

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "Apr 12, 1988" */
export function formatDay(date: string): string {
  return dayFormat.format(utcDate(date));
}

/** "Mon, Mar 2, 2026" */
export function formatWeekday(date: string): string {
  return weekdayFormat.format(utcDate(date));
}

/** "10:00" → "10:00 AM" */
export function formatTime(time: string): string {
  return timeFormat.format(new Date(`1970-01-01T${time}:00Z`));
}

/** Whole years from a birth date to `today` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function birthLine(birthDate: string | null, today: string): string {
  if (!birthDate) return '';
  const age = ageOn(birthDate, today);
  return `${formatDay(birthDate)} (${age} ${age === 1 ? 'year' : 'years'})`;
}

export const STATUS_NAMES: Record<ClientStatus, string> = {
  active: 'Active',
  waitlist: 'Waitlist',
  discharged: 'Discharged',
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
