import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../support/app.ts';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import { description, isInvalid, PASSPHRASE, passphraseField, waitForHome } from './steps.ts';

describe('first run', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  test('creates the vault, shows the recovery key once, and opens the app', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Welcome to Accord' }).waitFor();
    await expect(page.getByText('recovery key Accord shows you next').count()).resolves.toBe(1);
    await screenshot(page, 'setup');

    const passphrase = passphraseField(page);
    const again = passphraseField(page, 'Passphrase again');
    const create = page.getByRole('button', { name: 'Create vault' });

    // Mismatch: caught before anything is sent.
    await passphrase.fill(PASSPHRASE);
    await again.fill('something else entirely');
    await create.click();
    await page.getByText('The two passphrases are not the same.').waitFor();
    await expect.poll(() => isInvalid(again)).toBe(true);
    await expect.poll(() => description(again)).toContain('not the same');
    // Focus goes to the field that needs attention.
    expect(await again.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    // Too short: the vault's own rule and message, shown on the field.
    await passphrase.fill('short one');
    await again.fill('short one');
    await expect.poll(() => description(passphrase)).toContain('Strength: Too short');
    await create.click();
    await page.getByText('A few unrelated words make a strong passphrase').waitFor();
    await expect.poll(() => isInvalid(passphrase)).toBe(true);
    await expect.poll(() => description(passphrase)).toContain('Use at least 12 characters.');
    await screenshot(page, 'setup-error');

    // The live strength hint follows the typing.
    await passphrase.fill(PASSPHRASE);
    await expect.poll(() => description(passphrase)).toContain('Strength: Strong');
    await page.getByRole('button', { name: 'Show passphrase', exact: true }).click();
    expect(await passphrase.getAttribute('type')).toBe('text');
    await page.getByRole('button', { name: 'Hide passphrase', exact: true }).click();
    expect(await passphrase.getAttribute('type')).toBe('password');

    await again.fill(PASSPHRASE);
    await create.click();

    // Step 2: the recovery key, large, grouped, and copyable.
    await page.getByRole('heading', { level: 1, name: 'Your recovery key' }).waitFor();
    const key = (await page.getByRole('group', { name: 'Recovery key' }).textContent()) ?? '';
    expect(key).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await page.getByRole('button', { name: 'Copy recovery key' }).click();
    // Either copied, or (no clipboard here) selected with instructions: never an error.
    await page
      .getByRole('status')
      .filter({ hasText: /Copied|selected/ })
      .waitFor();
    await screenshot(page, 'recovery-key');

    // Continue waits for the counselor to confirm they saved it.
    const next = page.getByRole('button', { name: 'Continue' });
    expect(await next.isDisabled()).toBe(true);
    await page.getByLabel('I have saved my recovery key somewhere safe').check();
    expect(await next.isEnabled()).toBe(true);
    await next.click();

    await waitForHome(page);
    await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
    await page.getByRole('heading', { name: 'Start with your practice profile' }).waitFor();
    await expect(page.getByRole('banner').textContent()).resolves.toContain('Accord');
    // Shown once: the key is gone from the page and never comes back.
    expect(await page.content()).not.toContain(key.slice(0, 9));
    await screenshot(page, 'home');

    // The welcome card leads to the practice profile.
    await page.getByRole('link', { name: 'Fill in your practice profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practice profile' }).waitFor();
    expect(app.problems).toEqual([]);
  });
});

describe('a data folder Accord will not touch', () => {
  test('an Accord database without its vault file: explained, and no setup form', async () => {
    const dataDir = tempDir('accord-e2e-missing-');
    writeFileSync(join(dataDir, 'accord.db'), 'not really a database');
    const app = await launchApp({ dataDir });
    try {
      const { page } = app;
      await page
        .getByRole('heading', { level: 1, name: 'Accord cannot open your records' })
        .waitFor();
      await page.getByText('its vault file (vault.json) is missing').waitFor();
      await expect(page.getByRole('textbox').count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Create vault' }).count()).resolves.toBe(0);
      await screenshot(page, 'problem-missing-vault');
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a damaged vault file: explained, and no unlock form', async () => {
    const dataDir = tempDir('accord-e2e-damaged-');
    writeFileSync(join(dataDir, 'vault.json'), '{ "format": 1, "oops": ');
    const app = await launchApp({ dataDir });
    try {
      const { page } = app;
      await page.getByText('The vault file (vault.json) in this folder is damaged').waitFor();
      await expect(page.getByRole('button', { name: 'Unlock' }).count()).resolves.toBe(0);
      // Checking again asks the vault again, and still finds the same problem.
      await page.getByRole('button', { name: 'Check again' }).click();
      await page.getByText('The vault file (vault.json) in this folder is damaged').waitFor();
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
