import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema.ts';

export type ChargeRow = Selectable<Database['charges']>;

/** A client's charges with a date of service in [from, to], oldest first. */
export function chargesBetween(
  db: Kysely<Database>,
  clientId: number,
  from: string,
  to: string,
): Promise<ChargeRow[]> {
  return db
    .selectFrom('charges')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('service_date', '>=', from)
    .where('service_date', '<=', to)
    .orderBy('service_date')
    .orderBy('id')
    .execute();
}

export interface AppliedPayment {
  paymentId: number;
  on: string;
  method: string;
  reference: string;
  payer: 'client' | 'payer';
  cents: number;
}

/** The payments applied to these charges: per payment, the part that went to them. */
export async function paymentsApplied(
  db: Kysely<Database>,
  chargeIds: readonly number[],
): Promise<{ payments: AppliedPayment[]; paidOn: Map<number, number> }> {
  if (chargeIds.length === 0) return { payments: [], paidOn: new Map() };
  const rows = await db
    .selectFrom('allocations')
    .innerJoin('payments', 'payments.id', 'allocations.payment_id')
    .select([
      'allocations.charge_id',
      'allocations.amount_cents',
      'payments.id as payment_id',
      'payments.received_on',
      'payments.method',
      'payments.reference',
      'payments.payer',
    ])
    .where('allocations.charge_id', 'in', [...chargeIds])
    .orderBy('payments.received_on')
    .orderBy('payments.id')
    .execute();
  const byPayment = new Map<number, AppliedPayment>();
  const paidOn = new Map<number, number>();
  for (const r of rows) {
    paidOn.set(r.charge_id, (paidOn.get(r.charge_id) ?? 0) + r.amount_cents);
    const known = byPayment.get(r.payment_id);
    if (known) known.cents += r.amount_cents;
    else
      byPayment.set(r.payment_id, {
        paymentId: r.payment_id,
        on: r.received_on,
        method: r.method,
        reference: r.reference,
        payer: r.payer,
        cents: r.amount_cents,
      });
  }
  return { payments: [...byPayment.values()], paidOn };
}

/** Write-offs and adjustments made on these charges, oldest first. */
export function adjustmentsOn(db: Kysely<Database>, chargeIds: readonly number[]) {
  if (chargeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('adjustments')
    .select(['id', 'charge_id', 'kind', 'amount_cents', 'adjusted_on'])
    .where('charge_id', 'in', [...chargeIds])
    .orderBy('adjusted_on')
    .orderBy('id')
    .execute();
}

/** The ids of the clients with a charge dated `day`, with their charges of that day. */
export async function chargesOnDay(
  db: Kysely<Database>,
  day: string,
): Promise<Map<number, ChargeRow[]>> {
  const rows = await db
    .selectFrom('charges')
    .selectAll()
    .where('service_date', '=', day)
    .orderBy('client_id')
    .orderBy('id')
    .execute();
  const byClient = new Map<number, ChargeRow[]>();
  for (const r of rows) byClient.set(r.client_id, [...(byClient.get(r.client_id) ?? []), r]);
  return byClient;
}

export const METHOD_WORDS: Record<string, string> = {
  cash: 'Cash',
  check: 'Check',
  card: 'Card',
  transfer: 'Bank transfer',
};

export function paymentWords(p: { method: string; reference: string; payer: string }): string {
  const how = `${METHOD_WORDS[p.method] ?? p.method}${p.reference ? ` ${p.reference}` : ''}`;
  return p.payer === 'payer' ? `Insurance payment (${how})` : `Payment (${how})`;
}
