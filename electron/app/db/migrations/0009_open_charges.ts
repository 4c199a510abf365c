import { sql, type Kysely } from 'kysely';
import { settleCharges } from '../../billing/settlements.ts';

/**
 * Which charges still have money due, without summing the money of every charge (the aging
 * report's ~1,100 open charges of ten years' 24,000). Money lines are append-only, so once a
 * charge's money covers its amount it stays settled:
 * - `charge_settlements`: the settled charges and the day each was settled (`settleCharges`),
 *   written by `allocate` and `insertAdjustment` in the transaction of the line that settles it;
 * - `open_charges`: the others. The open set has to be read positively: finding "charges with no
 *   settlement" means an anti-join over all 24,000 charges whatever the index, while this table
 *   holds only the open ones. Triggers keep it (a new charge is open; a settlement closes it), so
 *   no writer of charges (the day's charges, the sample practice, an import) can miss it; it is
 *   derived and left out of exports.
 * - the settlements by day, for an as-of day in the past: a charge settled after it may still
 *   have been open then.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE charge_settlements (
    charge_id INTEGER PRIMARY KEY REFERENCES charges(id),
    settled_on TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX charge_settlements_settled_on ON charge_settlements (settled_on)`.execute(
    db,
  );
  await sql`CREATE TABLE open_charges (
    charge_id INTEGER PRIMARY KEY REFERENCES charges(id)
  ) STRICT`.execute(db);
  await sql`CREATE TRIGGER charges_open AFTER INSERT ON charges
    BEGIN INSERT INTO open_charges (charge_id) VALUES (new.id); END`.execute(db);
  await sql`CREATE TRIGGER charge_settlements_close AFTER INSERT ON charge_settlements
    BEGIN DELETE FROM open_charges WHERE charge_id = new.charge_id; END`.execute(db);
  await sql`INSERT INTO open_charges (charge_id) SELECT id FROM charges`.execute(db);
  await settleCharges(db);
}
