import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** What is still owed on one charge, and by whom. */
export interface ChargeDue {
  id: number;
  clientId: number;
  serviceDate: string;
  description: string;
  serviceCode: string | null;
  amountCents: number;
  responsible: 'client' | 'payer';
  clientDueCents: number;
  payerDueCents: number;
}

export interface DuesFilter {
  clientId?: number;
  /** Count only money received or adjusted on or before this day (YYYY-MM-DD). */
  asOf?: string;
}

/**
 * Who owes what on each charge. The one rule every balance, claim and report uses:
 * - a charge splits into the payer's share (`payer_share_cents`) and the client's (the rest);
 * - a charge whose latest claim was denied is the client's to pay in full;
 * - a payer's payments pay the payer's share, the client's pay the client's share; money beyond
 *   a share pays the other share (money received is never lost);
 * - adjustments and write-offs on a charge reduce the payer's share first (a contractual
 *   adjustment), then the client's.
 */
export async function chargeDues(
  db: Kysely<Database>,
  filter: DuesFilter = {},
): Promise<ChargeDue[]> {
  let charges = db.selectFrom('charges').selectAll();
  if (filter.clientId !== undefined) charges = charges.where('client_id', '=', filter.clientId);
  if (filter.asOf !== undefined) charges = charges.where('service_date', '<=', filter.asOf);

  let paid = db
    .selectFrom('allocations')
    .innerJoin('payments', 'payments.id', 'allocations.payment_id')
    .select(['allocations.charge_id', 'payments.payer'])
    .select((eb) => eb.fn.sum<number>('allocations.amount_cents').as('cents'))
    .groupBy(['allocations.charge_id', 'payments.payer']);
  if (filter.clientId !== undefined) paid = paid.where('payments.client_id', '=', filter.clientId);
  if (filter.asOf !== undefined) paid = paid.where('payments.received_on', '<=', filter.asOf);

  let adjusted = db
    .selectFrom('adjustments')
    .select('charge_id')
    .select((eb) => eb.fn.sum<number>('amount_cents').as('cents'))
    .where('charge_id', 'is not', null)
    .groupBy('charge_id');
  if (filter.clientId !== undefined) adjusted = adjusted.where('client_id', '=', filter.clientId);
  if (filter.asOf !== undefined) adjusted = adjusted.where('adjusted_on', '<=', filter.asOf);

  // The latest claim of each charge: only its status matters.
  let denied = db
    .selectFrom('claim_charges')
    .innerJoin('claims', 'claims.id', 'claim_charges.claim_id')
    .select('claim_charges.charge_id')
    .select((eb) => eb.fn.max('claims.id').as('latest'))
    .groupBy('claim_charges.charge_id');
  if (filter.clientId !== undefined)
    denied = denied.where('claims.client_id', '=', filter.clientId);

  const [chargeRows, paidRows, adjustedRows, latestClaims] = await Promise.all([
    charges.orderBy('service_date').orderBy('id').execute(),
    paid.execute(),
    adjusted.execute(),
    denied.execute(),
  ]);
  const deniedClaims = new Set(
    latestClaims.length === 0
      ? []
      : (
          await db
            .selectFrom('claims')
            .select('id')
            .where('status', '=', 'denied')
            .where(
              'id',
              'in',
              latestClaims.map((c) => Number(c.latest)),
            )
            .execute()
        ).map((c) => c.id),
  );
  const deniedCharges = new Set(
    latestClaims.filter((c) => deniedClaims.has(Number(c.latest))).map((c) => c.charge_id),
  );
  const paidBy = new Map<string, number>();
  for (const p of paidRows) paidBy.set(`${p.charge_id}:${p.payer}`, Number(p.cents));
  const adjustedOn = new Map(adjustedRows.map((a) => [a.charge_id as number, Number(a.cents)]));

  return chargeRows.map((c) => {
    const payerShare = deniedCharges.has(c.id) ? 0 : Math.min(c.payer_share_cents, c.amount_cents);
    let payerDue = payerShare;
    let clientDue = c.amount_cents - payerShare;
    const take = (due: number, cents: number): [number, number] => {
      const part = Math.min(due, cents);
      return [due - part, cents - part];
    };
    let rest: number;
    [payerDue, rest] = take(payerDue, paidBy.get(`${c.id}:payer`) ?? 0);
    [clientDue] = take(clientDue, rest);
    [clientDue, rest] = take(clientDue, paidBy.get(`${c.id}:client`) ?? 0);
    [payerDue] = take(payerDue, rest);
    [payerDue, rest] = take(payerDue, adjustedOn.get(c.id) ?? 0);
    [clientDue] = take(clientDue, rest);
    return {
      id: c.id,
      clientId: c.client_id,
      serviceDate: c.service_date,
      description: c.description,
      serviceCode: c.service_code,
      amountCents: c.amount_cents,
      responsible: c.responsible,
      clientDueCents: clientDue,
      payerDueCents: payerDue,
    };
  });
}
