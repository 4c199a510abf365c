import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (query: ReturnType<typeof sql>) => query.execute(db);

  // The ledger is append-only: a correction is a new line (an adjustment or a refund), so the
  // history of what was charged and paid is never rewritten.
  await run(sql`CREATE TABLE charges (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    appointment_id INTEGER REFERENCES appointments (id),
    policy_fee_id INTEGER UNIQUE REFERENCES policy_fees (id),
    service_date TEXT NOT NULL,
    description TEXT NOT NULL,
    service_code TEXT,
    modifiers TEXT NOT NULL,
    place_of_service TEXT,
    units INTEGER NOT NULL CHECK (units >= 1),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    responsible TEXT NOT NULL CHECK (responsible IN ('client', 'payer')),
    created_at TEXT NOT NULL
  ) STRICT`);
  await run(sql`CREATE UNIQUE INDEX charges_one_per_session ON charges (appointment_id)
    WHERE appointment_id IS NOT NULL`);
  await run(sql`CREATE INDEX charges_client_date ON charges (client_id, service_date)`);

  await run(sql`CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    received_on TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('cash', 'check', 'card', 'transfer')),
    reference TEXT NOT NULL,
    payer TEXT NOT NULL CHECK (payer IN ('client', 'payer')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    created_at TEXT NOT NULL
  ) STRICT`);
  await run(sql`CREATE INDEX payments_client_date ON payments (client_id, received_on)`);

  await run(sql`CREATE TABLE allocations (
    id INTEGER PRIMARY KEY,
    payment_id INTEGER NOT NULL REFERENCES payments (id),
    charge_id INTEGER NOT NULL REFERENCES charges (id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    created_at TEXT NOT NULL
  ) STRICT`);
  await run(sql`CREATE INDEX allocations_charge ON allocations (charge_id)`);
  await run(sql`CREATE INDEX allocations_payment ON allocations (payment_id)`);

  await run(sql`CREATE TABLE adjustments (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    charge_id INTEGER REFERENCES charges (id),
    kind TEXT NOT NULL CHECK (kind IN ('write_off', 'adjustment')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    reason TEXT NOT NULL,
    adjusted_on TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`);
  await run(sql`CREATE INDEX adjustments_client ON adjustments (client_id, adjusted_on)`);

  await run(sql`CREATE TABLE refunds (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    method TEXT NOT NULL CHECK (method IN ('cash', 'check', 'card', 'transfer')),
    reference TEXT NOT NULL,
    refunded_on TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`);
  await run(sql`CREATE INDEX refunds_client ON refunds (client_id, refunded_on)`);

  for (const table of ['charges', 'payments', 'allocations', 'adjustments', 'refunds']) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_append_only_update BEFORE UPDATE ON ${table}
         BEGIN SELECT RAISE(ABORT, 'ledger lines are never changed; add a correcting line'); END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_append_only_delete BEFORE DELETE ON ${table}
         BEGIN SELECT RAISE(ABORT, 'ledger lines are never deleted; add a correcting line'); END`,
      )
      .execute(db);
  }
}
