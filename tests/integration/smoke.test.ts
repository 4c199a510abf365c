import { expect, test } from 'vitest';
import { PASSPHRASE, startApp } from '../support/app.ts';

test('smoke', async () => {
  const app = startApp();
  const t0 = performance.now();
  const { recoveryKey } = await app.call('vault.setup', { passphrase: PASSPHRASE });
  console.log('setup ms', performance.now() - t0, recoveryKey);
  await app.call('vault.lock');
  const t1 = performance.now();
  await app.call('vault.unlock', { passphrase: PASSPHRASE });
  console.log('unlock ms', performance.now() - t1);
  console.log(await app.call('settings.get'));
  console.log(await app.call('audit.list', {}));
  console.log(await app.call('audit.verify'));
  expect(true).toBe(true);
  await app.dispose();
});
