import type { Kysely, Transaction } from 'kysely';
import { AccordError } from '../../../shared/errors.ts';
import type { Ledger, LedgerLine } from '../../../shared/domain/billing.ts';
import type { Database } from '../db/schema.ts';

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
 * A client's ledger. The balance is always charges minus payments minus adjustments plus
 * refunds; what a payment has not paid off yet is the client's credit.
 */
export async function ledgerOf(db: Kysely<Database>, clientId: number): Promise<Ledger> {
  const [charges, payments, adjustments, refunds, allocations] = await Promise.all([
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
  ]);
  const entries: Omit<LedgerLine, 'balanceCents'>[] = [
    ...charges.map((c) => ({
      kind: 'charge' as const,
      id: c.id,
      on: c.service_date,
      description: c.description,
      amountCents: c.amount_cents,
    })),
    ...payments.map((p) => ({
      kind: 'payment' as const,
      id: p.id,
      on: p.received_on,
      description: `Payment (${p.method}${p.reference ? ` ${p.reference}` : ''})${p.payer === 'payer' ? ' from the insurer' : ''}`,
      amountCents: -p.amount_cents,
    })),
    ...adjustments.map((a) => ({
      kind: 'adjustment' as const,
      id: a.id,
      on: a.adjusted_on,
      description: `${a.kind === 'write_off' ? 'Write-off' : 'Adjustment'}: ${a.reason}`,
      amountCents: -a.amount_cents,
    })),
    ...refunds.map((r) => ({
      kind: 'refund' as const,
      id: r.id,
      on: r.refunded_on,
      description: `Refund (${r.method})`,
      amountCents: r.amount_cents,
    })),
  ];
  const order = { charge: 0, payment: 1, adjustment: 2, refund: 3 };
  entries.sort((a, b) => a.on.localeCompare(b.on) || order[a.kind] - order[b.kind] || a.id - b.id);
  let balance = 0;
  const lines = entries.map((e) => ({ ...e, balanceCents: (balance += e.amountCents) }));

  const paidOn = new Map<number, number>();
  for (const a of allocations)
    paidOn.set(a.charge_id, (paidOn.get(a.charge_id) ?? 0) + a.amount_cents);
  for (const a of adjustments)
    if (a.charge_id !== null)
      paidOn.set(a.charge_id, (paidOn.get(a.charge_id) ?? 0) + a.amount_cents);
  const openCharges = charges
    .map((c) => ({
      id: c.id,
      on: c.service_date,
      description: c.description,
      dueCents: c.amount_cents - (paidOn.get(c.id) ?? 0),
    }))
    .filter((c) => c.dueCents > 0)
    .sort((a, b) => a.on.localeCompare(b.on) || a.id - b.id);
  const received = payments.reduce((s, p) => s + p.amount_cents, 0);
  const allocated = allocations.reduce((s, a) => s + a.amount_cents, 0);
  const refunded = refunds.reduce((s, r) => s + r.amount_cents, 0);
  return {
    lines,
    balanceCents: balance,
    creditCents: received - allocated - refunded,
    openCharges,
  };
}

/**
 * Applies money to open charges, the chosen ones first (in the order given), then the oldest;
 * what is left stays as credit. Returns what was applied.
 */
export async function allocate(
  trx: Transaction<Database>,
  paymentId: number,
  clientId: number,
  available: number,
  chosen: readonly number[],
  now: Date,
): Promise<number> {
  const { openCharges } = await ledgerOf(trx, clientId);
  const byId = new Map(openCharges.map((c) => [c.id, c]));
  for (const id of chosen) {
    if (!byId.has(id)) {
      throw new AccordError('VALIDATION', 'Choose open charges of this client to pay.', {
        fields: { chargeIds: `Charge ${id} is not an open charge of this client.` },
      });
    }
  }
  const first = chosen.flatMap((id) => byId.get(id) ?? []);
  const queue = [...first, ...openCharges.filter((c) => !chosen.includes(c.id))];
  let left = available;
  for (const charge of queue) {
    if (left === 0) break;
    const part = Math.min(left, charge.dueCents);
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
  }
  return available - left;
}
