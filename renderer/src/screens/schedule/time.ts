import { dateInZone } from '../../../../shared/dates.ts';
import { WEEKDAYS, type Weekday } from '../../../../shared/recurrence.ts';

/**
 * Dates and times as the schedule shows them: always in the practice's time zone, whatever the
 * computer's own zone is.
 */

export function todayIn(zone: string): string {
  return dateInZone(new Date(), zone);
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function timeFormat(zone: string): Intl.DateTimeFormat {
  let format = timeFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hour: 'numeric',
      minute: '2-digit',
    });
    timeFormats.set(zone, format);
  }
  return format;
}

/** "10:00 AM" for an instant, in the practice's zone. */
export function formatTime(iso: string, zone: string): string {
  return timeFormat(zone).format(new Date(iso));
}

/** "10:00 – 10:50 AM" */
export function formatTimeRange(startIso: string, endIso: string, zone: string): string {
  return timeFormat(zone).formatRange(new Date(startIso), new Date(endIso));
}

// A plain date names a calendar day, not an instant: read and print it in UTC so no zone moves it.
function plainDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "Monday, March 2, 2026" */
export function formatDateLong(date: string): string {
  return plainDate(date).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  });
}

/** "Mon, Mar 2" */
export function formatDateShort(date: string): string {
  return plainDate(date).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  });
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[(plainDate(date).getUTCDay() + 6) % 7] as Weekday;
}

/**
 * The local date and time in a calendar string such as "2026-03-02T10:00:00-05:00": FullCalendar
 * writes them in the calendar's time zone, which is the practice's.
 */
export function wallTimeOf(calendarString: string): { date: string; time: string } {
  return { date: calendarString.slice(0, 10), time: calendarString.slice(11, 16) || '00:00' };
}

/** Minutes from "HH:MM" to "HH:MM". */
export function minutesBetween(from: string, to: string): number {
  const [fh, fm] = from.split(':').map(Number) as [number, number];
  const [th, tm] = to.split(':').map(Number) as [number, number];
  return th * 60 + tm - (fh * 60 + fm);
}

/** "Mar 4, 9:00 AM – 1:00 PM" or across days "Mar 4, 9:00 AM – Mar 6, 5:00 PM". */
export function formatDateTimeRange(startIso: string, endIso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).formatRange(new Date(startIso), new Date(endIso));
}
