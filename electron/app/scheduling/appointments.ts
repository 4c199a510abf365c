import type { Kysely, Selectable } from 'kysely';
import { AccordError } from '../../../shared/errors.ts';
import { dayRangeUtc } from '../../../shared/dates.ts';
import { describeRRule } from '../../../shared/recurrence.ts';
import {
  FREES_SLOT,
  type Appointment,
  type AppointmentStatus,
  type PendingFee,
} from '../../../shared/domain/scheduling.ts';
import { chargedSessions } from '../billing/ledger.ts';
import { clientLabels } from '../clients/clients.ts';
import type { Database } from '../db/schema.ts';

export type AppointmentRow = Selectable<Database['appointments']>;

/** Longest session: a booking that starts this long before a window cannot reach into it. */
const MAX_DURATION_MS = 480 * 60_000;

export async function requireAppointment(
  db: Kysely<Database>,
  id: number,
): Promise<AppointmentRow> {
  const row = await db
    .selectFrom('appointments')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) {
    throw new AccordError(
      'NOT_FOUND',
      'That session could not be found. It may have been changed; refresh the calendar.',
      {
        fields: { id: 'No session with this id.' },
      },
    );
  }
  return row;
}

/** Turns rows into what screens show: client and service names, the series in words, any fee. */
export async function toAppointments(
  db: Kysely<Database>,
  rows: AppointmentRow[],
): Promise<Appointment[]> {
  if (rows.length === 0) return [];
  const labels = await clientLabels(
    db,
    rows.map((r) => r.client_id),
  );
  const serviceIds = [...new Set(rows.map((r) => r.service_id))];
  const services = new Map(
    (
      await db
        .selectFrom('services')
        .select(['id', 'code', 'label'])
        .where('id', 'in', serviceIds)
        .execute()
    ).map((s) => [s.id, s]),
  );
  const seriesIds = [...new Set(rows.flatMap((r) => (r.series_id === null ? [] : [r.series_id])))];
  const series = new Map(
    seriesIds.length === 0
      ? []
      : (
          await db
            .selectFrom('appointment_series')
            .select(['id', 'rrule'])
            .where('id', 'in', seriesIds)
            .execute()
        ).map((s) => [s.id, describeRRule(s.rrule)] as const),
  );
  const fees = new Map(
    (
      await db
        .selectFrom('policy_fees')
        .selectAll()
        .where(
          'appointment_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    ).map((f): [number, PendingFee] => [
      f.appointment_id,
      {
        id: f.id,
        kind: f.kind,
        amountCents: f.amount_cents,
        status: f.status,
        waiveReason: f.waive_reason,
      },
    ]),
  );
  const charged = await chargedSessions(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const client = labels.get(r.client_id);
    const service = services.get(r.service_id);
    return {
      id: r.id,
      clientId: r.client_id,
      clientName: client?.name ?? '',
      clientInitials: client?.initials ?? '',
      serviceId: r.service_id,
      serviceCode: service?.code ?? '',
      serviceLabel: service?.label ?? '',
      start: r.start_at,
      end: r.end_at,
      date: r.local_date,
      time: r.local_time,
      durationMin: r.duration_min,
      location: r.location,
      placeOfService: r.place_of_service,
      modifiers: JSON.parse(r.modifiers) as string[],
      status: r.status,
      memo: r.memo,
      seriesId: r.series_id,
      seriesDescription: r.series_id === null ? null : (series.get(r.series_id) ?? null),
      isException: r.is_exception === 1,
      fee: fees.get(r.id) ?? null,
      charged: charged.has(r.id),
    };
  });
}

/** Sessions whose start falls in the practice-local days [from, to]. */
export async function appointmentsInRange(
  db: Kysely<Database>,
  from: string,
  to: string,
  timeZone: string,
): Promise<AppointmentRow[]> {
  const { start, end } = dayRangeUtc(from, to, timeZone);
  return db
    .selectFrom('appointments')
    .selectAll()
    .where('start_at', '>=', start.toISOString())
    .where('start_at', '<', end.toISOString())
    .orderBy('start_at')
    .orderBy('id')
    .execute();
}

export interface Overlap {
  kind: 'appointment' | 'time_off';
  start: string;
  end: string;
  label: string;
}

/**
 * What a booking of [start, end) would overlap: live sessions and time off. Intervals are
 * half-open, so a session ending at 10:50 and one starting at 10:50 do not conflict.
 */
export async function findOverlaps(
  db: Kysely<Database>,
  start: Date,
  end: Date,
  ignoreIds: readonly number[],
): Promise<Overlap[]> {
  const earliest = new Date(start.getTime() - MAX_DURATION_MS).toISOString();
  let sessions = db
    .selectFrom('appointments')
    .select(['id', 'client_id', 'start_at', 'end_at', 'status'])
    .where('start_at', '>', earliest)
    .where('start_at', '<', end.toISOString())
    .where('end_at', '>', start.toISOString());
  if (ignoreIds.length > 0) sessions = sessions.where('id', 'not in', ignoreIds);
  const rows = (await sessions.execute()).filter(
    (r) => !FREES_SLOT.has(r.status as AppointmentStatus),
  );
  const labels = await clientLabels(
    db,
    rows.map((r) => r.client_id),
  );
  const timeOff = await db
    .selectFrom('time_off')
    .selectAll()
    .where('start_at', '<', end.toISOString())
    .where('end_at', '>', start.toISOString())
    .execute();
  return [
    ...rows.map((r) => ({
      kind: 'appointment' as const,
      start: r.start_at,
      end: r.end_at,
      label: `a session with ${labels.get(r.client_id)?.name ?? 'another client'}`,
    })),
    ...timeOff.map((t) => ({
      kind: 'time_off' as const,
      start: t.start_at,
      end: t.end_at,
      label: t.label ? `time off (${t.label})` : 'time off',
    })),
  ];
}
