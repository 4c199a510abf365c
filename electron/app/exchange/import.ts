import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Transaction } from 'kysely';
import { z } from 'zod';
import { AccordError } from '../../../shared/errors.ts';
import { linkHash } from '../audit/audit.ts';
import { indexClient } from '../clients/search.ts';
import type { AppContext } from '../context.ts';
import { SCHEMA_VERSION } from '../db/migrations/index.ts';
import type { Database } from '../db/schema.ts';
import { indexNote } from '../notes/notes.ts';
import { columnsOf, dataTables, fromJson, quoted } from './tables.ts';

const tableFile = z.strictObject({
  format: z.literal(1),
  schemaVersion: z.number().int(),
  table: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
});

/** What a new vault holds before anyone has worked in it: its own setup and the seeds. */
const SEEDED = new Set(['services', 'resources', 'audit_events', 'settings']);

function refuse(message: string): never {
  throw new AccordError('VALIDATION', `${message} Nothing was imported.`, {
    fields: { folder: message },
  });
}

/**
 * Reads an export made by "Export everything" into this vault, which must be new: the result
 * equals the exported practice, its audit trail included, followed by one event for the import.
 */
export async function importAll(ctx: AppContext, folder: string): Promise<Record<string, number>> {
  if (!existsSync(join(folder, 'manifest.json'))) refuse('This folder is not an Accord export.');
  const handle = ctx.vault.backupSource().handle;
  const tables = dataTables(handle);
  const files = tables.map((table) => {
    const path = join(folder, 'tables', `${table}.json`);
    if (!existsSync(path)) refuse(`The export has no ${table} file.`);
    const parsed = tableFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success || parsed.data.table !== table) refuse(`The ${table} file is damaged.`);
    const data = (parsed as { data: z.infer<typeof tableFile> }).data;
    if (data.schemaVersion !== SCHEMA_VERSION) {
      refuse(
        `The export is from another version of Accord (schema ${data.schemaVersion}; this one is ${SCHEMA_VERSION}).`,
      );
    }
    const expected = columnsOf(handle, table);
    if (data.columns.join() !== expected.join())
      refuse(`The ${table} file does not match this version of Accord.`);
    return data;
  });
  for (const t of tables.filter((t) => !SEEDED.has(t))) {
    const n = handle
      .prepare(`SELECT count(*) FROM ${quoted(t)}`)
      .pluck()
      .get() as number;
    if (n > 0) refuse('This vault already has records. Import into a new vault.');
  }

  const counts: Record<string, number> = {};
  await ctx.db.transaction().execute(async (trx) => {
    // The imported trail replaces the new vault's few setup events; its triggers forbid that,
    // so they step aside inside this transaction only and are put back before it commits.
    await sql`DROP TRIGGER audit_events_no_delete`.execute(trx);
    for (const table of ['audit_events', 'settings', 'resources', 'services']) {
      await sql.raw(`DELETE FROM ${quoted(table)}`).execute(trx);
    }
    await sql`CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
      BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END`.execute(trx);
    for (const file of files) {
      const placeholders = file.columns.map(() => '?').join(', ');
      const insert = handle.prepare(
        `INSERT INTO ${quoted(file.table)} (${file.columns.map(quoted).join(', ')}) VALUES (${placeholders})`,
      );
      for (const row of file.rows) insert.run(...row.map(fromJson));
      counts[file.table] = file.rows.length;
    }
    await reindex(trx);
    await appendImportEvent(trx, ctx.clock.now(), counts);
  });
  return counts;
}

async function reindex(trx: Transaction<Database>): Promise<void> {
  for (const c of await trx.selectFrom('clients').selectAll().execute())
    await indexClient(trx, c.id, c);
  for (const n of await trx.selectFrom('notes').select('id').execute()) await indexNote(trx, n.id);
}

async function appendImportEvent(
  trx: Transaction<Database>,
  at: Date,
  counts: Record<string, number>,
) {
  const last = await trx
    .selectFrom('audit_events')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const row = {
    id: (last?.id ?? 0) + 1,
    at: at.toISOString(),
    actor: 'counselor',
    action: 'data.imported',
    entity: 'vault',
    entity_id: null,
    client_id: null,
    summary: `Imported an export: ${counts.clients ?? 0} clients, ${counts.appointments ?? 0} sessions, ${counts.notes ?? 0} notes`,
  };
  const prev = last?.hash ?? '0'.repeat(64);
  await trx
    .insertInto('audit_events')
    .values({ ...row, prev_hash: prev, hash: linkHash(prev, row) })
    .execute();
}
