import type { Kysely } from 'kysely';
import { AccordError } from '../../../shared/errors.ts';
import { wallClock } from '../../../shared/dates.ts';
import { WEEKDAYS } from '../../../shared/recurrence.ts';
import type { ScheduleSettings } from '../../../shared/domain/scheduling.ts';
import type { Database } from '../db/schema.ts';
import { findOverlaps } from './appointments.ts';

export interface Slot {
  start: Date;
  end: Date;
}

function describeSlot(slot: Slot, zone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(slot.start);
}

function time(iso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** Overlaps with sessions or time off, and times outside working hours, in plain words. */
export async function bookingWarnings(
  db: Kysely<Database>,
  slots: readonly Slot[],
  settings: ScheduleSettings,
  zone: string,
  ignoreIds: readonly number[],
): Promise<string[]> {
  const warnings: string[] = [];
  for (const slot of slots) {
    const when = describeSlot(slot, zone);
    for (const o of await findOverlaps(db, slot.start, slot.end, ignoreIds)) {
      warnings.push(`${when} overlaps ${o.label} (${time(o.start, zone)}–${time(o.end, zone)}).`);
    }
    const start = wallClock(slot.start, zone);
    const end = wallClock(slot.end, zone);
    const day = WEEKDAYS[
      (new Date(`${start.date}T00:00:00Z`).getUTCDay() + 6) % 7
    ] as (typeof WEEKDAYS)[number];
    const hours = settings.workingHours[day];
    if (!hours) {
      warnings.push(`${when} is on a day you do not work.`);
    } else if (start.time < hours.start || end.date !== start.date || end.time > hours.end) {
      warnings.push(`${when} is outside your working hours (${hours.start}–${hours.end}).`);
    }
  }
  return warnings;
}

/** Refuses a booking with warnings until the counselor confirms it. */
export function confirmOrThrow(warnings: string[], allow: boolean): void {
  if (warnings.length === 0 || allow) return;
  const shown = warnings.slice(0, 5);
  const more = warnings.length > 5 ? ` And ${warnings.length - 5} more.` : '';
  throw new AccordError('CONFLICT', `Please confirm: ${shown.join(' ')}${more}`, {
    fields: { start: shown[0] as string },
  });
}
