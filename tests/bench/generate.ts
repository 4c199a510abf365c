/**
 * Child process of `npm run bench`: creates a vault in the given folder (the KDF tuned to about
 * half a second, as for a counselor) and writes the sample practice into it. Run apart so the
 * measuring process starts from a cold open, as Accord does after a restart.
 *
 *   node tests/bench/generate.ts <dataDir> <passphrase> <scale> <openDays>
 */
import { createApp } from '../../electron/app/index.ts';
import { generateSamplePractice } from '../../electron/app/sample/generate.ts';

const [dataDir, passphrase, scale, openDays] = process.argv.slice(2);
if (!dataDir || !passphrase)
  throw new Error('usage: generate.ts <dataDir> <passphrase> <scale> <openDays>');
const app = createApp({ dataDir });
const setup = await app.dispatch('vault.setup', { passphrase });
if (!setup.ok) throw new Error(`vault.setup: ${setup.error.code}`);
const started = performance.now();
const summary = await generateSamplePractice(app.vault.db, {
  scale: Number(scale ?? 1),
  openDays: Number(openDays ?? 30),
});
const generateMs = performance.now() - started;
await app.close();
process.stdout.write(`${JSON.stringify({ generateMs, ...summary })}\n`);
