import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * The money rows of the days from..to, each by its own day: charges by date of service,
 * payments by when received, adjustments by when made, refunds by when paid back.
 */
export async function moneyInRange(db: Kysely<Database>, from: string, to: string) {
  const [charges, payments, adjustments, refunds] = await Promise.all([
    db
      .selectFrom('charges')
      .select(['service_date', 'service_code', 'description', 'amount_cents'])
      .where('service_date', '>=', from)
      .where('service_date', '<=', to)
      .execute(),
    db
      .selectFrom('payments')
      .select(['received_on', 'method', 'payer', 'amount_cents'])
      .where('received_on', '>=', from)
      .where('received_on', '<=', to)
      .execute(),
    db
      .selectFrom('adjustments')
      .select(['adjusted_on', 'kind', 'amount_cents'])
      .where('adjusted_on', '>=', from)
      .where('adjusted_on', '<=', to)
      .execute(),
    db
      .selectFrom('refunds')
      .select(['refunded_on', 'method', 'amount_cents'])
      .where('refunded_on', '>=', from)
      .where('refunded_on', '<=', to)
      .execute(),
  ]);
  return { charges, payments, adjustments, refunds };
}
