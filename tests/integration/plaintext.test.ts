import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterAll, expect, test } from 'vitest';
import { PASSPHRASE, startApp } from '../support/app.ts';
import { filesContaining, listFiles } from '../support/files.ts';

const a = startApp();
afterAll(() => a.dispose());

// Distinctive strings that can only reach the disk through the app.
const CANARIES = [
  'CanaryPracticeQx7Z',
  'Canary Counselor Wq9',
  'canary-street-Zr4',
  'Ünïcødé-Canary-✓',
];

test('nothing written through the app is readable in the data folder, open or closed', async () => {
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  const { practice } = await a.call('settings.get');
  for (let i = 0; i < 20; i++) {
    await a.call('settings.savePractice', {
      ...practice,
      practiceName: `${CANARIES[0]} ${i}`,
      counselorName: CANARIES[1] as string,
      address: { ...practice.address, line1: CANARIES[2] as string, city: CANARIES[3] as string },
    });
  }
  const files = listFiles(a.dataDir).map((f) => f.slice(a.dataDir.length + 1));
  expect(files).toEqual(expect.arrayContaining(['accord.db', 'accord.db-wal', 'vault.json']));
  for (const canary of CANARIES) expect(filesContaining(a.dataDir, canary)).toEqual([]);

  await a.call('vault.lock');
  await a.close();
  for (const canary of CANARIES) expect(filesContaining(a.dataDir, canary)).toEqual([]);
  // The passphrase is never stored either.
  expect(filesContaining(a.dataDir, PASSPHRASE)).toEqual([]);
});

test('the database and its backups begin with random bytes, no page is in the clear (WAL included), and neither opens without the key', async () => {
  const b = startApp();
  try {
    await b.call('vault.setup', { passphrase: PASSPHRASE });
    await b.call('backup.chooseFolder');
    const { backups } = await b.call('backup.now');
    const files = [
      join(b.dataDir, 'accord.db'),
      join(b.dataDir, 'accord.db-wal'),
      join(b.exportDir, 'backups', backups[0]!.name),
    ];
    for (const file of files) {
      // No page in the clear anywhere: a plain page 1 would carry this text.
      expect(readFileSync(file).includes(Buffer.from('SQLite format 3')), file).toBe(false);
    }
    for (const file of [files[0]!, files[2]!]) {
      expect(readFileSync(file).subarray(0, 16).toString('latin1'), file).not.toMatch(/^SQLite/);
    }
    // The WAL keeps SQLite's 32-byte frame-index header (magic, salts, checksums: no data);
    // every page after it, page 1 included, is encrypted.
    const wal = readFileSync(files[1]!);
    expect(wal.length).toBeGreaterThan(32 + 24);
    for (const file of [files[0]!, files[2]!]) {
      const plain = new BetterSqlite3(file, { readonly: true });
      expect(() => plain.prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow(
        /not a database/,
      );
      plain.close();
    }
  } finally {
    await b.dispose();
  }
});
