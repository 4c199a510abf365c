import { sql, type Kysely } from 'kysely';
import { AccordError } from '../../../shared/errors.ts';
import { migrations, SCHEMA_VERSION } from './migrations/index.ts';
import type { SqliteHandle } from './open.ts';
import type { Database } from './schema.ts';

/** The schema version a database records (PRAGMA user_version): how many migrations it ran. */
export function schemaVersion(handle: SqliteHandle): number {
  return handle.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to this app's schema. A database written by a newer Accord is refused
 * before anything runs. Each migration and its version bump commit in one transaction (SQLite
 * DDL is transactional; Kysely's own Migrator does not use transactions on SQLite), so a crash
 * mid-migration leaves the previous version intact.
 */
export async function migrate(handle: SqliteHandle, db: Kysely<Database>): Promise<void> {
  const found = schemaVersion(handle);
  if (found > SCHEMA_VERSION) {
    throw new AccordError(
      'DB_TOO_NEW',
      `This database was last used by a newer version of Accord (schema ${found}; this app knows up to ${SCHEMA_VERSION}). Nothing was changed. Install the latest Accord to open it.`,
    );
  }
  for (let version = found; version < SCHEMA_VERSION; version++) {
    const [, migration] = migrations[version] as (typeof migrations)[number];
    await db.transaction().execute(async (trx) => {
      await migration.up(trx as unknown as Kysely<unknown>);
      await sql.raw(`PRAGMA user_version = ${version + 1}`).execute(trx);
    });
  }
}
