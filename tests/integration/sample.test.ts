import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SAMPLE_PASSPHRASE } from '../../shared/channels/sample.ts';
import { chargeDues } from '../../electron/app/billing/dues.ts';
import type { SqliteHandle } from '../../electron/app/db/open.ts';
import { DEMO_FOLDER, openDemoVault } from '../../electron/app/sample/demo.ts';
import { generateSamplePractice } from '../../electron/app/sample/generate.ts';
import { manualClock, PASSPHRASE, startApp, tempDir, type TestApp } from '../support/app.ts';
import { join } from 'node:path';
import { rmSync } from 'node:fs';

const NOW = '2026-03-02T15:00:00.000Z';
const TODAY = '2026-03-02';
const SCALE = 0.02;

/** Every table but `meta` (it holds the vault's random id): equal hashes, equal records. */
function recordsHash(handle: SqliteHandle): string {
  const hash = createHash('sha256');
  const tables = handle
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'meta' ORDER BY name`)
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(table);
    const rows = handle
      .prepare(`SELECT * FROM "${table}"`)
      .raw()
      .all()
      .map((row) => JSON.stringify(row))
      .sort();
    for (const row of rows) hash.update(row);
  }
  return hash.digest('hex');
}

async function sampleApp(seed: number, openDays = 10): Promise<TestApp> {
  const app = startApp({ clock: manualClock(NOW), kdfTargetMs: 1 });
  await app.call('vault.setup', { passphrase: PASSPHRASE });
  await generateSamplePractice(app.vault.db, {
    seed,
    scale: SCALE,
    today: TODAY,
    now: new Date(NOW),
    openDays,
  });
  return app;
}

describe('the sample practice', () => {
  let app: TestApp;
  let handle: SqliteHandle;
  const count = (sql: string) => handle.prepare(sql).pluck().get() as number;

  beforeAll(async () => {
    app = await sampleApp(7);
    handle = app.vault.handle;
  });
  afterAll(() => app.dispose());

  test('is the same for the same seed, and different for another seed', async () => {
    const twin = await sampleApp(7);
    const other = await sampleApp(8);
    try {
      expect(recordsHash(twin.vault.handle)).toBe(recordsHash(handle));
      expect(recordsHash(other.vault.handle)).not.toBe(recordsHash(handle));
    } finally {
      await twin.dispose();
      await other.dispose();
    }
  });

  test('scales every part of the practice', () => {
    expect(count('SELECT count(*) FROM clients')).toBe(12);
    expect(count('SELECT count(*) FROM appointments')).toBeGreaterThan(400);
    expect(count('SELECT count(*) FROM notes')).toBeGreaterThan(300);
    expect(count('SELECT count(*) FROM plan_versions')).toBeGreaterThan(20);
    expect(count('SELECT count(*) FROM measures')).toBeGreaterThan(50);
    expect(count('SELECT count(*) FROM payments')).toBeGreaterThan(200);
    expect(count(`SELECT count(*) FROM claims`)).toBeGreaterThan(0);
    expect(count(`SELECT count(*) FROM client_insurance WHERE kind = 'insurance'`)).toBeGreaterThan(
      0,
    );
    for (const status of ['attended', 'no_show', 'late_cancel', 'cancelled_client', 'scheduled']) {
      expect(count(`SELECT count(*) FROM appointments WHERE status = '${status}'`)).toBeGreaterThan(
        0,
      );
    }
    expect(count('SELECT count(*) FROM appointments WHERE is_exception = 1')).toBeGreaterThan(0);
    // Notes of about 2 KB.
    const avg = count('SELECT avg(length(fields)) FROM notes');
    expect(avg).toBeGreaterThan(1800);
    expect(avg).toBeLessThan(2600);
  });

  test('keeps the rules the channels enforce', async () => {
    // Charges only for attended sessions, and every attended session charged but on open days.
    expect(
      count(`SELECT count(*) FROM charges c JOIN appointments a ON a.id = c.appointment_id
             WHERE a.status <> 'attended'`),
    ).toBe(0);
    const uncharged = handle
      .prepare(
        `SELECT DISTINCT local_date FROM appointments a WHERE status = 'attended'
         AND NOT EXISTS (SELECT 1 FROM charges c WHERE c.appointment_id = a.id)`,
      )
      .pluck()
      .all();
    expect(uncharged.length).toBeGreaterThan(0);
    expect(uncharged.length).toBeLessThanOrEqual(10);
    expect(uncharged.every((d) => String(d) >= '2026-02-14' && String(d) < TODAY)).toBe(true);
    // Sessions never overlap (cancelled ones free their slot).
    expect(
      count(`SELECT count(*) FROM appointments a JOIN appointments b ON a.id < b.id
             AND a.start_at < b.end_at AND b.start_at < a.end_at
             WHERE a.status NOT LIKE 'cancelled%' AND b.status NOT LIKE 'cancelled%'`),
    ).toBe(0);
    // Allocations never exceed a payment, nor a charge less its adjustments.
    expect(
      count(`SELECT count(*) FROM payments p WHERE p.amount_cents <
             (SELECT coalesce(sum(amount_cents), 0) FROM allocations WHERE payment_id = p.id)`),
    ).toBe(0);
    expect(
      count(`SELECT count(*) FROM charges c WHERE c.amount_cents <
             (SELECT coalesce(sum(amount_cents), 0) FROM allocations WHERE charge_id = c.id) +
             (SELECT coalesce(sum(amount_cents), 0) FROM adjustments WHERE charge_id = c.id)`),
    ).toBe(0);
    // Settled exactly the charges whose money covers them, on the day of their last money line;
    // the others are open.
    const money = `SELECT a.charge_id, a.amount_cents AS cents, p.received_on AS day FROM allocations a
      JOIN payments p ON p.id = a.payment_id
      UNION ALL SELECT charge_id, amount_cents, adjusted_on FROM adjustments WHERE charge_id IS NOT NULL`;
    const covered = handle
      .prepare(
        `SELECT c.id, max(m.day) FROM charges c JOIN (${money}) m ON m.charge_id = c.id
         GROUP BY c.id HAVING sum(m.cents) >= c.amount_cents ORDER BY c.id`,
      )
      .raw()
      .all();
    expect(covered.length).toBeGreaterThan(count('SELECT count(*) FROM charges') / 2);
    expect(
      handle.prepare('SELECT * FROM charge_settlements ORDER BY charge_id').raw().all(),
    ).toEqual(covered);
    expect(
      count(`SELECT count(*) FROM charges WHERE (id IN (SELECT charge_id FROM open_charges)) =
             (id IN (SELECT charge_id FROM charge_settlements))`),
    ).toBe(0);
    // By the one rule of who owes what, nobody owes a negative amount.
    const dues = await chargeDues(app.vault.db);
    // Open charges only are the same, by settlements or not.
    expect(await chargeDues(app.vault.db, { openOnly: true })).toEqual(
      dues.filter((d) => d.clientDueCents > 0 || d.payerDueCents > 0),
    );
    expect(dues.every((d) => d.clientDueCents >= 0 && d.payerDueCents >= 0)).toBe(true);
    expect(dues.some((d) => d.payerDueCents > 0 || d.clientDueCents > 0)).toBe(true);
    // Every claim line is an insurance charge of the claim's client.
    expect(
      count(`SELECT count(*) FROM claim_charges cc JOIN claims k ON k.id = cc.claim_id
             JOIN charges c ON c.id = cc.charge_id
             WHERE c.client_id <> k.client_id OR c.responsible <> 'payer'`),
    ).toBe(0);
    const trail = await app.call('audit.verify');
    expect(trail.ok).toBe(true);
    expect(trail.checked).toBeGreaterThan(1000);
  });

  test('answers every screen through the channels (outputs checked by the contract)', async () => {
    const { clients } = await app.call('clients.list', { status: 'all' });
    expect(clients.length).toBe(12);
    const found = await app.call('clients.list', {
      query: clients[0]?.legalLastName ?? '',
      status: 'all',
    });
    expect(found.total).toBeGreaterThan(0);
    for (const c of clients) {
      const client = await app.call('clients.get', { id: c.id });
      expect(client.legalLastName).toBe(c.legalLastName);
      await app.call('plans.get', { clientId: c.id });
      await app.call('measures.list', { clientId: c.id });
      const ledger = await app.call('billing.ledger', { clientId: c.id });
      expect(ledger.creditCents).toBeGreaterThanOrEqual(0);
      const notes = await app.call('notes.list', { clientId: c.id, query: 'session' });
      for (const n of notes.notes.slice(0, 2)) await app.call('notes.get', { id: n.id });
    }
    const week = await app.call('schedule.range', { from: '2026-02-23', to: '2026-03-01' });
    expect(week.appointments.length).toBeGreaterThan(0);
    const open = handle
      .prepare(
        `SELECT min(local_date) FROM appointments a WHERE status = 'attended'
         AND NOT EXISTS (SELECT 1 FROM charges c WHERE c.appointment_id = a.id)`,
      )
      .pluck()
      .get() as string;
    const day = await app.call('billing.endOfDay', { day: open });
    expect(day.rows.some((r) => r.charge.state === 'suggested')).toBe(true);
    const posted = await app.call('billing.postDay', { day: open });
    expect(posted.rows.every((r) => r.charge.state !== 'suggested')).toBe(true);
    expect(await app.call('sample.status')).toEqual({ sample: true });
  });
});

describe('the demo vault', () => {
  test('is created in the demo folder with the known passphrase; a real vault is no sample', async () => {
    const root = tempDir('accord-demo-');
    const demo = startApp({ dataDir: join(root, DEMO_FOLDER), kdfTargetMs: 1 });
    const real = startApp({ dataDir: join(root, 'vault'), kdfTargetMs: 1 });
    try {
      expect(await openDemoVault(demo, { scale: SCALE })).toEqual({ generated: true });
      expect(await demo.call('sample.status')).toEqual({ sample: true });
      await demo.call('vault.lock');
      await demo.call('vault.unlock', { passphrase: SAMPLE_PASSPHRASE });
      await demo.call('vault.lock');
      // Opened again: unlocked with its passphrase, not generated twice.
      expect(await openDemoVault(demo, { scale: SCALE })).toEqual({ generated: false });

      await real.call('vault.setup', { passphrase: PASSPHRASE });
      expect(await real.call('sample.status')).toEqual({ sample: false });
      expect((await real.call('clients.list', { status: 'all' })).total).toBe(0);
    } finally {
      await demo.dispose();
      await real.dispose();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
