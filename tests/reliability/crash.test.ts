import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { listBackups, verifyBackup } from '../../electron/app/backup/backup.ts';
import { SCHEMA_VERSION } from '../../electron/app/db/migrations/index.ts';
import { createApp } from '../../electron/app/index.ts';
import { createClient } from '../../shared/api.ts';
import type { AuditVerification } from '../../shared/domain/audit.ts';
import { PASSPHRASE, tempDir } from '../support/app.ts';
import { stepBackOneVersion } from '../support/schema.ts';
import { recordFigures, RELIABILITY_SCALE } from './scale.ts';

const RUNS = 20 * RELIABILITY_SCALE;
const dataDir = tempDir('accord-crash-');
beforeAll(async () => {
  const setup = createApp({ dataDir, kdfTargetMs: 1 });
  await setup.dispatch('vault.setup', { passphrase: PASSPHRASE });
  await setup.close();
});
/** For the reliability summary; counted before each check, so a failing run still reports. */
const figures = {
  runs: 0,
  killsDuringWrites: 0,
  killsDuringBackups: 0,
  killsDuringMigrations: 0,
  lostWrites: 0,
};
afterAll(async () => {
  // The trail of everything the kills left behind still links up, event by event.
  const app = createApp({ dataDir, kdfTargetMs: 1 });
  const call = createClient({ invoke: app.dispatch });
  let audit: AuditVerification | null = null;
  try {
    await call('vault.unlock', { passphrase: PASSPHRASE });
    audit = await call('audit.verify');
  } finally {
    await app.close();
    recordFigures('crash', {
      ...figures,
      auditRowsVerified: audit?.checked ?? 0,
      auditIntact: audit?.ok ?? false,
    });
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/**
 * Runs the child and kills it at a random moment: `killAfter` ms after it starts, or else soon
 * after its first acknowledged step.
 */
function runAndKill(
  start: number,
  mode: 'writes' | 'backups' = 'writes',
  killAfter?: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['tests/reliability/crash-child.ts', mode, dataDir, PASSPHRASE, String(start)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let lastAck = -1;
    let buffered = '';
    let stderr = '';
    const kill = () => child.kill('SIGKILL');
    let timer = killAfter === undefined ? undefined : setTimeout(kill, killAfter);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) lastAck = Number(line.slice(4));
      if (lastAck >= start) timer ??= setTimeout(kill, Math.random() * 150);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && (lastAck >= start || killAfter !== undefined)) resolve(lastAck);
      else reject(new Error(`child ended without being killed: ${stderr.slice(0, 500)}`));
    });
  });
}

test(`${RUNS} kills with SIGKILL lose no acknowledged write and leave a sound database`, async () => {
  let next = 0;
  for (let run = 0; run < RUNS; run++) {
    const lastAck = await runAndKill(next);
    const app = createApp({ dataDir, kdfTargetMs: 1 });
    const unlocked = await app.dispatch('vault.unlock', { passphrase: PASSPHRASE });
    expect(unlocked.ok).toBe(true);
    expect(app.vault.handle.pragma('integrity_check', { simple: true })).toBe('ok');
    const { count } = app.vault.handle
      .prepare(
        `SELECT count(*) AS count FROM audit_events WHERE action = 'settings.security_updated'`,
      )
      .get() as { count: number };
    figures.runs++;
    figures.killsDuringWrites++;
    figures.lostWrites += Math.max(0, lastAck + 1 - count);
    // Every acknowledged write is there; at most one more committed before its ack was printed.
    expect(count).toBeGreaterThanOrEqual(lastAck + 1);
    expect(count).toBeLessThanOrEqual(lastAck + 2);
    const verified = await app.dispatch('audit.verify', {});
    expect(verified).toMatchObject({ ok: true, value: { ok: true } });
    await app.close();
    next = count;
  }
});

test(`${RUNS / 4} kills during backups leave the database sound and no partial backup passing as whole`, async () => {
  let next = 0;
  for (let run = 0; run < RUNS / 4; run++) {
    next = (await runAndKill(next, 'backups')) + 1;
    figures.runs++;
    figures.killsDuringBackups++;
    const app = createApp({ dataDir, kdfTargetMs: 1 });
    expect((await app.dispatch('vault.unlock', { passphrase: PASSPHRASE })).ok).toBe(true);
    expect(app.vault.handle.pragma('integrity_check', { simple: true })).toBe('ok');
    const key = app.vault.backupSource().key;
    for (const backup of listBackups(join(dataDir, '..', 'crash-backups'))) {
      // A copy cut short by the kill has no manifest: it is listed as not intact, never restored.
      if (backup.manifest) expect(() => verifyBackup(backup.file, key)).not.toThrow();
    }
    await app.close();
  }
  rmSync(join(dataDir, '..', 'crash-backups'), { recursive: true, force: true });
});

test(`${RUNS / 2} kills during a migration leave the old or the new version, never a broken one`, async () => {
  for (let run = 0; run < RUNS / 2; run++) {
    // Step the database back one schema version, as the previous release left it.
    const old = createApp({ dataDir, kdfTargetMs: 1 });
    await old.dispatch('vault.unlock', { passphrase: PASSPHRASE });
    stepBackOneVersion(old.vault.handle);
    await old.close();

    await runAndKill(0, 'writes', 150 + Math.random() * 600);
    figures.runs++;
    figures.killsDuringMigrations++;
    const app = createApp({ dataDir, kdfTargetMs: 1 });
    const unlocked = await app.dispatch('vault.unlock', { passphrase: PASSPHRASE });
    expect(unlocked.ok).toBe(true);
    expect(app.vault.handle.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(app.vault.handle.pragma('integrity_check', { simple: true })).toBe('ok');
    await app.close();
  }
  expect(
    readdirSync(join(dataDir, 'backups')).some((f) => f.endsWith('-before-migration.db')),
  ).toBe(true);
});
