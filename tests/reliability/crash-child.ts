/**
 * Child process for the crash tests. It unlocks the vault in `dataDir` (which migrates it if it
 * is older), then, by mode, commits writes or makes backups as fast as it can, printing `ack N`
 * only after step N has committed. The parent kills it with SIGKILL at a random moment.
 */
import { join } from 'node:path';
import { createApp } from '../../electron/app/index.ts';

const [mode, dataDir, passphrase, startText] = process.argv.slice(2) as [
  'writes' | 'backups',
  string,
  string,
  string,
];
const app = createApp({
  dataDir,
  kdfTargetMs: 1,
  files: {
    chooseSavePath: async () => null,
    chooseFolder: async () => join(dataDir, '..', 'crash-backups'),
  },
});
const unlocked = await app.dispatch('vault.unlock', { passphrase });
if (!unlocked.ok) throw new Error(unlocked.error.code);
process.stdout.write('unlocked\n');
if (mode === 'backups') await app.dispatch('backup.chooseFolder', {});

for (let n = Number(startText); ; n++) {
  const result =
    mode === 'writes'
      ? await app.dispatch('settings.saveSecurity', { autoLockMinutes: 1 + (n % 240) })
      : await app.dispatch('backup.now', {});
  if (!result.ok) throw new Error(result.error.code);
  process.stdout.write(`ack ${n}\n`);
}
