import type { Kysely, Transaction } from 'kysely';
import { AccordError } from '../../../shared/errors.ts';
import type {
  AppointmentStatus,
  ScheduleSettings,
  Scope,
} from '../../../shared/domain/scheduling.ts';
import { audited, type AuditRecord } from '../audit/audit.ts';
import type { Database } from '../db/schema.ts';
import type { Writable } from './booking.ts';
import { requireAppointment, type AppointmentRow } from './appointments.ts';

export interface StatusChange {
  rows: AppointmentRow[];
  applied: AppointmentStatus[];
}

const CANCELLATIONS: ReadonlySet<AppointmentStatus> = new Set([
  'cancelled_client',
  'cancelled_counselor',
  'late_cancel',
]);
const FEE_KIND: Partial<Record<AppointmentStatus, 'late_cancel' | 'no_show'>> = {
  late_cancel: 'late_cancel',
  no_show: 'no_show',
};

/** A client's cancellation inside the policy window is a late cancel. */
function effectiveStatus(
  row: AppointmentRow,
  status: AppointmentStatus,
  settings: ScheduleSettings,
  now: Date,
): AppointmentStatus {
  if (status !== 'cancelled_client') return status;
  const start = Date.parse(row.start_at);
  const windowStart = start - settings.lateCancelHours * 3_600_000;
  return now.getTime() >= windowStart && now.getTime() < Date.parse(row.end_at)
    ? 'late_cancel'
    : status;
}

async function targets(
  db: Kysely<Database>,
  row: AppointmentRow,
  scope: Scope,
): Promise<AppointmentRow[]> {
  if (scope === 'this' || row.series_id === null) return [row];
  let query = db
    .selectFrom('appointments')
    .selectAll()
    .where('series_id', '=', row.series_id)
    .where('status', '=', 'scheduled');
  if (scope === 'following')
    query = query.where('occurrence_date', '>=', row.occurrence_date ?? row.local_date);
  const rows = await query.orderBy('start_at').execute();
  return rows.some((r) => r.id === row.id) ? rows : [row, ...rows];
}

/** Keeps the session's policy fee in step with its status: pending for late cancels and no-shows. */
async function syncFee(
  trx: Transaction<Database>,
  row: AppointmentRow,
  status: AppointmentStatus,
  settings: ScheduleSettings,
  now: Date,
): Promise<void> {
  const existing = await trx
    .selectFrom('policy_fees')
    .selectAll()
    .where('appointment_id', '=', row.id)
    .executeTakeFirst();
  const kind = FEE_KIND[status];
  if (existing?.status === 'billed' && existing.kind !== kind) {
    throw new AccordError(
      'CONFLICT',
      'This session’s fee is already billed. Correct it in billing first.',
    );
  }
  if (existing && existing.kind !== kind) {
    await trx.deleteFrom('policy_fees').where('id', '=', existing.id).execute();
  }
  if (!kind || existing?.kind === kind) return;
  const amount = kind === 'no_show' ? settings.noShowFeeCents : settings.lateCancelFeeCents;
  if (amount === 0) return;
  await trx
    .insertInto('policy_fees')
    .values({
      appointment_id: row.id,
      client_id: row.client_id,
      kind,
      amount_cents: amount,
      status: 'pending',
      waive_reason: null,
      created_at: now.toISOString(),
      resolved_at: null,
    })
    .execute();
}

/** Sets a status on one session or, for cancellations, on a series from this session on. */
export async function changeStatus(
  ctx: Writable,
  input: { id: number; status: AppointmentStatus; scope: Scope },
  settings: ScheduleSettings,
  event: (changed: StatusChange) => AuditRecord,
): Promise<StatusChange> {
  const { db } = ctx;
  const now = ctx.clock.now();
  const row = await requireAppointment(db, input.id);
  if (input.scope !== 'this' && row.series_id !== null && !CANCELLATIONS.has(input.status)) {
    throw new AccordError(
      'VALIDATION',
      'Only a cancellation can apply to several sessions at once.',
      {
        fields: { scope: 'Choose "this session" for this status.' },
      },
    );
  }
  if (
    (input.status === 'attended' || input.status === 'no_show') &&
    Date.parse(row.start_at) > now.getTime()
  ) {
    throw new AccordError(
      'VALIDATION',
      'A session that has not started yet cannot be marked attended or no-show.',
      {
        fields: { status: 'This session is in the future.' },
      },
    );
  }
  const rows = await targets(db, row, input.scope);
  const applied = rows.map((r) => effectiveStatus(r, input.status, settings, now));
  return audited(
    ctx,
    async (trx) => {
      for (const [i, r] of rows.entries()) {
        const status = applied[i] as AppointmentStatus;
        await syncFee(trx, r, status, settings, now);
        await trx
          .updateTable('appointments')
          .set({
            status,
            is_exception:
              r.series_id !== null && input.scope === 'this' && CANCELLATIONS.has(status)
                ? 1
                : r.is_exception,
            updated_at: now.toISOString(),
          })
          .where('id', '=', r.id)
          .execute();
      }
      return { rows, applied };
    },
    event,
  );
}

export async function waiveFee(
  trx: Transaction<Database>,
  id: number,
  reason: string,
  now: Date,
): Promise<{ clientId: number; appointmentId: number }> {
  const fee = await trx
    .selectFrom('policy_fees')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!fee) throw new AccordError('NOT_FOUND', 'That fee could not be found.');
  if (fee.status !== 'pending') {
    throw new AccordError(
      'CONFLICT',
      `This fee is already ${fee.status}; only a pending fee can be waived.`,
    );
  }
  await trx
    .updateTable('policy_fees')
    .set({ status: 'waived', waive_reason: reason, resolved_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
  return { clientId: fee.client_id, appointmentId: fee.appointment_id };
}
