import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (query: ReturnType<typeof sql>) => query.execute(db);

  // A client's own fee: a set rate, or a sliding-scale discount in basis points, each with a
  // reason and the day it starts. Kept as history: the arrangement in force on a session's date
  // is the latest one that started on or before it ('standard' returns to the service's fee).
  await run(sql`CREATE TABLE fee_arrangements (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    kind TEXT NOT NULL CHECK (kind IN ('standard', 'rate', 'sliding')),
    rate_cents INTEGER CHECK (rate_cents IS NULL OR rate_cents > 0),
    discount_bp INTEGER CHECK (discount_bp IS NULL OR discount_bp BETWEEN 1 AND 10000),
    reason TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`);
  await run(
    sql`CREATE INDEX fee_arrangements_client ON fee_arrangements (client_id, effective_from)`,
  );

  // Insurance: the share of the allowed fee the client pays after the copay, in basis points.
  await run(sql`ALTER TABLE client_insurance ADD COLUMN coinsurance_bp INTEGER NOT NULL DEFAULT 0
    CHECK (coinsurance_bp BETWEEN 0 AND 10000)`);

  // What of a charge a payer is expected to pay (nothing for a self-pay charge; the charge less
  // the copay or coinsurance for an insurance one), and which of the client's diagnoses
  // (1-based, as on the claim form) the service treats.
  await run(sql`ALTER TABLE charges ADD COLUMN payer_share_cents INTEGER NOT NULL DEFAULT 0
    CHECK (payer_share_cents >= 0)`);
  await run(sql`ALTER TABLE charges ADD COLUMN diagnosis_pointers TEXT NOT NULL DEFAULT '[]'`);
  await run(sql`ALTER TABLE charges ADD COLUMN fee_basis TEXT NOT NULL DEFAULT ''`);
  await run(sql`CREATE INDEX charges_service_date ON charges (service_date)`);
  await run(sql`CREATE INDEX payments_received_on ON payments (received_on)`);

  // Insurance claims: which charges went to which payer, and where each claim stands.
  await run(sql`CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    payer_name TEXT NOT NULL,
    payer_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ready', 'exported', 'paid', 'denied')),
    total_cents INTEGER NOT NULL CHECK (total_cents > 0),
    control_number INTEGER,
    status_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    exported_at TEXT,
    status_changed_at TEXT NOT NULL
  ) STRICT`);
  await run(sql`CREATE INDEX claims_status ON claims (status, created_at)`);
  await run(sql`CREATE INDEX claims_client ON claims (client_id)`);
  await run(sql`CREATE TABLE claim_charges (
    claim_id INTEGER NOT NULL REFERENCES claims (id),
    charge_id INTEGER NOT NULL REFERENCES charges (id),
    line_number INTEGER NOT NULL CHECK (line_number BETWEEN 1 AND 50),
    PRIMARY KEY (claim_id, charge_id)
  ) STRICT`);
  await run(sql`CREATE INDEX claim_charges_charge ON claim_charges (charge_id)`);

  // Good Faith Estimates as given to the client: never changed; a new estimate replaces one.
  await run(sql`CREATE TABLE good_faith_estimates (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    issued_on TEXT NOT NULL,
    content TEXT NOT NULL,
    total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
    created_at TEXT NOT NULL
  ) STRICT`);
  await run(
    sql`CREATE INDEX good_faith_estimates_client ON good_faith_estimates (client_id, issued_on)`,
  );
  for (const table of ['fee_arrangements', 'good_faith_estimates']) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_kept_update BEFORE UPDATE ON ${table}
         BEGIN SELECT RAISE(ABORT, 'kept as history; add a new one'); END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_kept_delete BEFORE DELETE ON ${table}
         BEGIN SELECT RAISE(ABORT, 'kept as history; add a new one'); END`,
      )
      .execute(db);
  }
}
