import { copyFileSync, existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PASSPHRASE, manualClock, rejection, startApp, type TestApp } from '../support/app.ts';
import { contentHash } from '../support/db-hash.ts';
import { clientInput } from '../support/fixtures.ts';

const clock = manualClock('2026-03-02T15:00:00.000Z');
let a: TestApp;
let folder: string;

beforeAll(async () => {
  a = startApp({ clock });
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  folder = (await a.call('backup.chooseFolder')).settings.folder!;
});
afterAll(() => a.dispose());

const names = async () => (await a.call('backup.state')).backups.map((b) => b.name);

describe('backups', () => {
  test('a backup is an encrypted, verified copy with a manifest and no readable content', async () => {
    await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'Before', legalLastName: 'Backup' }),
    );
    const { backups } = await a.call('backup.now');
    expect(backups[0]).toMatchObject({
      name: 'accord-backup-20260302-150000.db',
      reason: 'manual',
      intact: true,
    });
    expect(backups[0]!.counts.clients).toBe(1);
    const file = join(folder, backups[0]!.name);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from('Backup'))).toBe(false);
    expect(existsSync(file.replace(/\.db$/, '.vault.json'))).toBe(true);
    // Without the key it is not a database at all.
    const plain = new BetterSqlite3(file, { readonly: true });
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow(
      /not a database/,
    );
    plain.close();
  });

  test('restore puts the copy in place, keeps the current database first, and opens with the same passphrase', async () => {
    const [backup] = await names();
    await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'After', legalLastName: 'Backup' }),
    );
    clock.advance(60_000);
    const after = await a.call('backup.restore', { name: backup! });
    expect(after.backups.map((b) => b.reason)).toContain('before-restore');
    const clients = (await a.call('clients.list', { status: 'all' })).clients.map(
      (c) => c.legalFirstName,
    );
    expect(clients).toEqual(['Before']);
    expect((await a.call('audit.list', { action: 'backup.restored' })).total).toBe(1);
    expect((await a.call('audit.verify')).ok).toBe(true);
    await a.call('vault.lock');
    await a.call('vault.unlock', { passphrase: PASSPHRASE });
    expect((await a.call('clients.list', { status: 'all' })).total).toBe(1);
  });

  test('a truncated or altered backup is refused and the live database is untouched', async () => {
    const [newest] = await names();
    const source = join(folder, newest!);
    const stamp = '20260302-160000';
    const cut = join(folder, `accord-backup-${stamp}.db`);
    copyFileSync(source, cut);
    copyFileSync(source.replace(/\.db$/, '.json'), cut.replace(/\.db$/, '.json'));
    truncateSync(cut, Math.floor(readFileSync(cut).length / 2));
    const before = contentHash(a.vault.handle);
    const error = await rejection(() =>
      a.call('backup.restore', { name: `accord-backup-${stamp}.db` }),
    );
    expect(error.message).toMatch(/cannot be used: it was cut short or changed/);

    const flipped = readFileSync(source);
    flipped[flipped.length - 100]! ^= 0xff;
    writeFileSync(cut, flipped);
    const manifest = JSON.parse(readFileSync(cut.replace(/\.db$/, '.json'), 'utf8'));
    manifest.sha256 = (await import('node:crypto'))
      .createHash('sha256')
      .update(flipped)
      .digest('hex');
    writeFileSync(cut.replace(/\.db$/, '.json'), JSON.stringify(manifest));
    expect(
      (await rejection(() => a.call('backup.restore', { name: `accord-backup-${stamp}.db` })))
        .message,
    ).toMatch(/damaged/);
    expect((await rejection(() => a.call('backup.restore', { name: '../accord.db' }))).code).toBe(
      'VALIDATION',
    );
    expect(contentHash(a.vault.handle)).toBe(before);
  });

  test('rotation keeps 7 daily, 4 weekly and 12 monthly backups', async () => {
    for (let day = 0; day < 120; day++) {
      clock.advance(86_400_000);
      await a.call('backup.now');
    }
    const kept = await names();
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.length).toBeGreaterThanOrEqual(7);
    expect(kept[0]).toBe('accord-backup-20260630-150100.db');
  });

  test('a daily backup is made at unlock when the last one is a day old', async () => {
    clock.advance(2 * 86_400_000);
    await a.call('vault.lock');
    await a.call('vault.unlock', { passphrase: PASSPHRASE });
    expect((await a.call('backup.state')).backups[0]?.reason).toBe('daily');
    await a.call('vault.lock');
    await a.call('vault.unlock', { passphrase: PASSPHRASE });
    expect((await names()).filter((n) => n.endsWith('-daily.db'))).toHaveLength(1);
  });

  test('a manifest left behind by a kill is never taken for a new copy of the same name', async () => {
    // A kill during rotation (or a backup) can leave a manifest without its copy. The next backup
    // made in that second must not pair its copy with the stale manifest.
    clock.advance(3_600_000);
    const stamp = clock.now().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    const stale = join(folder, `accord-backup-${stamp}.json`);
    writeFileSync(stale, '{"left":"by a kill"}\n');
    const { backups } = await a.call('backup.now');
    expect(backups[0]!.name).not.toBe(`accord-backup-${stamp}.db`);
    expect(backups[0]!.intact).toBe(true);
    expect(readFileSync(stale, 'utf8')).toContain('by a kill');
  });
});
