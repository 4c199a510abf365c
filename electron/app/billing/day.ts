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
import { priceSession, priceSessions, type PricedSession, type SessionCharge } from './fees.ts';
import { balancesOf } from './ledger.ts';

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

/**
 * A session's charge line, priced by `priceSession` (fee arrangement, insurance split, diagnosis
 * pointers). The unique index on `appointment_id` is the last guard against a second charge.
 */
export async function insertSessionCharge(
  trx: Transaction<Database>,
  session: Selectable<Database['appointments']>,
  options: { responsible?: 'client' | 'payer'; serviceCode?: string },
  at: Date,
): Promise<SessionCharge> {
  const priced = await priceSession(trx, session, options);
  await insertPricedCharge(trx, session, priced, at);
  return priced;
}

/** The charge line of a session already priced (a day's sessions are priced together). */
async function insertPricedCharge(
  trx: Transaction<Database>,
  session: Selectable<Database['appointments']>,
  priced: SessionCharge,
  at: Date,
): Promise<void> {
  await trx
    .insertInto('charges')
    .values({
      client_id: session.client_id,
      appointment_id: session.id,
      policy_fee_id: null,
      service_date: session.local_date,
      description: priced.description,
      service_code: priced.serviceCode,
      modifiers: session.modifiers,
      place_of_service: session.place_of_service,
      units: priced.units,
      amount_cents: priced.amountCents,
      responsible: priced.responsible,
      payer_share_cents: priced.payerShareCents,
      diagnosis_pointers: JSON.stringify(priced.diagnosisPointers),
      fee_basis: priced.feeBasis,
      created_at: at.toISOString(),
    })
    .execute();
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
        .select(['appointment_id', 'amount_cents', 'service_code'])
        .where('appointment_id', 'in', ids)
        .execute()
    : [];
  const fees = ids.length
    ? await db.selectFrom('policy_fees').selectAll().where('appointment_id', 'in', ids).execute()
    : [];
  return {
    sessions,
    charged: new Map(
      charges.map((c) => [
        c.appointment_id as number,
        { amountCents: c.amount_cents, code: c.service_code },
      ]),
    ),
    fees: new Map(fees.map((f) => [f.appointment_id, f])),
    notes: await noteStates(db, ids),
  };
}

/** The price of a session that must be priceable: its booked service always exists. */
function priceOf(priced: PricedSession | undefined): SessionCharge {
  if (priced === undefined) throw new Error('A session was left unpriced.');
  if (!priced.ok) throw priced.error;
  return priced.charge;
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
  // What each unposted attended session would be charged: booked, and under the suggested code,
  // priced in one batch. A suggested code the practice has no service for has no price.
  const unposted = sessions.filter((s) => s.status === 'attended' && !charged.has(s.id));
  const suggesting = unposted.flatMap((s) => {
    const code = services.get(s.service_id)?.code ?? '';
    const suggested = isTimedPsychotherapy(code) ? codeForMinutes(s.duration_min) : null;
    return suggested && suggested !== code ? [{ session: s, serviceCode: suggested }] : [];
  });
  const priced = await priceSessions(
    db,
    [...unposted, ...suggesting.map((x) => x.session)],
    [...unposted.map(() => ({})), ...suggesting.map((x) => ({ serviceCode: x.serviceCode }))],
  );
  const prices = new Map<number, { booked: number; suggested: number | null }>();
  unposted.forEach((s, i) =>
    prices.set(s.id, { booked: priceOf(priced[i]).amountCents, suggested: null }),
  );
  suggesting.forEach(({ session }, i) => {
    const result = priced[unposted.length + i];
    if (result?.ok === false && result.error.code !== 'NOT_FOUND') throw result.error;
    const price = prices.get(session.id);
    if (price && result?.ok) price.suggested = result.charge.amountCents;
  });
  const payments = await db
    .selectFrom('payments')
    .selectAll()
    .where('received_on', '=', day)
    .execute();
  const balances = await balancesOf(
    db,
    sessions.map((s) => s.client_id),
  );

  const rows = sessions.map((s: AppointmentRow) => {
    const service = services.get(s.service_id) as { code: string; feeCents: number };
    const note = notes.get(s.id);
    const attended = s.status === 'attended';
    const posted = charged.get(s.id);
    // Once posted, a charge is never edited: a suggestion would have nothing left to change.
    const suggested =
      attended && posted === undefined && isTimedPsychotherapy(service.code)
        ? codeForMinutes(s.duration_min)
        : null;
    const waiting = attended && settings.requireSignedNote && note?.status !== 'signed';
    const fee = fees.get(s.id);
    return {
      appointmentId: s.id,
      clientId: s.client_id,
      clientName: labels.get(s.client_id)?.name ?? '',
      time: s.local_time,
      durationMin: s.duration_min,
      status: s.status,
      // What was charged, once it is: the time rule may have changed the booked code.
      serviceCode: posted?.code ?? service.code,
      suggestedCode: suggested && suggested !== service.code ? suggested : null,
      suggestedAmountCents: prices.get(s.id)?.suggested ?? null,
      note: attended ? (note?.status ?? ('missing' as const)) : ('not_needed' as const),
      charge:
        posted !== undefined
          ? { state: 'posted' as const, amountCents: posted.amountCents }
          : attended
            ? {
                state: waiting ? ('waiting_for_note' as const) : ('suggested' as const),
                amountCents: prices.get(s.id)?.booked ?? service.feeCents,
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

  const since = addDays(today, -90);
  const uncharged = await db
    .selectFrom('appointments')
    .leftJoin('charges', 'charges.appointment_id', 'appointments.id')
    .select('appointments.local_date')
    .where('appointments.status', '=', 'attended')
    .where('charges.id', 'is', null)
    // A local date is never more than a day from the UTC date of its start, so this wider range
    // of starts changes nothing; it lets the start index do the work instead of a full scan.
    .where('appointments.start_at', '>=', addDays(since, -1))
    .where('appointments.start_at', '<', addDays(today, 1))
    .where('appointments.local_date', '<', today)
    .where('appointments.local_date', '>=', since)
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
  const due = sessions.filter(
    (s) =>
      s.status === 'attended' &&
      !charged.has(s.id) &&
      !(settings.requireSignedNote && notes.get(s.id)?.status !== 'signed'),
  );
  // Booked codes: a time-rule suggestion is charged only when the counselor chooses it.
  const priced = await priceSessions(trx, due);
  let posted = 0;
  for (const [i, s] of due.entries()) {
    await insertPricedCharge(trx, s, priceOf(priced[i]), at);
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
