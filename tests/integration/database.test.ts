import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SCHEMA_VERSION } from '../../electron/app/db/migrations/index.ts';
import { PASSPHRASE, rejection, startApp, type TestApp } from '../support/app.ts';
import { clientInput } from '../support/fixtures.ts';
import { stepBackOneVersion } from '../support/schema.ts';
import { folderFingerprint } from '../support/files.ts';

let a: TestApp;
beforeAll(async () => {
  a = startApp();
  await a.call('vault.setup', { passphrase: PASSPHRASE });
});
afterAll(() => a.dispose());

describe('the database', () => {
  test('is opened encrypted with the PRAGMAs the design requires', () => {
    const h = a.vault.handle;
    expect(h.pragma('cipher', { simple: true })).toBe('sqlcipher');
    expect(h.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(h.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(h.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(h.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    expect(h.pragma('secure_delete', { simple: true })).toBe(1);
    expect(h.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  test('migrates from empty to the current schema, with STRICT tables', () => {
    const h = a.vault.handle;
    expect(h.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = h
      .prepare(
        `SELECT name, strict FROM pragma_table_list
         WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'
           AND name NOT LIKE 'clients_search%'`,
      )
      .all() as { name: string; strict: number }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'audit_events',
        'meta',
        'settings',
        'clients',
        'appointments',
        'consents',
      ]),
    );
    // Every table of ours is STRICT; only FTS5's own shadow tables are not.
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
  });

  test('a database from a newer Accord is refused and left untouched', async () => {
    a.vault.handle.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    await a.call('vault.lock');
    const before = folderFingerprint(a.dataDir);
    const error = await rejection(() => a.call('vault.unlock', { passphrase: PASSPHRASE }));
    expect(error.code).toBe('DB_TOO_NEW');
    expect(error.message).toMatch(/newer version of Accord/);
    expect(folderFingerprint(a.dataDir)).toEqual(before);
    expect((await a.call('vault.status')).state).toBe('locked');
  });
});

describe('a migration', () => {
  test('starts from a verified backup of the database as it was', async () => {
    const b = startApp();
    try {
      await b.call('vault.setup', { passphrase: PASSPHRASE });
      stepBackOneVersion(b.vault.handle);
      await b.call('vault.lock');
      await b.call('vault.unlock', { passphrase: PASSPHRASE });
      expect(b.vault.handle.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      const kept = readdirSync(join(b.dataDir, 'backups')).filter((f) =>
        f.endsWith('-before-migration.db'),
      );
      expect(kept).toHaveLength(1);
      const manifest = JSON.parse(
        readFileSync(join(b.dataDir, 'backups', kept[0]!.replace(/\.db$/, '.json')), 'utf8'),
      );
      expect(manifest).toMatchObject({
        reason: 'before-migration',
        schemaVersion: SCHEMA_VERSION - 1,
      });
    } finally {
      await b.dispose();
    }
  });
});

describe('0009 (open charges)', () => {
  test('fills the settlements from the money already recorded, and leaves the rest open', async () => {
    const b = startApp();
    try {
      await b.call('vault.setup', { passphrase: PASSPHRASE });
      const clientId = (await b.call('clients.create', clientInput())).id;
      const h = b.vault.handle;
      stepBackOneVersion(h);
      const at = '2026-03-10T00:00:00.000Z';
      const charge = () =>
        h
          .prepare(
            `INSERT INTO charges (client_id, service_date, description, modifiers, units,
             amount_cents, responsible, payer_share_cents, created_at)
             VALUES (?, '2026-01-15', 'Session', '[]', 1, 100_00, 'client', 0, ?)`,
          )
          .run(clientId, at).lastInsertRowid as number;
      const [paidOff, paidAndAdjusted, part, unpaid] = [charge(), charge(), charge(), charge()];
      const paymentId = h
        .prepare(
          `INSERT INTO payments (client_id, received_on, method, reference, payer, amount_cents,
           created_at) VALUES (?, '2026-02-01', 'cash', '', 'client', 210_00, ?)`,
        )
        .run(clientId, at).lastInsertRowid;
      const allocate = h.prepare(
        `INSERT INTO allocations (payment_id, charge_id, amount_cents, created_at) VALUES (?, ?, ?, ?)`,
      );
      allocate.run(paymentId, paidOff, 100_00, at);
      allocate.run(paymentId, paidAndAdjusted, 60_00, at);
      allocate.run(paymentId, part, 50_00, at);
      h.prepare(
        `INSERT INTO adjustments (client_id, charge_id, kind, amount_cents, reason, adjusted_on,
         created_at) VALUES (?, ?, 'write_off', 40_00, 'Hardship', '2026-03-05', ?)`,
      ).run(clientId, paidAndAdjusted, at);

      await b.call('vault.lock');
      await b.call('vault.unlock', { passphrase: PASSPHRASE });
      const handle = b.vault.handle;
      expect(handle.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(
        handle
          .prepare('SELECT charge_id, settled_on FROM charge_settlements ORDER BY charge_id')
          .raw()
          .all(),
      ).toEqual([
        [paidOff, '2026-02-01'],
        // Settled by the later of its two lines.
        [paidAndAdjusted, '2026-03-05'],
      ]);
      expect(
        handle.prepare('SELECT charge_id FROM open_charges ORDER BY charge_id').pluck().all(),
      ).toEqual([part, unpaid]);
      // From then on, the triggers keep the open set: a new charge is open until settled.
      await b.call('billing.adjust', {
        clientId,
        chargeId: part,
        kind: 'write_off',
        amountCents: 50_00,
        reason: 'Hardship',
        on: '2026-03-20',
      });
      expect(
        handle.prepare('SELECT charge_id FROM open_charges ORDER BY charge_id').pluck().all(),
      ).toEqual([unpaid]);
      expect(
        handle
          .prepare('SELECT settled_on FROM charge_settlements WHERE charge_id = ?')
          .pluck()
          .get(part),
      ).toBe('2026-03-20');
    } finally {
      await b.dispose();
    }
  });
});
