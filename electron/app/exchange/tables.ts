import type { SqliteHandle } from '../db/open.ts';

/**
 * Tables Accord keeps for itself, not the practice's data: the vault's id, search indexes, the
 * open charges (triggers fill it from the charges and settlements as they are imported).
 */
const SKIPPED = /^(meta|sqlite_.*|.*_search(_.*)?|open_charges)$/;

/** The practice's tables in creation order, which is also an order that satisfies foreign keys. */
export function dataTables(handle: SqliteHandle): string[] {
  return (
    handle
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid`)
      .pluck()
      .all() as string[]
  ).filter((name) => !SKIPPED.test(name));
}

export function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function columnsOf(handle: SqliteHandle, table: string): string[] {
  return handle
    .prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`)
    .pluck()
    .all(table) as string[];
}

/** Rows as JSON-safe values: BLOBs (resource attachments) become base64 strings. */
export function tableRows(handle: SqliteHandle, table: string): unknown[][] {
  return (
    handle
      .prepare(`SELECT * FROM ${quoted(table)} ORDER BY rowid`)
      .raw()
      .all() as unknown[][]
  ).map((row) => row.map((v) => (Buffer.isBuffer(v) ? { base64: v.toString('base64') } : v)));
}

export function fromJson(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'base64' in value) {
    return Buffer.from(String((value as { base64: string }).base64), 'base64');
  }
  return value;
}
