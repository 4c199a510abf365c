import type { Kysely, Selectable, Transaction } from 'kysely';
import { AccordError } from '../../../shared/errors.ts';
import { addDays } from '../../../shared/dates.ts';
import {
  billingSettings,
  codeForMinutes,
  DEFAULT_BILLING_SETTINGS,
  isTimedPsychotherapy,
  type BillingSettings,
  type EndOfDay,
} from '../../../shared/domain/billing.ts';
import { clientLabels } from '../clients/clients.ts';
import type { Database } from '../db/schema.ts';
import { noteStates } from '../notes/notes.ts';
import { appointmentsInRange, type AppointmentRow } from '../scheduling/appointments.ts';
import { getService } from '../services/services.ts';
import { readSetting } from '../settings/settings.ts';
import { ledgerOf } from './ledger.ts';

export async function billingSettingsOf(db: Kysely<Database>): Promise<BillingSettings> {
  const parsed = billingSettings.safeParse(await readSetting(db, 'billing'));
  return parsed.success ? parsed.data : DEFAULT_BILLING_SETTINGS;
}

export async function isClosed(db: Kysely<Database>, day: string): Promise<boolean> {
  return (
    (await db.selectFrom('day_sheets').select('day').where('day', '=', day).executeTakeFirst()) !==
    undefined
  );
}

/** Refuses a money line dated on a closed day: corrections go on a later day. */
export async function requireOpenDay(db: Kysely<Database>, day: string): Promise<void> {
  if (await isClosed(db, day)) {
    throw new AccordError('CONFLICT', `${day} is closed. Record the correction on a later day.`, {
      fields: { day: 'This day is closed.' },
    });
  }
}

/** A session's charge line, from its service's fee. */
export async function insertSessionCharge(
  trx: Transaction<Database>,
  session: Selectable<Database['appointments']>,
  responsible: 'client' | 'payer',
  at: Date,
): Promise<number> {
  const service = await getService(trx, session.service_id);
  await trx
    .insertInto('charges')
    .values({
      client_id: session.client_id,
      appointment_id: session.id,
      policy_fee_id: null,
      service_date: session.local_date,
      description: `${service.code} ${service.label}`,
      service_code: service.code,
      modifiers: session.modifiers,
      place_of_service: session.place_of_service,
      units: 1,
      amount_cents: service.feeCents,
      responsible,
      created_at: at.toISOString(),
    })
    .execute();
  return service.feeCents;
}

export async function insertFeeCharge(
  trx: Transaction<Database>,
  fee: Selectable<Database['policy_fees']>,
  day: string,
  at: Date,
): Promise<void> {
  await trx
    .insertInto('charges')
    .values({
      client_id: fee.client_id,
      appointment_id: null,
      policy_fee_id: fee.id,
      service_date: day,
      description: fee.kind === 'no_show' ? 'No-show fee' : 'Late cancellation fee',
      service_code: null,
      modifiers: '[]',
      place_of_service: null,
      units: 1,
      amount_cents: fee.amount_cents,
      responsible: 'client',
      created_at: at.toISOString(),
    })
    .execute();
  await trx
    .updateTable('policy_fees')
    .set({ status: 'billed', resolved_at: at.toISOString() })
    .where('id', '=', fee.id)
    .execute();
}

async function dayData(db: Kysely<Database>, day: string, timeZone: string) {
  const sessions = (await appointmentsInRange(db, day, day, timeZone)).filter(
    (s) => s.status !== 'cancelled_client' && s.status !== 'cancelled_counselor',
  );
  const ids = sessions.map((s) => s.id);
  const charges = ids.length
    ? await db
        .selectFrom('charges')
        .select(['appointment_id', 'amount_cents'])
        .where('appointment_id', 'in', ids)
        .execute()
    : [];
  const fees = ids.length
    ? await db.selectFrom('policy_fees').selectAll().where('appointment_id', 'in', ids).execute()
    : [];
  return {
    sessions,
    charged: new Map(charges.map((c) => [c.appointment_id as number, c.amount_cents])),
    fees: new Map(fees.map((f) => [f.appointment_id, f])),
    notes: await noteStates(db, ids),
  };
}

/** One screen's worth of the day, in session order, with what each session still needs. */
export async function endOfDay(
  db: Kysely<Database>,
  day: string,
  timeZone: string,
  today: string,
): Promise<EndOfDay> {
  const settings = await billingSettingsOf(db);
  const { sessions, charged, fees, notes } = await dayData(db, day, timeZone);
  const labels = await clientLabels(
    db,
    sessions.map((s) => s.client_id),
  );
  const services = new Map<number, { code: string; feeCents: number }>();
  for (const s of sessions)
    if (!services.has(s.service_id)) services.set(s.service_id, await getService(db, s.service_id));
  const payments = await db
    .selectFrom('payments')
    .selectAll()
    .where('received_on', '=', day)
    .execute();
  const balances = new Map<number, number>();
  for (const id of new Set(sessions.map((s) => s.client_id)))
    balances.set(id, (await ledgerOf(db, id)).balanceCents);

  const rows = sessions.map((s: AppointmentRow) => {
    const service = services.get(s.service_id) as { code: string; feeCents: number };
    const note = notes.get(s.id);
    const attended = s.status === 'attended';
    const suggested =
      attended && isTimedPsychotherapy(service.code) ? codeForMinutes(s.duration_min) : null;
    const posted = charged.get(s.id);
    const waiting = attended && settings.requireSignedNote && note?.status !== 'signed';
    const fee = fees.get(s.id);
    return {
      appointmentId: s.id,
      clientId: s.client_id,
      clientName: labels.get(s.client_id)?.name ?? '',
      time: s.local_time,
      durationMin: s.duration_min,
      status: s.status,
      serviceCode: service.code,
      suggestedCode: suggested && suggested !== service.code ? suggested : null,
      note: attended ? (note?.status ?? ('missing' as const)) : ('not_needed' as const),
      charge:
        posted !== undefined
          ? { state: 'posted' as const, amountCents: posted }
          : attended
            ? {
                state: waiting ? ('waiting_for_note' as const) : ('suggested' as const),
                amountCents: service.feeCents,
              }
            : { state: 'none' as const, amountCents: 0 },
      fee: fee
        ? { id: fee.id, kind: fee.kind, amountCents: fee.amount_cents, status: fee.status }
        : null,
      paidTodayCents: payments
        .filter((p) => p.client_id === s.client_id)
        .reduce((sum, p) => sum + p.amount_cents, 0),
      balanceCents: balances.get(s.client_id) ?? 0,
    };
  });

  const dayCharges = await db
    .selectFrom('charges')
    .select(['service_code', 'description', 'amount_cents'])
    .where('service_date', '=', day)
    .execute();
  const byService: Record<string, number> = {};
  for (const c of dayCharges) {
    const key = c.service_code ?? c.description;
    byService[key] = (byService[key] ?? 0) + c.amount_cents;
  }
  const byMethod: Record<string, number> = {};
  for (const p of payments) byMethod[p.method] = (byMethod[p.method] ?? 0) + p.amount_cents;

  const uncharged = await db
    .selectFrom('appointments')
    .leftJoin('charges', 'charges.appointment_id', 'appointments.id')
    .select('appointments.local_date')
    .where('appointments.status', '=', 'attended')
    .where('charges.id', 'is', null)
    .where('appointments.local_date', '<', today)
    .where('appointments.local_date', '>=', addDays(today, -90))
    .distinct()
    .execute();
  const pendingFees = await db
    .selectFrom('policy_fees')
    .innerJoin('appointments', 'appointments.id', 'policy_fees.appointment_id')
    .select('appointments.local_date')
    .where('policy_fees.status', '=', 'pending')
    .where('appointments.local_date', '<', today)
    .distinct()
    .execute();
  const openEarlier = [...new Set([...uncharged, ...pendingFees].map((r) => r.local_date))].sort();

  return {
    day,
    closed: await isClosed(db, day),
    rows,
    totals: {
      chargedCents: dayCharges.reduce((s, c) => s + c.amount_cents, 0),
      paidCents: payments.reduce((s, p) => s + p.amount_cents, 0),
      byService,
      byMethod,
    },
    openEarlier,
    requireSignedNote: settings.requireSignedNote,
  };
}

/** Posts every attended session's charge and the pending fees of the day, in one transaction. */
export async function postDay(
  trx: Transaction<Database>,
  day: string,
  timeZone: string,
  at: Date,
): Promise<number> {
  await requireOpenDay(trx, day);
  const settings = await billingSettingsOf(trx);
  const { sessions, charged, fees, notes } = await dayData(trx, day, timeZone);
  let posted = 0;
  for (const s of sessions) {
    if (s.status !== 'attended' || charged.has(s.id)) continue;
    if (settings.requireSignedNote && notes.get(s.id)?.status !== 'signed') continue;
    await insertSessionCharge(trx, s, 'client', at);
    posted++;
  }
  for (const fee of fees.values()) {
    if (fee.status !== 'pending') continue;
    await insertFeeCharge(trx, fee, day, at);
    posted++;
  }
  return posted;
}

export async function closeDay(
  trx: Transaction<Database>,
  summary: EndOfDay,
  at: Date,
): Promise<void> {
  await requireOpenDay(trx, summary.day);
  const open = summary.rows.filter(
    (r) => r.charge.state === 'suggested' || r.fee?.status === 'pending',
  );
  if (open.length > 0) {
    throw new AccordError(
      'CONFLICT',
      `Post the day’s charges first: ${open.length} session${open.length === 1 ? ' is' : 's are'} not charged yet.`,
    );
  }
  await trx
    .insertInto('day_sheets')
    .values({
      day: summary.day,
      totals: JSON.stringify(summary.totals),
      closed_at: at.toISOString(),
    })
    .execute();
}
