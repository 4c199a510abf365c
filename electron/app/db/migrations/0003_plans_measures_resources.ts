import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (query: ReturnType<typeof sql>) => query.execute(db);

  // One plan per client; its versions carry the content. A signed version is evidence of what
  // the client agreed to: the database itself refuses to change or delete it.
  await run(sql`CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL UNIQUE REFERENCES clients (id),
    created_at TEXT NOT NULL
  ) STRICT`);
  await run(sql`CREATE TABLE plan_versions (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id),
    version INTEGER NOT NULL CHECK (version >= 1),
    status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
    content TEXT NOT NULL,
    client_signature TEXT,
    counselor_signature TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    signed_at TEXT,
    UNIQUE (plan_id, version),
    CHECK (status = 'draft' OR (client_signature IS NOT NULL AND counselor_signature IS NOT NULL))
  ) STRICT`);
  await run(sql`CREATE TRIGGER plan_versions_signed_is_final BEFORE UPDATE ON plan_versions
    WHEN OLD.status = 'signed'
    BEGIN SELECT RAISE(ABORT, 'a signed plan version cannot be changed'); END`);
  await run(sql`CREATE TRIGGER plan_versions_signed_not_deleted BEFORE DELETE ON plan_versions
    WHEN OLD.status = 'signed'
    BEGIN SELECT RAISE(ABORT, 'a signed plan version cannot be deleted'); END`);

  await run(sql`CREATE TABLE plan_reviews (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id),
    version_id INTEGER NOT NULL REFERENCES plan_versions (id),
    reviewed_on TEXT NOT NULL,
    summary TEXT NOT NULL,
    next_review_on TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`);
  await run(sql`CREATE INDEX plan_reviews_plan ON plan_reviews (plan_id, reviewed_on)`);

  await run(sql`CREATE TABLE objective_ratings (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    objective_id TEXT NOT NULL,
    rated_on TEXT NOT NULL,
    rater TEXT NOT NULL CHECK (rater IN ('client', 'counselor')),
    rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
    review_id INTEGER REFERENCES plan_reviews (id),
    created_at TEXT NOT NULL
  ) STRICT`);
  await run(sql`CREATE INDEX objective_ratings_client ON objective_ratings (client_id, rated_on)`);

  await run(sql`CREATE TABLE measures (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    kind TEXT NOT NULL CHECK (kind IN ('phq9', 'gad7')),
    given_on TEXT NOT NULL,
    appointment_id INTEGER REFERENCES appointments (id),
    answers TEXT NOT NULL,
    difficulty INTEGER CHECK (difficulty BETWEEN 0 AND 3),
    complete INTEGER NOT NULL CHECK (complete IN (0, 1)),
    total INTEGER,
    severity TEXT,
    safety_flag INTEGER NOT NULL CHECK (safety_flag IN (0, 1)),
    entered_by TEXT NOT NULL CHECK (entered_by IN ('client', 'counselor')),
    created_at TEXT NOT NULL,
    CHECK (complete = 0 OR total IS NOT NULL)
  ) STRICT`);
  await run(sql`CREATE INDEX measures_client ON measures (client_id, kind, given_on)`);

  await run(sql`CREATE TABLE resources (
    id INTEGER PRIMARY KEY,
    starter_key TEXT UNIQUE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    benefits TEXT NOT NULL,
    drawbacks TEXT NOT NULL,
    asks TEXT NOT NULL,
    tags TEXT NOT NULL,
    attachment BLOB,
    attachment_name TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`);
  await run(sql`CREATE TABLE resource_shares (
    id INTEGER PRIMARY KEY,
    resource_id INTEGER NOT NULL REFERENCES resources (id),
    client_id INTEGER NOT NULL REFERENCES clients (id),
    shared_on TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('client_view', 'pdf', 'discussed')),
    created_at TEXT NOT NULL
  ) STRICT`);
  await run(sql`CREATE INDEX resource_shares_client ON resource_shares (client_id, shared_on)`);
}
