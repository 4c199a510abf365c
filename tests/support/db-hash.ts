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
    // Sorted in memory: some tables (FTS5's own) have no rowid to order by.
    const rows = handle
      .prepare(`SELECT * FROM ${quoted}`)
      .raw()
      .all()
      .map((row) =>
        JSON.stringify(row, (_k, v) =>
          Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v,
        ),
      )
      .sort();
    for (const row of rows) hash.update(row);
  }
  return hash.digest('hex');
}
