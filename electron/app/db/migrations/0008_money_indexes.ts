import { sql, type Kysely } from 'kysely';

/**
 * Covering indexes for working out what is still owed on every charge (the aging report reads
 * all of them): the money applied to a charge, and its adjustments up to a day, are read from
 * the index alone, one seek per charge, instead of a row lookup per allocation or a scan of
 * adjustments per charge.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX allocations_charge_money ON allocations (charge_id, payment_id, amount_cents)`.execute(
    db,
  );
  await sql`CREATE INDEX adjustments_charge_money ON adjustments (charge_id, adjusted_on, amount_cents)`.execute(
    db,
  );
}
