import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect } from 'kysely';
import { AccordError } from '../../../shared/errors.ts';
import type { Database } from './schema.ts';

export type SqliteHandle = BetterSqlite3.Database;

export const KEY_BYTES = 32;

/**
 * Opens the encrypted database with a raw 256-bit key (no KDF inside SQLite: the vault derived
 * the key already). The order matters: cipher and key first, then a read that proves the key,
 * and only then the PRAGMAs that touch the file.
 */
export function openEncrypted(
  file: string,
  key: Buffer,
  options: { create: boolean; readOnly?: boolean },
): SqliteHandle {
  if (key.length !== KEY_BYTES) throw new Error('database key must be 32 bytes');
  if (!options.create && !existsSync(file)) {
    throw new AccordError(
      'DB_MISSING',
      'Your vault is here but its database file (accord.db) is missing. Nothing was changed. Restore the file from a backup, or choose the folder that holds it.',
    );
  }
  const handle = new BetterSqlite3(file, {
    fileMustExist: !options.create,
    readonly: options.readOnly ?? false,
  });
  try {
    handle.pragma(`cipher='sqlcipher'`);
    handle.pragma('legacy=4');
    // SQLite takes the key only as text; the hex string lives as briefly as this call.
    handle.pragma(`key="x'${key.toString('hex')}'"`);
    // A wrong key is not reported by PRAGMA key: the first read fails instead.
    handle.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    handle.close();
    throw isNotADatabase(error) ? mismatchError() : error;
  }
  // Without this, sorts and index builds write plaintext temporary files.
  handle.pragma('temp_store = MEMORY');
  // A read-only copy (a backup being checked) must stay byte for byte as it was written.
  if (options.readOnly) return handle;
  handle.pragma('journal_mode = WAL');
  handle.pragma('synchronous = FULL');
  handle.pragma('foreign_keys = ON');
  handle.pragma('secure_delete = ON');
  return handle;
}

/** The key does not open this file: it belongs to another vault, or is not a database at all. */
export function mismatchError(): AccordError {
  return new AccordError(
    'DB_MISMATCH',
    'The database in this folder does not belong to this vault. Nothing was changed. Check that vault.json and accord.db come from the same Accord folder.',
  );
}

function isNotADatabase(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error.code === 'SQLITE_NOTADB' || error.code === 'SQLITE_CORRUPT')
  );
}

export function toKysely(handle: SqliteHandle): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) });
}
