import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { AccordError } from '../../../shared/errors.ts';
import { schemaVersion } from '../db/migrate.ts';
import { openEncrypted, type SqliteHandle } from '../db/open.ts';
import { writeFileAtomic } from '../vault/vault-file.ts';

/** accord-backup-20260302-150000[-reason].db, with a .json manifest and a .vault.json beside it. */
const NAME = /^accord-backup-(\d{8})-(\d{6})(?:-(daily|before-migration|before-restore))?\.db$/;

export const REASONS = ['manual', 'daily', 'before-migration', 'before-restore'] as const;
export type BackupReason = (typeof REASONS)[number];

export const manifestSchema = z.strictObject({
  format: z.literal(1),
  createdAt: z.string(),
  reason: z.enum(REASONS),
  schemaVersion: z.number().int(),
  bytes: z.number().int(),
  sha256: z.string(),
  /** Row counts per table: enough to recognise a backup, no record content. */
  counts: z.record(z.string(), z.number().int()),
  auditHead: z.strictObject({ id: z.number().int(), hash: z.string() }).nullable(),
});
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * A backup's three files. The manifest comes first: deleting in this order, a kill half-way
 * never leaves a manifest beside a copy it does not describe.
 */
const paths = (db: string) => ({
  manifest: db.replace(/\.db$/, '.json'),
  db,
  vault: db.replace(/\.db$/, '.vault.json'),
});
const taken = (db: string) => Object.values(paths(db)).some((f) => existsSync(f));

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function tableCounts(handle: SqliteHandle): Record<string, number> {
  const tables = handle
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND name NOT LIKE '%_search%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [
      t,
      handle
        .prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

function damaged(detail: string): AccordError {
  return new AccordError(
    'VALIDATION',
    `This backup cannot be used: ${detail}. Nothing was changed. Choose another backup.`,
    { fields: { file: detail } },
  );
}

/** Opens a backup with the key and checks it through; returns what it holds. */
export function inspectBackup(
  file: string,
  key: Buffer,
): Omit<Manifest, 'format' | 'createdAt' | 'reason' | 'bytes' | 'sha256'> {
  if (!existsSync(file)) throw damaged('the file is missing');
  let handle: SqliteHandle;
  try {
    handle = openEncrypted(file, key, { create: false, readOnly: true });
  } catch (error) {
    if (error instanceof AccordError && error.code === 'DB_MISMATCH') {
      throw damaged('it is damaged or belongs to another vault');
    }
    throw error;
  }
  try {
    const check = handle.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw damaged('its contents are damaged');
    const head = handle
      .prepare('SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1')
      .get() as { id: number; hash: string } | undefined;
    return {
      schemaVersion: schemaVersion(handle),
      counts: tableCounts(handle),
      auditHead: head ?? null,
    };
  } catch (error) {
    if (error instanceof AccordError) throw error;
    throw damaged('its contents are damaged');
  } finally {
    handle.close();
  }
}

/**
 * Copies the live database into `folder` with VACUUM INTO (the copy stays encrypted with the same
 * key; SQLite's backup API does not work on encrypted databases), checks the copy by opening it,
 * and writes a manifest and the vault file beside it. Never writes over an existing file.
 */
export function makeBackup(
  source: { handle: SqliteHandle; key: Buffer; vaultFile: string },
  folder: string,
  reason: BackupReason,
  now: Date,
): { file: string; manifest: Manifest } {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const suffix = reason === 'manual' ? '' : `-${reason}`;
  let name = `accord-backup-${stamp(now)}${suffix}.db`;
  // A name is free only if none of its files is left, not even a manifest a kill left behind.
  for (let n = 2; taken(join(folder, name)); n++) {
    name = `accord-backup-${stamp(new Date(now.getTime() + n * 1000))}${suffix}.db`;
  }
  const target = paths(join(folder, name));
  try {
    source.handle.prepare('VACUUM INTO ?').run(target.db);
    const inside = inspectBackup(target.db, source.key);
    const manifest: Manifest = {
      format: 1,
      createdAt: now.toISOString(),
      reason,
      bytes: statSync(target.db).size,
      sha256: sha256(target.db),
      ...inside,
    };
    copyFileSync(source.vaultFile, target.vault);
    writeFileAtomic(target.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
    return { file: target.db, manifest };
  } catch (error) {
    for (const f of Object.values(target)) rmSync(f, { force: true });
    throw error;
  }
}

function readManifest(file: string): Manifest | null {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

export interface ListedBackup {
  file: string;
  name: string;
  manifest: Manifest | null;
}

export function listBackups(folder: string): ListedBackup[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((n) => NAME.test(n))
    .sort()
    .reverse()
    .map((name) => {
      const file = join(folder, name);
      const { manifest } = paths(file);
      return { file, name, manifest: readManifest(manifest) };
    });
}

/** Full check before a restore: the bytes match the manifest and the database opens whole. */
export function verifyBackup(file: string, key: Buffer): Manifest {
  if (!NAME.test(basename(file))) throw damaged('it is not an Accord backup');
  const listed = listBackups(join(file, '..')).find((b) => b.file === file);
  if (!listed?.manifest) throw damaged('its manifest is missing or damaged');
  if (statSync(file).size !== listed.manifest.bytes || sha256(file) !== listed.manifest.sha256) {
    throw damaged('it was cut short or changed after it was written');
  }
  inspectBackup(file, key);
  return listed.manifest;
}

/**
 * Keeps the newest backup of each of the last 7 days, 4 weeks and 12 months and deletes the rest.
 * Copies made before a migration or a restore are the way back from it: never rotated out.
 */
export function rotateBackups(folder: string): string[] {
  const all = listBackups(folder).filter((b) => !/-before-(migration|restore)\.db$/.test(b.name));
  const keep = new Set<string>();
  const buckets: [number, (date: Date) => string][] = [
    [7, (d) => d.toISOString().slice(0, 10)],
    [4, (d) => isoWeek(d)],
    [12, (d) => d.toISOString().slice(0, 7)],
  ];
  for (const [count, key] of buckets) {
    const seen = new Set<string>();
    for (const b of all) {
      const k = key(dateOf(b.name));
      if (seen.has(k)) continue;
      seen.add(k);
      if (seen.size > count) break;
      keep.add(b.file);
    }
  }
  const removed: string[] = [];
  for (const b of all) {
    if (keep.has(b.file)) continue;
    for (const f of Object.values(paths(b.file))) rmSync(f, { force: true });
    removed.push(b.name);
  }
  return removed;
}

function dateOf(name: string): Date {
  const [, d = '', t = ''] = NAME.exec(name) ?? [];
  return new Date(
    `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}Z`,
  );
}

function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
