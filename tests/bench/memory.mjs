/**
 * Child process of `npm run bench`: the main process's memory once a vault with the sample
 * practice is unlocked and 50 clients' screens have been loaded, as after a morning's use. Plain
 * JavaScript, run on the core as tsc compiles it for Electron (Node's own TypeScript stripping
 * would add its ~50 MB to the figure), alone and with --expose-gc so nothing else is counted.
 *
 *   node --expose-gc tests/bench/memory.mjs <compiled app/index.js> <dataDir> <passphrase>
 */
import { pathToFileURL } from 'node:url';

const [core, dataDir, passphrase] = process.argv.slice(2);
if (!core || !dataDir || !passphrase) {
  throw new Error('usage: memory.mjs <compiled app/index.js> <dataDir> <passphrase>');
}
const { createApp } = await import(pathToFileURL(core).href);
const app = createApp({ dataDir });
const call = async (channel, input = {}) => {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
};
globalThis.gc?.();
const before = process.memoryUsage().rss;
await call('vault.unlock', { passphrase });
await call('today.get', {});
const { clients } = await call('clients.list', { status: 'all', limit: 500 });
for (const { id } of clients.slice(0, 50)) {
  await call('clients.get', { id });
  await call('plans.get', { clientId: id });
  await call('notes.list', { clientId: id });
  await call('measures.list', { clientId: id });
  await call('billing.ledger', { clientId: id });
}
await call('audit.list', {});
globalThis.gc?.();
const usage = process.memoryUsage();
await app.close();
process.stdout.write(
  `${JSON.stringify({ rssMB: usage.rss / 1e6, heapUsedMB: usage.heapUsed / 1e6, externalMB: usage.external / 1e6, startRssMB: before / 1e6 })}\n`,
);
