import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { AccordError } from '../../../shared/errors.ts';
import { addDays, daysBetween, wallClock, zonedTimeToUtc } from '../../../shared/dates.ts';
import {
  expandRecurrence,
  parseRRule,
  splitRecurrence,
  toRRule,
  WEEKDAYS,
  type Recurrence,
  type SessionStart,
} from '../../../shared/recurrence.ts';
import type {
  appointmentCreateInput,
  appointmentUpdateInput,
  ScheduleSettings,
} from '../../../shared/domain/scheduling.ts';
import { audited, type AuditRecord } from '../audit/audit.ts';
import { requireClientRow } from '../clients/clients.ts';
import type { Clock } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { getService } from '../services/services.ts';
import { requireAppointment, type AppointmentRow } from './appointments.ts';
import { placement } from './placement.ts';
import { bookingWarnings, confirmOrThrow, type Slot } from './warnings.ts';

/** What a write needs: the database, and the clock its audit event is stamped with. */
export interface Writable {
  db: Kysely<Database>;
  clock: Clock;
}

export interface Practice {
  timeZone: string;
  schedule: ScheduleSettings;
  now: Date;
}

interface Occurrence extends Slot {
  date: string;
  time: string;
  /** The date the series rule gave it (RFC 5545 RECURRENCE-ID); null for a single session. */
  occurrenceDate: string | null;
}

function slotAt(date: string, time: string, durationMin: number, zone: string): Occurrence {
  const start = zonedTimeToUtc(date, time, zone);
  const local = wallClock(start, zone);
  return {
    start,
    end: new Date(start.getTime() + durationMin * 60_000),
    date: local.date,
    time: local.time,
    occurrenceDate: null,
  };
}

function expandSeries(
  rec: Recurrence,
  start: SessionStart,
  durationMin: number,
  zone: string,
): Occurrence[] {
  try {
    return expandRecurrence(rec, start, zone).map((o) => {
      const startUtc = new Date(o.startUtc);
      return {
        start: startUtc,
        end: new Date(startUtc.getTime() + durationMin * 60_000),
        date: o.date,
        time: o.time,
        occurrenceDate: o.date,
      };
    });
  } catch (error) {
    throw new AccordError(
      'VALIDATION',
      error instanceof Error ? error.message : 'Check the repeat rule.',
      {
        fields: { recurrence: error instanceof Error ? error.message : 'Check the repeat rule.' },
      },
    );
  }
}

async function bookableClient(db: Kysely<Database>, clientId: number) {
  const client = await requireClientRow(db, clientId);
  if (client.status === 'discharged') {
    throw new AccordError(
      'CONFLICT',
      'This client is discharged. Re-activate them to book a session.',
      {
        fields: { clientId: 'This client is discharged.' },
      },
    );
  }
}

async function activeService(db: Kysely<Database>, serviceId: number) {
  const service = await getService(db, serviceId);
  if (!service.active) {
    throw new AccordError(
      'VALIDATION',
      `The service ${service.code} is archived. Choose another one.`,
      {
        fields: { serviceId: 'This service is archived.' },
      },
    );
  }
  return service;
}

/** Books one session or a whole series; returns the new sessions' ids. */
export async function book(
  ctx: Writable,
  input: z.output<typeof appointmentCreateInput>,
  practice: Practice,
  event: (ids: number[]) => AuditRecord,
): Promise<number[]> {
  const { db } = ctx;
  await bookableClient(db, input.clientId);
  const service = await activeService(db, input.serviceId);
  const where = placement(input.location, service, practice.schedule, input);
  const start = { date: input.date, time: input.time };
  const occurrences = input.recurrence
    ? expandSeries(input.recurrence, start, input.durationMin, practice.timeZone)
    : [slotAt(input.date, input.time, input.durationMin, practice.timeZone)];
  confirmOrThrow(
    await bookingWarnings(db, occurrences, practice.schedule, practice.timeZone, []),
    input.allowConflicts,
  );

  return audited(
    ctx,
    async (trx) => {
      let seriesId: number | null = null;
      if (input.recurrence) {
        ({ id: seriesId } = await trx
          .insertInto('appointment_series')
          .values({
            client_id: input.clientId,
            rrule: toRRule(input.recurrence, start, practice.timeZone),
            created_at: practice.now.toISOString(),
          })
          .returning('id')
          .executeTakeFirstOrThrow());
      }
      const ids: number[] = [];
      for (const o of occurrences) {
        const { id } = await trx
          .insertInto('appointments')
          .values({
            client_id: input.clientId,
            service_id: input.serviceId,
            start_at: o.start.toISOString(),
            end_at: o.end.toISOString(),
            local_date: o.date,
            local_time: o.time,
            duration_min: input.durationMin,
            location: input.location,
            place_of_service: where.placeOfService,
            modifiers: JSON.stringify(where.modifiers),
            status: 'scheduled',
            memo: input.memo,
            series_id: seriesId,
            occurrence_date: seriesId === null ? null : o.occurrenceDate,
            is_exception: 0,
            created_at: practice.now.toISOString(),
            updated_at: practice.now.toISOString(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids.push(id);
      }
      return ids;
    },
    event,
  );
}

type Update = z.output<typeof appointmentUpdateInput>;

/** The session's own fields with the counselor's changes laid over them. */
async function merged(
  db: Kysely<Database>,
  row: AppointmentRow,
  changes: Update['changes'],
  practice: Practice,
) {
  const serviceId = changes.serviceId ?? row.service_id;
  const service =
    serviceId === row.service_id
      ? await getService(db, serviceId)
      : await activeService(db, serviceId);
  const location = changes.location ?? row.location;
  const where =
    changes.location !== undefined || changes.serviceId !== undefined
      ? placement(location, service, practice.schedule, changes)
      : {
          placeOfService: changes.placeOfService ?? row.place_of_service,
          modifiers: changes.modifiers ?? (JSON.parse(row.modifiers) as string[]),
        };
  return {
    service_id: serviceId,
    duration_min: changes.durationMin ?? row.duration_min,
    location,
    place_of_service: where.placeOfService,
    modifiers: JSON.stringify(where.modifiers),
    memo: changes.memo ?? row.memo,
  };
}

/** Moves or edits one session, or a series from one session on ("following") or as a whole. */
export async function reschedule(
  ctx: Writable,
  input: Update,
  practice: Practice,
  event: (ids: number[]) => AuditRecord,
): Promise<number[]> {
  const { db } = ctx;
  const row = await requireAppointment(db, input.id);
  const fields = await merged(db, row, input.changes, practice);
  if (input.scope === 'this' || row.series_id === null) {
    const slot = slotAt(
      input.changes.date ?? row.local_date,
      input.changes.time ?? row.local_time,
      fields.duration_min,
      practice.timeZone,
    );
    confirmOrThrow(
      await bookingWarnings(db, [slot], practice.schedule, practice.timeZone, [row.id]),
      input.allowConflicts,
    );
    return audited(
      ctx,
      async (trx) => {
        await trx
          .updateTable('appointments')
          .set({
            ...fields,
            start_at: slot.start.toISOString(),
            end_at: slot.end.toISOString(),
            local_date: slot.date,
            local_time: slot.time,
            is_exception: row.series_id === null ? 0 : 1,
            updated_at: practice.now.toISOString(),
          })
          .where('id', '=', row.id)
          .execute();
        return [row.id];
      },
      event,
    );
  }
  return rescheduleSeries(ctx, row, row.series_id, input, fields, practice, event);
}

function shiftWeekdays(rec: Recurrence, days: number): Recurrence {
  if (rec.freq !== 'weekly' || !rec.byWeekday || days % 7 === 0) return rec;
  const shifted = rec.byWeekday.map(
    (d) => WEEKDAYS[(((WEEKDAYS.indexOf(d) + days) % 7) + 7) % 7] as (typeof WEEKDAYS)[number],
  );
  return { ...rec, byWeekday: [...new Set(shifted)] };
}

async function rescheduleSeries(
  ctx: Writable,
  row: AppointmentRow,
  seriesId: number,
  input: Update,
  fields: Awaited<ReturnType<typeof merged>>,
  practice: Practice,
  event: (ids: number[]) => AuditRecord,
): Promise<number[]> {
  const { db } = ctx;
  const zone = practice.timeZone;
  const series = await db
    .selectFrom('appointment_series')
    .selectAll()
    .where('id', '=', seriesId)
    .executeTakeFirstOrThrow();
  const { rec, start } = parseRRule(series.rrule);
  const atDate = input.scope === 'all' ? start.date : (row.occurrence_date ?? row.local_date);
  const split = splitRecurrence(rec, start, zone, atDate);
  const shift = input.changes.date
    ? daysBetween(row.occurrence_date ?? row.local_date, input.changes.date)
    : 0;
  const nextRule = shiftWeekdays(split.after.rec, shift);
  const nextStart = {
    date: addDays(split.after.start.date, shift),
    time: input.changes.time ?? split.after.start.time,
  };
  const occurrences = expandSeries(nextRule, nextStart, fields.duration_min, zone);

  const later = await db
    .selectFrom('appointments')
    .selectAll()
    .where('series_id', '=', seriesId)
    .where('occurrence_date', '>=', atDate)
    .orderBy('occurrence_date')
    .execute();
  // Sessions already held, cancelled or moved on their own stay as they are (RFC 5545 exceptions).
  const movable = later.filter((r) => r.status === 'scheduled' && r.is_exception === 0);
  const kept = new Set(later.filter((r) => !movable.includes(r)).map((r) => r.occurrence_date));
  const wanted = occurrences.filter((o) => !kept.has(o.occurrenceDate));
  confirmOrThrow(
    await bookingWarnings(
      db,
      wanted,
      practice.schedule,
      zone,
      movable.map((r) => r.id),
    ),
    input.allowConflicts,
  );

  return audited(
    ctx,
    async (trx) => {
      let targetSeries = seriesId;
      if (split.before) {
        await trx
          .updateTable('appointment_series')
          .set({ rrule: toRRule(split.before, start, zone) })
          .where('id', '=', seriesId)
          .execute();
        ({ id: targetSeries } = await trx
          .insertInto('appointment_series')
          .values({
            client_id: row.client_id,
            rrule: toRRule(nextRule, nextStart, zone),
            created_at: practice.now.toISOString(),
          })
          .returning('id')
          .executeTakeFirstOrThrow());
        await trx
          .updateTable('appointments')
          .set({ series_id: targetSeries })
          .where('series_id', '=', seriesId)
          .where('occurrence_date', '>=', atDate)
          .execute();
      } else {
        await trx
          .updateTable('appointment_series')
          .set({ rrule: toRRule(nextRule, nextStart, zone) })
          .where('id', '=', seriesId)
          .execute();
      }
      return placeOccurrences(
        trx,
        movable,
        wanted,
        { ...fields, client_id: row.client_id, series_id: targetSeries },
        practice.now,
      );
    },
    event,
  );
}

/** Reuses existing rows in order (their ids may be referenced), then removes or adds the rest. */
async function placeOccurrences(
  trx: Transaction<Database>,
  rows: AppointmentRow[],
  occurrences: Occurrence[],
  fields: Awaited<ReturnType<typeof merged>> & { client_id: number; series_id: number },
  now: Date,
): Promise<number[]> {
  const ids: number[] = [];
  const at = now.toISOString();
  for (const [i, o] of occurrences.entries()) {
    const values = {
      ...fields,
      start_at: o.start.toISOString(),
      end_at: o.end.toISOString(),
      local_date: o.date,
      local_time: o.time,
      occurrence_date: o.occurrenceDate,
      updated_at: at,
    };
    const existing = rows[i];
    if (existing) {
      await trx.updateTable('appointments').set(values).where('id', '=', existing.id).execute();
      ids.push(existing.id);
    } else {
      const { id } = await trx
        .insertInto('appointments')
        .values({ ...values, status: 'scheduled', is_exception: 0, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(id);
    }
  }
  const surplus = rows.slice(occurrences.length).map((r) => r.id);
  if (surplus.length > 0) await trx.deleteFrom('appointments').where('id', 'in', surplus).execute();
  return ids;
}
