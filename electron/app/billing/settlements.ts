import { sql, type Kysely } from 'kysely';

/**
 * Records, in `charge_settlements`, the charges whose money now covers their amount: allocated
 * plus adjusted reaches the amount. Money lines are append-only, so a settled charge stays
 * settled, and its row is written once (in the transaction of the line that settled it) and
 * never changed. `settled_on` is the latest day among its money lines (payments' received_on,
 * adjusted_on): from that day on, whatever the as-of day, all of them count, so it is settled.
 * `chargeIds` limits the check to the charges just touched; without it every charge is checked
 * (the 0009 backfill, the sample practice). The one statement both use.
 */
export async function settleCharges(
  // Any Kysely or transaction: the statement is plain SQL (0009 runs it untyped).
  db: Pick<Kysely<unknown>, 'getExecutor'>,
  chargeIds?: readonly number[],
): Promise<void> {
  if (chargeIds !== undefined && chargeIds.length === 0) return;
  const only = (column: string) =>
    chargeIds === undefined
      ? sql``
      : sql`AND ${sql.ref(column)} IN (${sql.join([...new Set(chargeIds)])})`;
  await sql`
    INSERT INTO charge_settlements (charge_id, settled_on)
    SELECT c.id, max(m.on_day) FROM (
      SELECT a.charge_id, p.received_on AS on_day, a.amount_cents AS cents
        FROM allocations a JOIN payments p ON p.id = a.payment_id WHERE 1 ${only('a.charge_id')}
      UNION ALL SELECT charge_id, adjusted_on, amount_cents FROM adjustments
        WHERE charge_id IS NOT NULL ${only('charge_id')}
    ) m JOIN charges c ON c.id = m.charge_id
    WHERE NOT EXISTS (SELECT 1 FROM charge_settlements s WHERE s.charge_id = c.id)
    GROUP BY c.id HAVING sum(m.cents) >= c.amount_cents`.execute(db);
}
