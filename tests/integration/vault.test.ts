import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  PASSPHRASE,
  manualClock,
  rejection,
  startApp,
  tempDir,
  type TestApp,
} from '../support/app.ts';
import { folderFingerprint } from '../support/files.ts';

const NEW_PASSPHRASE = 'a quieter river at dawn';

let apps: TestApp[] = [];
function app(...args: Parameters<typeof startApp>): TestApp {
  const started = startApp(...args);
  apps.push(started);
  return started;
}
afterEach(async () => {
  for (const a of apps) await a.dispose();
  apps = [];
});

async function setUp(options: Parameters<typeof startApp>[0] = {}) {
  const a = app(options);
  const { recoveryKey } = await a.call('vault.setup', { passphrase: PASSPHRASE });
  return { a, recoveryKey };
}

describe('setup', () => {
  test('a new folder is new; setup creates the vault, unlocks it and shows the recovery key once', async () => {
    const a = app();
    expect(await a.call('vault.status')).toEqual({ state: 'new', problem: null });
    const { recoveryKey } = await a.call('vault.setup', { passphrase: PASSPHRASE });
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await a.call('vault.status')).toEqual({ state: 'unlocked', problem: null });
    expect(readFileSync(join(a.dataDir, 'vault.json'), 'utf8')).not.toContain(recoveryKey);

    const vault = JSON.parse(readFileSync(join(a.dataDir, 'vault.json'), 'utf8'));
    expect(vault.kdf).toMatchObject({ algorithm: 'argon2id', version: 19, parallelism: 1 });
    expect(vault.kdf.memoryKiB).toBeGreaterThanOrEqual(64 * 1024);
    expect(vault.kdf.iterations).toBeGreaterThanOrEqual(3);
    expect(Buffer.from(vault.kdf.salt, 'base64')).toHaveLength(16);
  });

  test('a short passphrase gets a clear message and creates nothing', async () => {
    const a = app();
    const error = await rejection(() => a.call('vault.setup', { passphrase: 'short' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.passphrase).toMatch(/at least 12 characters/);
    expect(folderFingerprint(a.dataDir)).toEqual({});
  });

  test('a second setup is refused', async () => {
    const { a } = await setUp();
    const error = await rejection(() => a.call('vault.setup', { passphrase: NEW_PASSPHRASE }));
    expect(error.code).toBe('VAULT_EXISTS');
  });
});

describe('unlock and lock', () => {
  test('lock closes the database; every channel but the vault answers LOCKED', async () => {
    const { a } = await setUp();
    await a.call('vault.lock');
    expect(await a.call('vault.status')).toEqual({ state: 'locked', problem: null });
    for (const channel of ['settings.get', 'audit.list', 'audit.verify'] as const) {
      expect((await a.dispatch(channel, {})).ok).toBe(false);
      expect(await a.dispatch(channel, {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
    await a.call('vault.unlock', { passphrase: PASSPHRASE });
    expect((await a.call('settings.get')).security.autoLockMinutes).toBe(10);
  });

  test('a wrong passphrase is refused, changes nothing on disk, and is audited after unlock', async () => {
    const { a } = await setUp();
    await a.call('vault.lock');
    const before = folderFingerprint(a.dataDir);
    const error = await rejection(() =>
      a.call('vault.unlock', { passphrase: 'not the passphrase' }),
    );
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toMatch(/does not unlock/);
    expect(folderFingerprint(a.dataDir)).toEqual(before);

    await a.call('vault.unlock', { passphrase: PASSPHRASE });
    const { events } = await a.call('audit.list', {});
    expect(events.map((e) => e.action)).toEqual([
      'vault.unlock',
      'vault.unlock_failed',
      'vault.lock',
      'vault.setup',
    ]);
  });

  test('repeated failures slow down, and the wait lifts with time', async () => {
    const clock = manualClock();
    const { a } = await setUp({ clock });
    await a.call('vault.lock');
    for (let i = 0; i < 4; i++) {
      expect(
        (await rejection(() => a.call('vault.unlock', { passphrase: `wrong ${i}` }))).code,
      ).toBe('WRONG_PASSPHRASE');
    }
    const waiting = await rejection(() => a.call('vault.unlock', { passphrase: PASSPHRASE }));
    expect(waiting.code).toBe('TOO_MANY_ATTEMPTS');
    expect(waiting.retryAfterSeconds).toBe(1);
    clock.advance(1_000);
    expect((await rejection(() => a.call('vault.unlock', { passphrase: 'wrong 5' }))).code).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(
      (await rejection(() => a.call('vault.unlock', { passphrase: PASSPHRASE }))).retryAfterSeconds,
    ).toBe(2);
    clock.advance(2_000);
    await a.call('vault.unlock', { passphrase: PASSPHRASE });
    const { events } = await a.call('audit.list', { action: 'vault.unlock_failed' });
    expect(events).toHaveLength(5);
  });

  test('lock closes the database handle', async () => {
    const { a } = await setUp();
    const handle = a.vault.handle;
    expect(handle.open).toBe(true);
    await a.call('vault.lock');
    expect(handle.open).toBe(false);
    expect(() => a.vault.db).toThrow(/locked/);
  });
});

/** How many 4 KiB pages differ between two copies of a file. */
function changedPages(before: Buffer, after: Buffer): number {
  let changed = Math.abs(before.length - after.length) / 4096;
  for (let offset = 0; offset < Math.min(before.length, after.length); offset += 4096) {
    if (!before.subarray(offset, offset + 4096).equals(after.subarray(offset, offset + 4096)))
      changed++;
  }
  return changed;
}

describe('change passphrase and recovery', () => {
  test('changing the passphrase re-wraps the key without rewriting the database', async () => {
    const { a } = await setUp();
    const dbFile = join(a.dataDir, 'accord.db');
    await a.call('vault.lock');
    await a.call('vault.unlock', { passphrase: PASSPHRASE });
    await a.call('vault.lock');
    const dbBefore = readFileSync(dbFile);
    await a.call('vault.unlock', { passphrase: PASSPHRASE });
    const wrong = await rejection(() =>
      a.call('vault.changePassphrase', {
        currentPassphrase: 'not it at all',
        newPassphrase: NEW_PASSPHRASE,
      }),
    );
    expect(wrong.code).toBe('WRONG_PASSPHRASE');
    expect(wrong.fields?.currentPassphrase).toBeDefined();

    await a.call('vault.changePassphrase', {
      currentPassphrase: PASSPHRASE,
      newPassphrase: NEW_PASSPHRASE,
    });
    await a.call('vault.lock');
    // Re-encrypting would rewrite every page; re-wrapping only adds the few audit-event pages.
    const pages = dbBefore.length / 4096;
    expect(pages).toBeGreaterThan(8);
    expect(changedPages(dbBefore, readFileSync(dbFile))).toBeLessThanOrEqual(3);
    expect((await rejection(() => a.call('vault.unlock', { passphrase: PASSPHRASE }))).code).toBe(
      'WRONG_PASSPHRASE',
    );
    await a.call('vault.unlock', { passphrase: NEW_PASSPHRASE });
    const { events } = await a.call('audit.list', { action: 'vault.passphrase_changed' });
    expect(events).toHaveLength(1);
  });

  test('the recovery key and a new passphrase restore access', async () => {
    const { a, recoveryKey } = await setUp();
    await a.call('vault.lock');
    const wrong = await rejection(() =>
      a.call('vault.recover', {
        recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
        newPassphrase: NEW_PASSPHRASE,
      }),
    );
    expect(wrong.code).toBe('WRONG_RECOVERY_KEY');
    // Typed by hand: lower case, spaces instead of dashes.
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');
    await a.call('vault.recover', { recoveryKey: typed, newPassphrase: NEW_PASSPHRASE });
    expect((await a.call('vault.status')).state).toBe('unlocked');
    await a.call('vault.lock');
    await a.call('vault.unlock', { passphrase: NEW_PASSPHRASE });
    const { events } = await a.call('audit.list', { action: 'vault.recovered' });
    expect(events).toHaveLength(1);
  });
});

describe('a folder Accord will not touch', () => {
  test('a damaged vault file is reported and nothing is created or overwritten', async () => {
    const { a } = await setUp();
    await a.call('vault.lock');
    writeFileSync(join(a.dataDir, 'vault.json'), '{"format": 1, "vaultId": ');
    const before = folderFingerprint(a.dataDir);
    const status = await a.call('vault.status');
    expect(status.problem?.code).toBe('VAULT_DAMAGED');
    expect((await rejection(() => a.call('vault.unlock', { passphrase: PASSPHRASE }))).code).toBe(
      'VAULT_DAMAGED',
    );
    expect((await rejection(() => a.call('vault.setup', { passphrase: PASSPHRASE }))).code).toBe(
      'VAULT_EXISTS',
    );
    expect(folderFingerprint(a.dataDir)).toEqual(before);
  });

  test('a missing vault file beside a database is reported and setup refuses to overwrite', async () => {
    const { a } = await setUp();
    await a.call('vault.lock');
    rmSync(join(a.dataDir, 'vault.json'));
    const before = folderFingerprint(a.dataDir);
    expect((await a.call('vault.status')).problem?.code).toBe('VAULT_MISSING');
    expect((await rejection(() => a.call('vault.setup', { passphrase: PASSPHRASE }))).code).toBe(
      'VAULT_MISSING',
    );
    expect(folderFingerprint(a.dataDir)).toEqual(before);
  });

  test('a missing database is reported and not recreated', async () => {
    const { a } = await setUp();
    await a.call('vault.lock');
    rmSync(join(a.dataDir, 'accord.db'));
    expect((await rejection(() => a.call('vault.unlock', { passphrase: PASSPHRASE }))).code).toBe(
      'DB_MISSING',
    );
    expect(existsSync(join(a.dataDir, 'accord.db'))).toBe(false);
  });

  test('a database from another vault is refused', async () => {
    const { a } = await setUp();
    const { a: other } = await setUp();
    await a.call('vault.lock');
    await other.call('vault.lock');
    copyFileSync(join(other.dataDir, 'accord.db'), join(a.dataDir, 'accord.db'));
    const before = folderFingerprint(a.dataDir);
    const error = await rejection(() => a.call('vault.unlock', { passphrase: PASSPHRASE }));
    expect(error.code).toBe('DB_MISMATCH');
    expect(folderFingerprint(a.dataDir)).toEqual(before);
  });

  test('an interrupted setup is completed or discarded, never left half-done', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'vault.json.setup'), '{}');
    const a = app({ dataDir: dir });
    expect(await a.call('vault.status')).toEqual({ state: 'new', problem: null });
    expect(existsSync(join(dir, 'vault.json.setup'))).toBe(false);
    await a.call('vault.setup', { passphrase: PASSPHRASE });
    rmSync(dir, { recursive: true, force: true });
  });
});
