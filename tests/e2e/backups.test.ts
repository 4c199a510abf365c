import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clientInput } from '../support/fixtures.ts';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import { openPage, PASSPHRASE, unlock, waitForHome, waitForUnlockScreen } from './steps.ts';

let app: LaunchedApp;

beforeAll(async () => {
  app = await launchApp();
  await app.call('vault.setup', { passphrase: PASSPHRASE });
  await app.call(
    'clients.create',
    clientInput({ legalFirstName: 'Kept', legalLastName: 'Inbackup' }),
  );
  await app.call('vault.lock');
  await app.page.reload();
  await waitForUnlockScreen(app.page);
  await unlock(app.page, PASSPHRASE);
  await waitForHome(app.page);
});

afterAll(async () => {
  expect(app?.problems).toEqual([]);
  await app?.close();
});

test('the counselor chooses a folder, backs up, and restores with the current records kept first', async () => {
  const { page } = app;
  await openPage(page, 'Backups');
  await page.getByRole('button', { name: 'Choose a folder…' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect
    .poll(() =>
      page.getByRole('status').filter({ hasText: 'Backup written and verified.' }).count(),
    )
    .toBe(1);
  const table = page.getByRole('table', { name: 'Backups, newest first' });
  await expect.poll(() => table.getByRole('row').count()).toBe(2);
  expect(existsSync(join(app.exportDir, 'backups'))).toBe(true);
  await screenshot(page, 'backups');

  await app.call(
    'clients.create',
    clientInput({ legalFirstName: 'Added', legalLastName: 'Later' }),
  );
  await page.getByRole('button', { name: /^Restore the backup made/ }).click();
  await screenshot(page, 'backups-restore-confirm');
  await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  await expect
    .poll(() => page.getByText('Restored. Your previous records were kept as a backup.').count())
    .toBe(1);
  const names = (await app.call('clients.list', { status: 'all' })).clients.map(
    (c) => c.legalFirstName,
  );
  expect(names).toEqual(['Kept']);
  await expect.poll(() => page.getByRole('cell', { name: 'Before a restore' }).count()).toBe(1);

  await page.getByRole('button', { name: 'Export everything…' }).click();
  await expect.poll(() => page.getByText(/^Exported to accord-export-/).count()).toBe(1);
  await screenshot(page, 'backups-exported');
});
