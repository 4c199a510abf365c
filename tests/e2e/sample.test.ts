import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { SAMPLE_PASSPHRASE } from '../../shared/channels/sample.ts';
import { createApp } from '../../electron/app/index.ts';
import { DEMO_FOLDER, openDemoVault } from '../../electron/app/sample/demo.ts';
import { withDemoChannel } from '../../electron/demo-mode.ts';
import { tempDir } from '../support/app.ts';
import { APP_URL, launchApp, screenshot, type LaunchedApp } from './harness.ts';
import { openPage, PASSPHRASE, unlock, waitForHome, waitForUnlockScreen } from './steps.ts';

const BANNER = 'Sample practice — invented data.';

describe('the sample practice', () => {
  let root: string;
  let app: LaunchedApp;

  beforeAll(async () => {
    root = tempDir('accord-e2e-sample-');
    const dataDir = join(root, DEMO_FOLDER);
    const writer = createApp({ dataDir, kdfTargetMs: 1 });
    await openDemoVault(writer, { scale: 0.02 });
    await writer.close();
    app = await launchApp({ dataDir });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('opens with its known passphrase and says on every screen that it is invented', async () => {
    const { page } = app;
    // The desktop shell opens the sample practice with `?sample`: its passphrase is no secret.
    await page.goto(`${APP_URL}?sample`);
    await waitForUnlockScreen(page);
    await page.getByRole('note').filter({ hasText: 'Its passphrase is: sample' }).waitFor();
    await screenshot(page, 'sample-unlock');
    await unlock(page, SAMPLE_PASSPHRASE);
    await waitForHome(page);
    const banner = page.getByRole('note').filter({ hasText: BANNER });
    await banner.waitFor();
    await expect(
      page
        .getByRole('heading', { level: 1, name: 'Willow Creek Counseling (sample practice)' })
        .count(),
    ).resolves.toBe(1);
    await screenshot(page, 'sample-today');
    for (const name of ['Clients', 'Schedule']) {
      await openPage(page, name);
      await expect(banner.count()).resolves.toBe(1);
    }
    await page.getByText('Opening the calendar…').waitFor({ state: 'detached' });
    await screenshot(page, 'sample-schedule');
    expect(app.problems).toEqual([]);
  });
});

describe('a real vault', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  test('offers the sample practice on the first-run screen, opened by the shell', async () => {
    const { page, core } = app;
    // As the Electron shell answers it (electron/demo-mode.ts): the restart is a spy here.
    const restart = vi.fn();
    core.dispatch = withDemoChannel(core.dispatch, restart);
    await page.getByRole('heading', { level: 1, name: 'Welcome to Accord' }).waitFor();
    const offer = page.getByRole('button', { name: 'Explore a sample practice' });
    await offer.waitFor();
    await screenshot(page, 'setup-sample-offer');
    await offer.click();
    await page.getByText('Accord is restarting on the sample practice.').waitFor();
    await expect.poll(() => restart.mock.calls.length).toBe(1);
  });

  test('never shows the sample banner', async () => {
    const { page, call } = app;
    await call('vault.setup', { passphrase: PASSPHRASE });
    await call('vault.lock');
    await page.reload();
    await waitForUnlockScreen(page);
    await unlock(page, PASSPHRASE);
    await waitForHome(page);
    await openPage(page, 'Clients');
    await expect(page.getByText(BANNER).count()).resolves.toBe(0);
    expect(await call('sample.status')).toEqual({ sample: false });
  });
});
