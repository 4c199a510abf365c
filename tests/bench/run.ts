/**
 * `npm run bench`: writes the sample ten-year practice into a vault in a temporary folder (in a
 * child process, so this one opens it cold), then measures the app core through `dispatch`, the
 * path the UI uses: medians and p95 per screen's data, unlock and its parts, end of day, backup,
 * memory, the cost of encryption (the same reads on a plain copy), and the renderer in Chromium.
 * It reports figures against the issue's targets; it is not a pass/fail test.
 *
 *   npm run bench -- [--json <file>] [--scale 0.1] [--skip-renderer]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { isChannel } from '../../shared/contract.ts';
import { migrate } from '../../electron/app/db/migrate.ts';
import { openEncrypted, toKysely } from '../../electron/app/db/open.ts';
import type { Database } from '../../electron/app/db/schema.ts';
import { createApp } from '../../electron/app/index.ts';
import { deriveKey, unwrapKey } from '../../electron/app/vault/crypto.ts';
import { readVaultFile } from '../../electron/app/vault/vault-file.ts';
import { measure, summarize, table, target, type Measurement } from './measure.ts';
import { plainCopy } from './plain.ts';
import { bundleSize, measureRenderer, type RendererFigures } from './renderer.ts';
import { readRatios } from './reads.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PASSPHRASE = 'benchmark passphrase for accord';
const OPEN_DAYS = 25;

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const scale = Number(arg('--scale') ?? 1);
  const top = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  const dataDir = join(top, 'vault');
  const backups = join(top, 'backups');
  const notes: string[] = [];
  const load = { before: loadavg().map((l) => l.toFixed(2)) };

  console.log(`Generating the sample practice (scale ${scale}) in ${top} ...`);
  const child = spawnSync(
    process.execPath,
    [join(ROOT, 'tests/bench/generate.ts'), dataDir, PASSPHRASE, String(scale), String(OPEN_DAYS)],
    { encoding: 'utf8', maxBuffer: 10_000_000 },
  );
  if (child.status !== 0) throw new Error(`generation failed:\n${child.stderr}`);
  const generation = JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as {
    generateMs: number;
    today: string;
    counts: Record<string, number>;
  };
  const dbBytes = statSync(join(dataDir, 'accord.db')).size;
  console.log(
    `Generated in ${(generation.generateMs / 1000).toFixed(1)} s; database ${(dbBytes / 1e6).toFixed(0)} MB`,
  );

  const app = createApp({
    dataDir,
    files: {
      chooseSavePath: async () => null,
      chooseFolder: async ({ title }) => (/backup/i.test(title) ? backups : join(top, 'documents')),
    },
  });
  const call = async (channel: string, input: unknown = {}) => {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as never;
  };
  const rows: Measurement[] = [];
  const add = (m: Measurement) => {
    rows.push(m);
    console.log(`  ${m.name}: median ${m.medianMs.toFixed(2)} ms, p95 ${m.p95Ms.toFixed(2)} ms`);
  };
  let memory = { rssMB: 0, heapUsedMB: 0, externalMB: 0, startRssMB: 0 };
  let ratios: Awaited<ReturnType<typeof readRatios>> | undefined;
  let renderer: RendererFigures | undefined;
  try {
    // Unlock, and its parts: the key derivation, opening with the key check, the migration check.
    add(
      target(
        await measure(
          'unlock (vault.unlock through dispatch)',
          async () => {
            await call('vault.unlock', { passphrase: PASSPHRASE });
            await app.vault.lock('by the benchmark');
          },
          10,
          1,
        ),
        1000,
        'median',
      ),
    );
    const file = readVaultFile(app.vault.vaultFile);
    if (file.kind !== 'ok') throw new Error('vault file unreadable');
    const { vault } = file;
    let dbKey: Buffer = Buffer.alloc(0);
    add(
      await measure(
        '  unlock: Argon2id key derivation',
        async () => {
          const passKey = await deriveKey(PASSPHRASE, vault.kdf);
          const key = unwrapKey(
            vault.passphrase,
            passKey,
            `accord-vault:${vault.vaultId}:passphrase`,
          );
          if (!key) throw new Error('wrong passphrase');
          dbKey = key;
        },
        10,
        1,
      ),
    );
    add(
      await measure('  unlock: open database and check key', () =>
        openEncrypted(app.vault.dbFile, dbKey, { create: false }).close(),
      ),
    );
    {
      const handle = openEncrypted(app.vault.dbFile, dbKey, { create: false });
      const db = toKysely(handle);
      add(await measure('  unlock: migration check', () => migrate(handle, db)));
      await db.destroy();
    }

    await call('vault.unlock', { passphrase: PASSPHRASE });
    const db = app.vault.db;
    const subjects = await pickSubjects(db, generation.today);

    const screen = async (name: string, fn: (run: number) => Promise<unknown>, runs = 100) =>
      add(target(await measure(name, fn, runs), 5));
    await screen('Today (today.get)', () => call('today.get', {}));
    await screen('week calendar (schedule.range, 7 days)', (i) => {
      const from = subjects.weeks[i % subjects.weeks.length] as string;
      return call('schedule.range', { from, to: addDaysIso(from, 6) });
    });
    await screen(
      'month calendar (schedule.range, 6 weeks)',
      (i) => {
        const from = subjects.weeks[(i * 4) % subjects.weeks.length] as string;
        return call('schedule.range', { from, to: addDaysIso(from, 41) });
      },
      50,
    );
    await screen('client list (clients.list, active, first 100)', () =>
      call('clients.list', { status: 'active' }),
    );
    await screen('client list (clients.list, all, a page of 100)', (i) =>
      call('clients.list', { status: 'all', offset: (i % 6) * 100 }),
    );
    await screen(
      'client search (clients.list with a query)',
      (i) =>
        call('clients.list', { status: 'all', query: SEARCHES[i % SEARCHES.length] as string }),
      200,
    );
    await screen('client profile (clients.get)', (i) =>
      call('clients.get', { id: subjects.clients[i % subjects.clients.length] as number }),
    );
    await screen(
      "client profile with every tab's data",
      async (i) => {
        const id = subjects.clients[i % subjects.clients.length] as number;
        await call('clients.get', { id });
        await call('schedule.forClient', { clientId: id });
        await call('plans.get', { clientId: id });
        await call('notes.list', { clientId: id });
        await call('measures.list', { clientId: id });
        await call('billing.ledger', { clientId: id });
        await call('resources.shares', { clientId: id });
      },
      50,
    );
    await screen('plan with its history (plans.get)', () =>
      call('plans.get', { clientId: subjects.planClient }),
    );
    await screen('plan: an older version and a diff (plans.version + plans.diff)', async () => {
      await call('plans.version', { id: subjects.versions[0] });
      await call('plans.diff', {
        fromVersionId: subjects.versions[0],
        toVersionId: subjects.versions[1],
      });
    });
    await screen('measures chart data (measures.list)', (i) =>
      call('measures.list', { clientId: subjects.clients[i % subjects.clients.length] as number }),
    );
    await screen('notes list (notes.list, busiest client)', () =>
      call('notes.list', { clientId: subjects.busiest }),
    );
    add(
      target(
        await measure(
          'notes search (notes.list with a query)',
          (i) =>
            call('notes.list', {
              clientId: subjects.clients[i % subjects.clients.length] as number,
              query: NOTE_SEARCHES[i % NOTE_SEARCHES.length] as string,
            }),
          200,
        ),
        20,
      ),
    );
    await screen('ledger (billing.ledger, busiest client)', () =>
      call('billing.ledger', { clientId: subjects.busiest }),
    );
    const eod = subjects.openDays;
    await screen(
      `end of day data (billing.endOfDay, ${eod[0]?.sessions ?? 0} sessions)`,
      (i) => call('billing.endOfDay', { day: eod[i % eod.length]?.day }),
      50,
    );
    const posting: number[] = [];
    const documents: number[] = [];
    const withDocuments = isChannel('documents.forDay');
    for (const { day } of eod) {
      const started = performance.now();
      await call('billing.postDay', { day });
      const posted = performance.now();
      if (withDocuments) await call('documents.forDay', { day, kind: 'auto' });
      posting.push(posted - started);
      documents.push(performance.now() - started);
    }
    const sizes = eod.map((d) => d.sessions);
    const daySize = `${Math.min(...sizes)}-${Math.max(...sizes)} sessions`;
    add(target(summarize(`  post a day (billing.postDay), ${daySize}`, posting), 1000));
    if (withDocuments) {
      add(
        target(
          summarize(
            `post a day and make its documents (+ documents.forDay), ${daySize}`,
            documents,
          ),
          1000,
        ),
      );
    }
    if (!withDocuments) {
      notes.push(
        'End-of-day posting is measured without its documents: no documents.forDay channel.',
      );
    }
    if (isChannel('reports.aging')) {
      await screen(
        'aging report by client (reports.aging)',
        () => call('reports.aging', { by: 'client' }),
        20,
      );
      await screen(
        'aging report by payer (reports.aging)',
        () => call('reports.aging', { by: 'payer' }),
        20,
      );
    } else {
      notes.push('No aging report channel (reports.aging): not measured.');
    }
    await screen('audit log, first page (audit.list)', () => call('audit.list', {}));
    add(
      await measure(
        `audit.verify (${generation.counts.audit_events} events)`,
        () => call('audit.verify'),
        3,
        1,
      ),
    );
    await call('backup.chooseFolder');
    add(await measure('backup (backup.now: VACUUM INTO, verify)', () => call('backup.now'), 3, 0));

    // The price of encryption: the same reads on a plain copy, side by side.
    const source = app.vault.backupSource();
    const plain = plainCopy(source.handle, source.key, join(top, 'plain.db'));
    const plainDb = toKysely(plain);
    ratios = await readRatios(db, plainDb, subjects);
    await plainDb.destroy();
    rmSync(join(top, 'plain.db'), { force: true });
    await app.close();

    // Memory is taken on the core as tsc compiles it for Electron's main process.
    const compiled = join(ROOT, 'test-output', 'bench-core');
    const tsc = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/typescript/bin/tsc'),
        '-p',
        join(ROOT, 'tsconfig.electron.json'),
        '--outDir',
        compiled,
      ],
      { encoding: 'utf8' },
    );
    if (tsc.status !== 0) throw new Error(`compiling the core failed:\n${tsc.stdout}`);
    const probe = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        join(ROOT, 'tests/bench/memory.mjs'),
        join(compiled, 'electron/app/index.js'),
        dataDir,
        PASSPHRASE,
      ],
      { encoding: 'utf8' },
    );
    if (probe.status !== 0) throw new Error(`memory probe failed:\n${probe.stderr}`);
    memory = JSON.parse(probe.stdout.trim().split('\n').at(-1) as string) as typeof memory;

    const dist = join(ROOT, 'dist-renderer');
    if (process.argv.includes('--skip-renderer')) {
      notes.push('Renderer not measured (--skip-renderer).');
    } else if (!existsSync(join(dist, 'index.html'))) {
      notes.push('Renderer not measured: run npm run build:renderer first.');
    } else {
      renderer = { ...bundleSize(dist), ...(await measureRenderer(dataDir, PASSPHRASE, 7)) };
    }
  } finally {
    await app.close();
    rmSync(top, { recursive: true, force: true });
  }

  const paint = renderer
    ? summarize('renderer: Today painted after unlock', renderer.firstPaintAfterUnlockMs)
    : null;
  const extra = [...(paint ? [target(paint, 300, 'median')] : [])];
  console.log(`\n${table([...rows, ...extra])}`);
  console.log(
    `\nmain-process memory (the core compiled as for Electron) after unlock and loading 50 clients' screens: RSS ${memory.rssMB.toFixed(0)} MB (${memory.startRssMB.toFixed(0)} MB before unlock), JS heap ${memory.heapUsedMB.toFixed(0)} MB, external ${memory.externalMB.toFixed(0)} MB (target < 200 MB RSS: ${memory.rssMB < 200 ? 'ok' : 'MISSED'})`,
  );
  if (ratios) {
    console.log(`\nencrypted / plain, same reads on the same data (median of each):`);
    for (const r of ratios.rows) {
      console.log(
        `  ${r.name.padEnd(40)} ${r.encryptedMs.toFixed(2).padStart(8)} ms  ${r.plainMs.toFixed(2).padStart(8)} ms  ${r.ratio.toFixed(2)}`,
      );
    }
    console.log(
      `  all reads: ${ratios.overall.toFixed(2)} (target <= 1.3: ${ratios.overall <= 1.3 ? 'ok' : 'MISSED'})`,
    );
  }
  if (renderer) {
    console.log(
      `\nrenderer JS: ${(renderer.jsBytes / 1e3).toFixed(0)} kB in ${renderer.jsFiles} files (${(renderer.jsGzipBytes / 1e3).toFixed(0)} kB gzipped); lock screen first contentful paint ${renderer.lockScreenFcpMs === null ? 'not reported by headless Chromium' : `${renderer.lockScreenFcpMs.toFixed(0)} ms`}`,
    );
  }
  const counts = Object.entries(generation.counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(
    `\ndata: ${counts}; database ${(dbBytes / 1e6).toFixed(0)} MB; generated in ${(generation.generateMs / 1000).toFixed(1)} s`,
  );
  const machine = {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? '',
    load: { ...load, after: loadavg().map((l) => l.toFixed(2)) },
  };
  console.log(
    `machine: ${machine.cpus} cores, load average before ${load.before.join(' ')}, after ${machine.load.after.join(' ')}`,
  );
  for (const n of notes) console.log(`note: ${n}`);

  const out = arg('--json');
  if (out) {
    writeFileSync(
      out,
      `${JSON.stringify({ at: new Date().toISOString(), machine, scale, generation: { ...generation, dbBytes }, rows: [...rows, ...extra], memory, ratios: ratios ?? null, renderer: renderer ?? null, notes }, null, 2)}\n`,
    );
    console.log(`\nWrote ${out}`);
  }
}

const SEARCHES = ['ash', 'willow', 'mea', 'fernb', 'oak', 'juno', 'kira', '555', 'stone', 'ro'];
const NOTE_SEARCHES = ['exposure', 'sleep', 'grounding', 'manager', 'breathing', 'sibling'];

function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export interface Subjects {
  today: string;
  weeks: string[];
  clients: number[];
  busiest: number;
  planClient: number;
  versions: [number, number];
  openDays: { day: string; sessions: number }[];
}

/** What to measure on: the last year's Mondays, the clients with most history, the open days. */
async function pickSubjects(db: Kysely<Database>, today: string): Promise<Subjects> {
  const monday = (d: string) => addDaysIso(d, -((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7));
  const weeks = Array.from({ length: 52 }, (_, i) => addDaysIso(monday(today), -7 * i));
  const busy = await db
    .selectFrom('charges')
    .select(['client_id'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .groupBy('client_id')
    .orderBy('n', 'desc')
    .limit(40)
    .execute();
  const plan = await db
    .selectFrom('plan_versions')
    .innerJoin('plans', 'plans.id', 'plan_versions.plan_id')
    .select(['plans.client_id', 'plan_versions.plan_id'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .groupBy(['plans.client_id', 'plan_versions.plan_id'])
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const versions = await db
    .selectFrom('plan_versions')
    .select('id')
    .where('plan_id', '=', plan.plan_id)
    .orderBy('version')
    .execute();
  const open = await db
    .selectFrom('appointments')
    .select('local_date')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('local_date', '<', today)
    .where(sql<boolean>`NOT EXISTS (SELECT 1 FROM day_sheets WHERE day = appointments.local_date)`)
    .where('status', 'not in', ['cancelled_client', 'cancelled_counselor'])
    .groupBy('local_date')
    .orderBy('n', 'desc')
    .execute();
  return {
    today,
    weeks,
    clients: busy.map((b) => b.client_id),
    busiest: busy[0]?.client_id ?? 1,
    planClient: plan.client_id,
    versions: [versions.at(-2)?.id ?? 1, versions.at(-1)?.id ?? 1],
    openDays: open.map((o) => ({ day: o.local_date, sessions: Number(o.n) })),
  };
}

await main();
