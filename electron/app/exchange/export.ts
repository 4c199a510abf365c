import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { displayName } from '../../../shared/domain/clients.ts';
import { SCHEMA_VERSION } from '../db/migrations/index.ts';
import type { AppContext } from '../context.ts';
import { clientsCsv } from '../clients/import.ts';
import { toCsv } from '../clients/csv.ts';
import { planPdf } from '../plans/pdf.ts';
import { toVersion } from '../plans/plans.ts';
import { getPractice } from '../settings/settings.ts';
import { notesPdf } from '../notes/pdf.ts';
import { writeFileAtomic } from '../vault/vault-file.ts';
import { columnsOf, dataTables, tableRows } from './tables.ts';
import { loadNote } from '../notes/handlers.ts';

export const EXPORT_FORMAT = 1;

function safeName(text: string): string {
  return (
    text
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 60) || 'client'
  );
}

/**
 * Everything, in open formats, into a new folder inside the one the counselor chose: one JSON
 * file per table (with the schema version), CSV for the tables people open in a spreadsheet,
 * the PDFs of plans and notes, and a manifest with counts. Nothing is written anywhere else.
 */
export async function exportAll(
  ctx: AppContext,
  parent: string,
): Promise<{ folder: string; counts: Record<string, number> }> {
  const handle = ctx.vault.backupSource().handle;
  const now = ctx.clock.now();
  const folder = join(
    parent,
    `accord-export-${now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}`,
  );
  for (const dir of ['tables', 'csv', 'pdf'])
    mkdirSync(join(folder, dir), { recursive: true, mode: 0o700 });

  const counts: Record<string, number> = {};
  for (const table of dataTables(handle)) {
    const rows = tableRows(handle, table);
    counts[table] = rows.length;
    writeFileAtomic(
      join(folder, 'tables', `${table}.json`),
      `${JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, table, columns: columnsOf(handle, table), rows })}\n`,
    );
  }

  const clients = await ctx.db.selectFrom('clients').selectAll().orderBy('id').execute();
  writeFileAtomic(join(folder, 'csv', 'clients.csv'), clientsCsv(clients));
  const sessions = await ctx.db
    .selectFrom('appointments')
    .innerJoin('services', 'services.id', 'appointments.service_id')
    .select([
      'appointments.id',
      'client_id',
      'local_date',
      'local_time',
      'duration_min',
      'services.code',
      'location',
      'status',
    ])
    .orderBy('start_at')
    .execute();
  writeFileAtomic(
    join(folder, 'csv', 'appointments.csv'),
    toCsv(
      ['Session id', 'Client id', 'Date', 'Time', 'Minutes', 'Service', 'Location', 'Status'],
      sessions.map((s) =>
        [
          s.id,
          s.client_id,
          s.local_date,
          s.local_time,
          s.duration_min,
          s.code,
          s.location,
          s.status,
        ].map(String),
      ),
    ),
  );

  const practice = await getPractice(ctx.db);
  const names = new Map(
    clients.map((c) => [
      c.id,
      displayName({
        legalFirstName: c.legal_first_name,
        legalLastName: c.legal_last_name,
        preferredName: c.preferred_name,
      }),
    ]),
  );
  const versions = await ctx.db
    .selectFrom('plan_versions')
    .innerJoin('plans', 'plans.id', 'plan_versions.plan_id')
    .selectAll('plan_versions')
    .select('plans.client_id')
    .execute();
  for (const { client_id, ...row } of versions) {
    const name = names.get(client_id) ?? 'client';
    const pdf = await planPdf(
      toVersion(row, client_id),
      { name, counselor: practice.counselorName, practice: practice.practiceName },
      { diagnoses: null, includeCounselorNotes: true },
    );
    writeFileAtomic(
      join(folder, 'pdf', `plan-${client_id}-${safeName(name)}-v${row.version}.pdf`),
      pdf,
    );
  }
  const noted = await ctx.db.selectFrom('notes').select('client_id').distinct().execute();
  for (const { client_id } of noted) {
    const ids = await ctx.db
      .selectFrom('notes')
      .select('id')
      .where('client_id', '=', client_id)
      .orderBy('service_date')
      .execute();
    const notes = [];
    for (const { id } of ids) notes.push(await loadNote(ctx, id));
    writeFileAtomic(
      join(folder, 'pdf', `notes-${client_id}-${safeName(names.get(client_id) ?? 'client')}.pdf`),
      await notesPdf(notes, practice, new Map()),
    );
  }

  writeFileAtomic(
    join(folder, 'manifest.json'),
    `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), schemaVersion: SCHEMA_VERSION, counts }, null, 2)}\n`,
  );
  return { folder, counts };
}
