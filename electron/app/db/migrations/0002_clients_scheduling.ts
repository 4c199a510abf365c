import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (query: ReturnType<typeof sql>) => query.execute(db);

  await run(sql`CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    legal_first_name TEXT NOT NULL,
    legal_middle_name TEXT NOT NULL,
    legal_last_name TEXT NOT NULL,
    preferred_name TEXT NOT NULL,
    pronouns TEXT NOT NULL,
    date_of_birth TEXT,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    address_line1 TEXT NOT NULL,
    address_line2 TEXT NOT NULL,
    address_city TEXT NOT NULL,
    address_region TEXT NOT NULL,
    address_postal_code TEXT NOT NULL,
    preferred_channel TEXT NOT NULL CHECK (preferred_channel IN ('phone', 'text', 'email', 'none')),
    voicemail_ok INTEGER NOT NULL CHECK (voicemail_ok IN (0, 1)),
    text_ok INTEGER NOT NULL CHECK (text_ok IN (0, 1)),
    email_ok INTEGER NOT NULL CHECK (email_ok IN (0, 1)),
    emergency_name TEXT NOT NULL,
    emergency_relationship TEXT NOT NULL,
    emergency_phone TEXT NOT NULL,
    referral_source TEXT NOT NULL,
    counselor_notes TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'waitlist', 'discharged')),
    discharged_on TEXT,
    discharge_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`);
  await run(
    sql`CREATE INDEX clients_status_name ON clients (status, legal_last_name, legal_first_name)`,
  );
  await run(sql`CREATE INDEX clients_name ON clients (legal_last_name, legal_first_name)`);
  // Search: every word of the names, the phone (also as bare digits) and the email, matched by
  // word prefix. Kept by the clients domain in the same transaction as the row it mirrors.
  await run(sql`CREATE VIRTUAL TABLE clients_search USING fts5(
    names, contact, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
  )`);

  await run(sql`CREATE TABLE client_insurance (
    client_id INTEGER PRIMARY KEY REFERENCES clients (id),
    kind TEXT NOT NULL CHECK (kind IN ('self_pay', 'insurance')),
    payer_name TEXT NOT NULL,
    payer_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    group_number TEXT NOT NULL,
    subscriber_relationship TEXT CHECK (subscriber_relationship IN ('spouse', 'child', 'other')),
    subscriber_name TEXT,
    subscriber_date_of_birth TEXT,
    copay_cents INTEGER NOT NULL CHECK (copay_cents >= 0),
    updated_at TEXT NOT NULL
  ) STRICT`);

  await run(sql`CREATE TABLE client_diagnoses (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    rank INTEGER NOT NULL CHECK (rank >= 1),
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    diagnosed_on TEXT NOT NULL,
    UNIQUE (client_id, rank)
  ) STRICT`);

  await run(sql`CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    kind TEXT NOT NULL CHECK (kind IN ('treatment', 'telehealth', 'release')),
    text TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    signature_kind TEXT NOT NULL CHECK (signature_kind IN ('typed', 'drawn')),
    signature_name TEXT NOT NULL,
    signature_image TEXT,
    release_to TEXT,
    release_what TEXT,
    release_until TEXT,
    revoked_on TEXT,
    revoked_reason TEXT,
    created_at TEXT NOT NULL
  ) STRICT`);
  await run(sql`CREATE INDEX consents_client ON consents (client_id, signed_on)`);
  // A consent is evidence: once signed, only its revocation may be recorded, once.
  await run(sql`CREATE TRIGGER consents_signed_is_final BEFORE UPDATE ON consents
    WHEN OLD.revoked_on IS NOT NULL
      OR NEW.kind IS NOT OLD.kind OR NEW.text IS NOT OLD.text OR NEW.signed_on IS NOT OLD.signed_on
      OR NEW.signature_name IS NOT OLD.signature_name OR NEW.signature_image IS NOT OLD.signature_image
      OR NEW.client_id IS NOT OLD.client_id
    BEGIN SELECT RAISE(ABORT, 'a signed consent cannot be changed'); END`);
  await run(sql`CREATE TRIGGER consents_no_delete BEFORE DELETE ON consents
    BEGIN SELECT RAISE(ABORT, 'a consent is never deleted'); END`);

  await run(sql`CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    default_minutes INTEGER NOT NULL CHECK (default_minutes BETWEEN 0 AND 480),
    fee_cents INTEGER NOT NULL CHECK (fee_cents >= 0),
    place_of_service TEXT NOT NULL,
    modifiers TEXT NOT NULL,
    is_add_on INTEGER NOT NULL CHECK (is_add_on IN (0, 1)),
    active INTEGER NOT NULL CHECK (active IN (0, 1)),
    updated_at TEXT NOT NULL
  ) STRICT`);

  await run(sql`CREATE TABLE appointment_series (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    rrule TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`);

  await run(sql`CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    service_id INTEGER NOT NULL REFERENCES services (id),
    start_at TEXT NOT NULL,
    end_at TEXT NOT NULL,
    local_date TEXT NOT NULL,
    local_time TEXT NOT NULL,
    duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 5 AND 480),
    location TEXT NOT NULL CHECK (location IN ('office', 'telehealth')),
    place_of_service TEXT NOT NULL,
    modifiers TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('scheduled', 'attended', 'no_show', 'late_cancel',
      'cancelled_client', 'cancelled_counselor')),
    memo TEXT NOT NULL,
    series_id INTEGER REFERENCES appointment_series (id),
    -- The occurrence's original local date in its series (RFC 5545 RECURRENCE-ID).
    occurrence_date TEXT,
    is_exception INTEGER NOT NULL CHECK (is_exception IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (end_at > start_at)
  ) STRICT`);
  await run(sql`CREATE INDEX appointments_start ON appointments (start_at)`);
  await run(sql`CREATE INDEX appointments_client_start ON appointments (client_id, start_at)`);
  await run(sql`CREATE INDEX appointments_series ON appointments (series_id, occurrence_date)
    WHERE series_id IS NOT NULL`);

  await run(sql`CREATE TABLE time_off (
    id INTEGER PRIMARY KEY,
    start_at TEXT NOT NULL,
    end_at TEXT NOT NULL,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (end_at > start_at)
  ) STRICT`);
  await run(sql`CREATE INDEX time_off_start ON time_off (start_at)`);

  // Late-cancel and no-show fees wait here for billing to pick them up, or to be waived.
  await run(sql`CREATE TABLE policy_fees (
    id INTEGER PRIMARY KEY,
    appointment_id INTEGER NOT NULL UNIQUE REFERENCES appointments (id),
    client_id INTEGER NOT NULL REFERENCES clients (id),
    kind TEXT NOT NULL CHECK (kind IN ('late_cancel', 'no_show')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    status TEXT NOT NULL CHECK (status IN ('pending', 'waived', 'billed')),
    waive_reason TEXT,
    created_at TEXT NOT NULL,
    resolved_at TEXT
  ) STRICT`);
  await run(sql`CREATE INDEX policy_fees_client ON policy_fees (client_id, status)`);
}
