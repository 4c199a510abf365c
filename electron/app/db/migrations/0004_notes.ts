import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (query: ReturnType<typeof sql>) => query.execute(db);

  // One note per session. Its service details are copied in when it is written, so the note
  // keeps saying what happened even if the session or the diagnoses change later.
  await run(sql`CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    appointment_id INTEGER NOT NULL UNIQUE REFERENCES appointments (id),
    template TEXT NOT NULL CHECK (template IN ('soap', 'dap', 'birp', 'free')),
    fields TEXT NOT NULL,
    objectives TEXT NOT NULL,
    risk TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
    service_date TEXT NOT NULL,
    start_at TEXT NOT NULL,
    duration_min INTEGER NOT NULL,
    service_code TEXT NOT NULL,
    service_label TEXT NOT NULL,
    place_of_service TEXT NOT NULL,
    diagnoses TEXT NOT NULL,
    signed_at TEXT,
    signed_by TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (status = 'draft' OR (signed_at IS NOT NULL AND signed_by IS NOT NULL))
  ) STRICT`);
  await run(sql`CREATE INDEX notes_client_date ON notes (client_id, service_date)`);
  await run(sql`CREATE INDEX notes_status_date ON notes (status, service_date)`);
  await run(sql`CREATE TRIGGER notes_signed_is_final BEFORE UPDATE ON notes
    WHEN OLD.status = 'signed'
    BEGIN SELECT RAISE(ABORT, 'a signed note cannot be changed; add an addendum'); END`);
  await run(sql`CREATE TRIGGER notes_signed_not_deleted BEFORE DELETE ON notes
    WHEN OLD.status = 'signed'
    BEGIN SELECT RAISE(ABORT, 'a signed note cannot be deleted'); END`);

  await run(sql`CREATE TABLE note_addenda (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES notes (id),
    text TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    signed_by TEXT NOT NULL
  ) STRICT`);
  await run(sql`CREATE INDEX note_addenda_note ON note_addenda (note_id)`);
  await run(sql`CREATE TRIGGER note_addenda_final BEFORE UPDATE ON note_addenda
    BEGIN SELECT RAISE(ABORT, 'a signed addendum cannot be changed'); END`);
  await run(sql`CREATE TRIGGER note_addenda_kept BEFORE DELETE ON note_addenda
    BEGIN SELECT RAISE(ABORT, 'a signed addendum cannot be deleted'); END`);

  // Full-text search over a note's sections and addenda, kept by the notes domain.
  await run(sql`CREATE VIRTUAL TABLE notes_search USING fts5(
    body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
  )`);
}
