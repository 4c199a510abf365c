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
