import { AccordError } from '../../../shared/errors.ts';
import { addDays, dateInZone, dayRangeUtc, zonedTimeToUtc } from '../../../shared/dates.ts';
import { FREES_SLOT, STATUS_LABELS } from '../../../shared/domain/scheduling.ts';
import { audited, recordEvent } from '../audit/audit.ts';
import { clientLabels, countClients, requireClientRow } from '../clients/clients.ts';
import type { AppContext, DomainHandlers } from '../context.ts';
import { saveFile } from '../files.ts';
import { countServices } from '../services/services.ts';
import { getPractice, getSchedule } from '../settings/settings.ts';
import { appointmentsInRange, requireAppointment, toAppointments } from './appointments.ts';
import { book, reschedule, type Practice } from './booking.ts';
import { buildIcs } from './ics.ts';
import { changeStatus, waiveFee } from './status.ts';

const SCOPE_WORDS = { this: 'this session', following: 'this and following', all: 'whole series' };

async function practiceOf({ db, clock }: AppContext): Promise<Practice> {
  const [{ timeZone }, schedule] = await Promise.all([getPractice(db), getSchedule(db)]);
  return { timeZone, schedule, now: clock.now() };
}

async function loadAppointments(ctx: AppContext, ids: number[]) {
  const rows = await ctx.db
    .selectFrom('appointments')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy('start_at')
    .execute();
  return toAppointments(ctx.db, rows);
}

export const scheduleHandlers: DomainHandlers<'schedule'> = {
  'schedule.range': async ({ from, to }, ctx) => {
    const practice = await practiceOf(ctx);
    const { start, end } = dayRangeUtc(from, to, practice.timeZone);
    const rows = await appointmentsInRange(ctx.db, from, to, practice.timeZone);
    const timeOff = await ctx.db
      .selectFrom('time_off')
      .selectAll()
      .where('start_at', '<', end.toISOString())
      .where('end_at', '>', start.toISOString())
      .orderBy('start_at')
      .execute();
    return {
      appointments: await toAppointments(ctx.db, rows),
      timeOff: timeOff.map((t) => ({ id: t.id, start: t.start_at, end: t.end_at, label: t.label })),
      settings: practice.schedule,
      timeZone: practice.timeZone,
    };
  },

  'schedule.forClient': async ({ clientId }, ctx) => {
    await requireClientRow(ctx.db, clientId);
    const now = ctx.clock.now().toISOString();
    const rows = await ctx.db
      .selectFrom('appointments')
      .selectAll()
      .where('client_id', '=', clientId)
      .orderBy('start_at')
      .execute();
    const upcoming = rows.filter((r) => r.end_at > now);
    // The most recent first, and only the last 100: older history belongs to reports.
    const past = rows
      .filter((r) => r.end_at <= now)
      .reverse()
      .slice(0, 100);
    return {
      upcoming: await toAppointments(ctx.db, upcoming),
      past: await toAppointments(ctx.db, past),
    };
  },

  'schedule.create': async (input, ctx) => {
    const ids = await book(ctx, input, await practiceOf(ctx), (booked) => ({
      action: 'appointment.created',
      entity: 'appointment',
      entityId: String(booked[0]),
      clientId: input.clientId,
      summary:
        booked.length === 1
          ? `Session booked for ${input.date} ${input.time}`
          : `Series of ${booked.length} sessions booked from ${input.date} ${input.time}`,
    }));
    return { appointments: await loadAppointments(ctx, ids) };
  },

  'schedule.update': async (input, ctx) => {
    const before = await requireAppointment(ctx.db, input.id);
    const changed = Object.keys(input.changes).join(', ') || 'nothing';
    const ids = await reschedule(ctx, input, await practiceOf(ctx), () => ({
      action: 'appointment.updated',
      entity: 'appointment',
      entityId: String(input.id),
      clientId: before.client_id,
      summary: `Session of ${before.local_date} changed (${SCOPE_WORDS[input.scope]}): ${changed}`,
    }));
    return { appointments: await loadAppointments(ctx, ids) };
  },

  'schedule.setStatus': async (input, ctx) => {
    const practice = await practiceOf(ctx);
    const { rows } = await changeStatus(ctx, input, practice.schedule, ({ rows, applied }) => ({
      action: 'appointment.status_changed',
      entity: 'appointment',
      entityId: String(input.id),
      clientId: rows[0]?.client_id ?? null,
      summary:
        rows.length === 1
          ? `Session of ${rows[0]?.local_date} marked ${STATUS_LABELS[applied[0] ?? input.status]}`
          : `${rows.length} sessions from ${rows[0]?.local_date} marked ${STATUS_LABELS[input.status]}`,
    }));
    return {
      appointments: await loadAppointments(
        ctx,
        rows.map((r) => r.id),
      ),
    };
  },

  'schedule.exportIcs': async ({ from, to }, ctx) => {
    const practice = await practiceOf(ctx);
    const rows = (await appointmentsInRange(ctx.db, from, to, practice.timeZone)).filter(
      (r) => !FREES_SLOT.has(r.status) && r.status !== 'no_show',
    );
    const labels =
      practice.schedule.icsLabel === 'initials'
        ? await clientLabels(
            ctx.db,
            rows.map((r) => r.client_id),
          )
        : null;
    const ics = buildIcs(
      rows.map((r) => ({
        uid: `appointment-${r.id}`,
        startUtc: r.start_at,
        endUtc: r.end_at,
        // Never clinical detail: "Session", or the client's initials if the counselor chose that.
        summary: labels ? `Session ${labels.get(r.client_id)?.initials ?? ''}`.trim() : 'Session',
        location: r.location === 'telehealth' ? 'Telehealth' : 'Office',
      })),
      { now: practice.now, calendarName: 'Accord sessions' },
    );
    const result = await saveFile(
      ctx.files,
      {
        title: 'Export calendar',
        suggestedName: `accord-sessions-${from}-to-${to}.ics`,
        extensions: ['ics'],
      },
      ics,
    );
    if (result.saved) {
      await recordEvent(ctx, {
        action: 'schedule.exported',
        entity: 'appointment',
        summary: `${rows.length} sessions from ${from} to ${to} exported to ${result.fileName}`,
      });
    }
    return { ...result, count: rows.length };
  },
};

export const timeOffHandlers: DomainHandlers<'timeOff'> = {
  'timeOff.create': async (input, ctx) => {
    const { timeZone } = await getPractice(ctx.db);
    const start = zonedTimeToUtc(input.startDate, input.startTime, timeZone).toISOString();
    const end = zonedTimeToUtc(input.endDate, input.endTime, timeZone).toISOString();
    const id = await audited(
      ctx,
      async (trx) =>
        (
          await trx
            .insertInto('time_off')
            .values({
              start_at: start,
              end_at: end,
              label: input.label,
              created_at: ctx.clock.now().toISOString(),
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      (created) => ({
        action: 'time_off.created',
        entity: 'time_off',
        entityId: String(created),
        summary: `Time off from ${input.startDate} ${input.startTime} to ${input.endDate} ${input.endTime}`,
      }),
    );
    return { id, start, end, label: input.label };
  },

  'timeOff.delete': async ({ id }, ctx) => {
    await audited(
      ctx,
      async (trx) => {
        const { numDeletedRows } = await trx
          .deleteFrom('time_off')
          .where('id', '=', id)
          .executeTakeFirst();
        if (numDeletedRows === 0n)
          throw new AccordError('NOT_FOUND', 'That time off could not be found.');
      },
      {
        action: 'time_off.deleted',
        entity: 'time_off',
        entityId: String(id),
        summary: 'Time off removed',
      },
    );
    return {};
  },
};

export const feesHandlers: DomainHandlers<'fees'> = {
  'fees.waive': async ({ id, reason }, ctx) => {
    const { appointmentId } = await audited(
      ctx,
      (trx) => waiveFee(trx, id, reason, ctx.clock.now()),
      (waived) => ({
        action: 'fee.waived',
        entity: 'policy_fee',
        entityId: String(id),
        clientId: waived.clientId,
        summary: 'Policy fee waived',
      }),
    );
    return { appointments: await loadAppointments(ctx, [appointmentId]) };
  },
};

export const todayHandlers: DomainHandlers<'today'> = {
  'today.get': async ({ date }, ctx) => {
    const practice = await practiceOf(ctx);
    const day = date ?? dateInZone(practice.now, practice.timeZone);
    const weekEnd = addDays(day, 6);
    const rows = await appointmentsInRange(ctx.db, day, weekEnd, practice.timeZone);
    const dayOf = (r: (typeof rows)[number]) => dateInZone(new Date(r.start_at), practice.timeZone);
    const week = Array.from({ length: 7 }, (_, i) => {
      const d = addDays(day, i);
      return {
        date: d,
        count: rows.filter((r) => dayOf(r) === d && !FREES_SLOT.has(r.status)).length,
      };
    });
    const { n } = await ctx.db
      .selectFrom('appointments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return {
      date: day,
      sessions: await toAppointments(
        ctx.db,
        rows.filter((r) => dayOf(r) === day),
      ),
      week,
      counts: {
        clients: await countClients(ctx.db),
        services: await countServices(ctx.db),
        appointments: n,
      },
    };
  },
};
