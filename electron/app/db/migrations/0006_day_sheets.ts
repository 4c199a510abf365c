import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A closed day: its totals as they were when the counselor closed it. Never changed; later
  // corrections are new ledger lines on later days.
  await sql`CREATE TABLE day_sheets (
    day TEXT PRIMARY KEY,
    totals TEXT NOT NULL,
    closed_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE TRIGGER day_sheets_final_update BEFORE UPDATE ON day_sheets
    BEGIN SELECT RAISE(ABORT, 'a closed day cannot be changed'); END`.execute(db);
  await sql`CREATE TRIGGER day_sheets_final_delete BEFORE DELETE ON day_sheets
    BEGIN SELECT RAISE(ABORT, 'a closed day cannot be reopened'); END`.execute(db);
}
