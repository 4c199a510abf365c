/**
 * `npm run bench`: measures the app core through `dispatch`, the path the UI uses, on a real
 * encrypted database in a temporary folder. Reports medians and p95; it is not a pass/fail test.
 * `--json <file>` also writes the figures as JSON.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../electron/app/db/migrate.ts';
import { openEncrypted, toKysely } from '../../electron/app/db/open.ts';
import { createApp } from '../../electron/app/index.ts';
import { deriveKey, unwrapKey } from '../../electron/app/vault/crypto.ts';
import { readVaultFile } from '../../electron/app/vault/vault-file.ts';
import { measure, table, type Measurement } from './measure.ts';

const PASSPHRASE = 'benchmark passphrase for accord';
const AUDIT_EVENTS = 10_000;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  const app = createApp({ dataDir });
  const call = async (channel: string, input: unknown = {}) => {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
    return result.value;
  };
  const rows: Measurement[] = [];
  try {
    await call('vault.setup', { passphrase: PASSPHRASE });
    for (let i = 0; i < AUDIT_EVENTS; i++) {
      await call('settings.saveSecurity', { autoLockMinutes: 1 + (i % 200) });
    }
    await call('vault.lock');

    // Unlock, and its parts: the key derivation, opening with the key check, the migration check.
    rows.push(
      await measure(
        'unlock and lock (through dispatch)',
        async () => {
          await call('vault.unlock', { passphrase: PASSPHRASE });
          await call('vault.lock');
        },
        10,
        1,
      ),
    );
    const file = readVaultFile(app.vault.vaultFile);
    if (file.kind !== 'ok') throw new Error('vault file unreadable');
    const { vault } = file;
    let dbKey: Buffer = Buffer.alloc(0);
    rows.push(
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
    rows.push(
      await measure('  unlock: open database and check key', () =>
        openEncrypted(app.vault.dbFile, dbKey, { create: false }).close(),
      ),
    );
    const handle = openEncrypted(app.vault.dbFile, dbKey, { create: false });
    const db = toKysely(handle);
    rows.push(await measure('  unlock: migration check', () => migrate(handle, db)));
    await db.destroy();

    await call('vault.unlock', { passphrase: PASSPHRASE });
    rows.push(await measure('settings.get', () => call('settings.get'), 200));
    rows.push(
      await measure(`audit.list, page 1 of ${AUDIT_EVENTS}`, () => call('audit.list', {}), 200),
    );
    rows.push(
      await measure(
        'audit.list, last page',
        () => call('audit.list', { page: AUDIT_EVENTS / 50 }),
        200,
      ),
    );
    rows.push(
      await measure(
        'audit.list, one action over a year',
        () => call('audit.list', { action: 'vault.unlock', from: '2026-01-01', to: '2026-12-31' }),
        200,
      ),
    );
    rows.push(
      await measure(`audit.verify (${AUDIT_EVENTS} events)`, () => call('audit.verify'), 10, 1),
    );
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  console.log(table(rows));
  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt >= 0) {
    const out = process.argv[jsonAt + 1] ?? 'bench.json';
    writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)}\n`);
    console.log(`\nWrote ${out}`);
  }
}

await main();
