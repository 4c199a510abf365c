import { createHash } from 'node:crypto';
import type { SqliteHandle } from '../../electron/app/db/open.ts';

/** A hash of every row of every table: equal hashes mean equal database content. */
export function contentHash(handle: SqliteHandle): string {
  const hash = createHash('sha256');
  const tables = handle
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(table);
    const quoted = `"${table.replaceAll('"', '""')}"`;
    for (const row of handle.prepare(`SELECT * FROM ${quoted} ORDER BY rowid`).raw().iterate()) {
      hash.update(JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
    }
  }
  return hash.digest('hex');
}
