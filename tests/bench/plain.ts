import { renameSync, rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { openEncrypted, type SqliteHandle } from '../../electron/app/db/open.ts';

/**
 * An unencrypted copy of the vault's database, for measuring what encryption costs. Made the
 * cipher's documented way: an encrypted VACUUM INTO copy, re-keyed to the empty key, which
 * SQLite3MultipleCiphers writes back as a plain SQLite file. Opened with the same PRAGMAs as
 * the real database (`openEncrypted` minus the key), so the two differ only in the cipher.
 * Only ever made from the invented sample practice, in a temporary folder.
 */
export function plainCopy(source: SqliteHandle, key: Buffer, file: string): SqliteHandle {
  const staged = `${file}.encrypted`;
  rmSync(staged, { force: true });
  source.prepare('VACUUM INTO ?').run(staged);
  const copy = openEncrypted(staged, key, { create: false });
  copy.pragma('journal_mode = DELETE');
  copy.pragma(`rekey = ''`);
  copy.close();
  renameSync(staged, file);
  const plain = new BetterSqlite3(file, { fileMustExist: true });
  plain.prepare('SELECT count(*) FROM sqlite_schema').get();
  plain.pragma('temp_store = MEMORY');
  plain.pragma('journal_mode = WAL');
  plain.pragma('synchronous = FULL');
  plain.pragma('foreign_keys = ON');
  plain.pragma('secure_delete = ON');
  return plain;
}
