import type { Kysely } from 'kysely';
import { chargeDues } from '../../electron/app/billing/dues.ts';
import { ledgerOf } from '../../electron/app/billing/ledger.ts';
import { getClient, listClients } from '../../electron/app/clients/clients.ts';
import type { Database } from '../../electron/app/db/schema.ts';
import { measuresOf } from '../../electron/app/measures/measures.ts';
import { listNotes } from '../../electron/app/notes/notes.ts';
import { SAMPLE_TIME_ZONE } from '../../electron/app/sample/generate.ts';
import { appointmentsInRange, toAppointments } from '../../electron/app/scheduling/appointments.ts';
import { measure } from './measure.ts';
import type { Subjects } from './run.ts';

export interface ReadRatio {
  name: string;
  encryptedMs: number;
  plainMs: number;
  ratio: number;
}

/**
 * The same reads, through the same domain functions the channels call, on the encrypted
 * database and on its plain copy, alternating so both see the same machine load. The channels
 * themselves cannot be pointed at a plain file (the vault opens only encrypted ones), and these
 * functions are all they do for reads apart from validation.
 */
export async function readRatios(
  encrypted: Kysely<Database>,
  plain: Kysely<Database>,
  s: Subjects,
): Promise<{ rows: ReadRatio[]; overall: number }> {
  const zone = SAMPLE_TIME_ZONE;
  const client = (i: number) => s.clients[i % s.clients.length] as number;
  const reads: [string, (db: Kysely<Database>, i: number) => Promise<unknown>, number][] = [
    [
      'week calendar',
      async (db, i) => {
        const from = s.weeks[i % s.weeks.length] as string;
        const to = new Date(Date.parse(from) + 6 * 86_400_000).toISOString().slice(0, 10);
        return toAppointments(db, await appointmentsInRange(db, from, to, zone));
      },
      100,
    ],
    [
      'client list',
      (db) => listClients(db, { query: '', status: 'all', limit: 100, offset: 0 }),
      100,
    ],
    [
      'client search',
      (db) => listClients(db, { query: 'will', status: 'all', limit: 100, offset: 0 }),
      100,
    ],
    ['client record', (db, i) => getClient(db, client(i)), 100],
    ['ledger', (db, i) => ledgerOf(db, client(i), s.today), 100],
    ['measures', (db, i) => measuresOf(db, client(i)), 100],
    ['notes of a client', (db, i) => listNotes(db, client(i), '', ''), 50],
    ['notes search', (db, i) => listNotes(db, client(i), 'exposure', ''), 100],
    ['who owes what, whole practice (chargeDues)', (db) => chargeDues(db), 5],
  ];
  const rows: ReadRatio[] = [];
  for (const [name, read, runs] of reads) {
    // Warm both caches first, then take turns.
    const e = await measure(name, (i) => read(encrypted, i), runs, 3);
    const p = await measure(name, (i) => read(plain, i), runs, 3);
    const e2 = await measure(name, (i) => read(encrypted, i), runs, 0);
    const p2 = await measure(name, (i) => read(plain, i), runs, 0);
    const encryptedMs = Math.min(e.medianMs, e2.medianMs);
    const plainMs = Math.min(p.medianMs, p2.medianMs);
    rows.push({ name, encryptedMs, plainMs, ratio: encryptedMs / plainMs });
  }
  const overall =
    rows.reduce((sum, r) => sum + r.encryptedMs, 0) / rows.reduce((sum, r) => sum + r.plainMs, 0);
  return { rows, overall };
}
