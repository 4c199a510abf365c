import { sql, type Kysely, type Transaction } from 'kysely';
import { AccordError } from '../../../shared/errors.ts';
import { arrangementOn, type Ledger, type LedgerLine } from '../../../shared/domain/billing.ts';
import type { Database } from '../db/schema.ts';
import { getPractice } from '../settings/settings.ts';
import { chargeDues, type ChargeDue } from './dues.ts';
import { feeArrangements } from './fees.ts';
import { settleCharges } from './settlements.ts';

/** Which of these sessions already have their charge. */
export async function chargedSessions(
  db: Kysely<Database>,
  appointmentIds: readonly number[],
): Promise<Set<number>> {
  if (appointmentIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('charges')
    .select('appointment_id')
    .where('appointment_id', 'in', [...new Set(appointmentIds)])
    .execute();
  return new Set(rows.flatMap((r) => (r.appointment_id === null ? [] : [r.appointment_id])));
}

/**
 * Balances of several clients in one query: charges minus payments minus adjustments plus
 * refunds. Every client asked about gets an entry (0 when they have no money lines).
 */
export async function balancesOf(
  db: Kysely<Database>,
  clientIds: readonly number[],
): Promise<Map<number, number>> {
  const ids = [...new Set(clientIds)];
  const balances = new Map(ids.map((id) => [id, 0]));
  if (ids.length === 0) return balances;
  const totals = (table: 'charges' | 'payments' | 'adjustments' | 'refunds') =>
    db
      .selectFrom(table)
      .select('client_id')
      .select(sql.lit(table).as('source'))
      .select((eb) => eb.fn.sum<number>('amount_cents').as('cents'))
      .where('client_id', 'in', ids)
      .groupBy('client_id');
  const rows = await totals('charges')
    .unionAll(totals('payments'))
    .unionAll(totals('adjustments'))
    .unionAll(totals('refunds'))
    .execute();
  const sign = { charges: 1, payments: -1, adjustments: -1, refunds: 1 } as const;
  for (const r of rows) {
    const source = r.source as keyof typeof sign;
    balances.set(r.client_id, (balances.get(r.client_id) ?? 0) + sign[source] * Number(r.cents));
  }
  return balances;
}

/** A client's balance: charges minus payments minus adjustments plus refunds. */
export async function balanceOf(db: Kysely<Database>, clientId: number): Promise<number> {
  return (await balancesOf(db, [clientId])).get(clientId) ?? 0;
}

/**
 * A client's ledger. The balance is always charges minus payments minus adjustments plus
 * refunds; what a payment has not paid off yet is the client's credit. Who owes what on each
 * charge comes from `chargeDues`, the one rule for it. `today` picks the fee arrangement in force.
 */
export async function ledgerOf(
  db: Kysely<Database>,
  clientId: number,
  today: string,
): Promise<Ledger> {
  const [charges, payments, adjustments, refunds, allocations, dues, practice] = await Promise.all([
    db.selectFrom('charges').selectAll().where('client_id', '=', clientId).execute(),
    db.selectFrom('payments').selectAll().where('client_id', '=', clientId).execute(),
    db.selectFrom('adjustments').selectAll().where('client_id', '=', clientId).execute(),
    db.selectFrom('refunds').selectAll().where('client_id', '=', clientId).execute(),
    db
      .selectFrom('allocations')
      .innerJoin('payments', 'payments.id', 'allocations.payment_id')
      .select(['allocations.charge_id', 'allocations.amount_cents'])
      .where('payments.client_id', '=', clientId)
      .execute(),
    chargeDues(db, { clientId }),
    getPractice(db),
  ]);
  const dueOf = new Map(dues.map((d) => [d.id, d]));
  const entries: Omit<LedgerLine, 'balanceCents'>[] = [
    ...charges.map((c) => {
      const due = dueOf.get(c.id);
      return {
        kind: 'charge' as const,
        id: c.id,
        on: c.service_date,
        description: c.description,
        amountCents: c.amount_cents,
        charge: {
          feeBasis: c.fee_basis,
          responsible: c.responsible,
          clientShareCents: c.amount_cents - c.payer_share_cents,
          payerShareCents: c.payer_share_cents,
          clientDueCents: due?.clientDueCents ?? 0,
          payerDueCents: due?.payerDueCents ?? 0,
        },
      };
    }),
    ...payments.map((p) => ({
      kind: 'payment' as const,
      id: p.id,
      on: p.received_on,
      description: `Payment (${p.method}${p.reference ? ` ${p.reference}` : ''})${p.payer === 'payer' ? ' from the insurer' : ''}`,
      amountCents: -p.amount_cents,
      charge: null,
    })),
    ...adjustments.map((a) => ({
      kind: 'adjustment' as const,
      id: a.id,
      on: a.adjusted_on,
      description: `${a.kind === 'write_off' ? 'Write-off' : 'Adjustment'}: ${a.reason}`,
      amountCents: -a.amount_cents,
      charge: null,
    })),
    ...refunds.map((r) => ({
      kind: 'refund' as const,
      id: r.id,
      on: r.refunded_on,
      description: `Refund (${r.method})`,
      amountCents: r.amount_cents,
      charge: null,
    })),
  ];
  const order = { charge: 0, payment: 1, adjustment: 2, refund: 3 };
  entries.sort((a, b) => a.on.localeCompare(b.on) || order[a.kind] - order[b.kind] || a.id - b.id);
  let balance = 0;
  const lines = entries.map((e) => ({ ...e, balanceCents: (balance += e.amountCents) }));

  const openCharges = dues
    .map((d) => ({
      id: d.id,
      on: d.serviceDate,
      description: d.description,
      dueCents: d.clientDueCents + d.payerDueCents,
      clientDueCents: d.clientDueCents,
      payerDueCents: d.payerDueCents,
    }))
    .filter((c) => c.dueCents > 0)
    .sort((a, b) => a.on.localeCompare(b.on) || a.id - b.id);
  const received = payments.reduce((s, p) => s + p.amount_cents, 0);
  const allocated = allocations.reduce((s, a) => s + a.amount_cents, 0);
  const refunded = refunds.reduce((s, r) => s + r.amount_cents, 0);
  const history = await feeArrangements(db, clientId, practice.currency);
  return {
    lines,
    balanceCents: balance,
    creditCents: received - allocated - refunded,
    openCharges,
    clientDueCents: openCharges.reduce((s, c) => s + c.clientDueCents, 0),
    payerDueCents: openCharges.reduce((s, c) => s + c.payerDueCents, 0),
    fee: { current: arrangementOn(history, today), history },
  };
}

/**
 * Applies a payment's money to open charges, the chosen ones first (in the order given), then
 * the oldest; what is left stays as credit. A payer's money pays what the payer is expected to
 * pay, a client's money what the client owes (`chargeDues` says which is which). Returns what
 * was applied.
 */
export async function allocate(
  trx: Transaction<Database>,
  paymentId: number,
  clientId: number,
  available: number,
  chosen: readonly number[],
  now: Date,
): Promise<number> {
  const { payer } = await trx
    .selectFrom('payments')
    .select('payer')
    .where('id', '=', paymentId)
    .executeTakeFirstOrThrow();
  const dueOf = (d: ChargeDue) => (payer === 'payer' ? d.payerDueCents : d.clientDueCents);
  const open = (await chargeDues(trx, { clientId })).filter((d) => dueOf(d) > 0);
  const byId = new Map(open.map((d) => [d.id, d]));
  for (const id of chosen) {
    if (!byId.has(id)) {
      throw new AccordError('VALIDATION', 'Choose open charges of this client to pay.', {
        fields: {
          chargeIds: `Charge ${id} has nothing due from the ${payer === 'payer' ? 'insurer' : 'client'}, or is not this client’s.`,
        },
      });
    }
  }
  const picked = [...new Set(chosen)];
  const first = picked.flatMap((id) => byId.get(id) ?? []);
  const queue = [...first, ...open.filter((d) => !picked.includes(d.id))];
  let left = available;
  const touched: number[] = [];
  for (const charge of queue) {
    if (left === 0) break;
    const part = Math.min(left, dueOf(charge));
    await trx
      .insertInto('allocations')
      .values({
        payment_id: paymentId,
        charge_id: charge.id,
        amount_cents: part,
        created_at: now.toISOString(),
      })
      .execute();
    left -= part;
    touched.push(charge.id);
  }
  await settleCharges(trx, touched);
  return available - left;
}
