/**
 * Child process for the crash test: unlocks the vault in `dataDir` and commits writes through the
 * app core as fast as it can, printing `ack N` only after write N has committed. The parent kills
 * it with SIGKILL at a random moment.
 */
import { createApp } from '../../electron/app/index.ts';

const [dataDir, passphrase, startText] = process.argv.slice(2) as [string, string, string];
const app = createApp({ dataDir, kdfTargetMs: 1 });
const unlocked = await app.dispatch('vault.unlock', { passphrase });
if (!unlocked.ok) throw new Error(unlocked.error.code);

for (let n = Number(startText); ; n++) {
  const result = await app.dispatch('settings.saveSecurity', { autoLockMinutes: 1 + (n % 240) });
  if (!result.ok) throw new Error(result.error.code);
  process.stdout.write(`ack ${n}\n`);
}
