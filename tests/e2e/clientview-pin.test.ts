import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clientInput } from '../support/fixtures.ts';
import { draftPlan } from '../support/plans.ts';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import { description, isInvalid, openPage, PASSPHRASE } from './steps.ts';

/** The Client view PIN: set in Settings → Security, used to leave, and refused past 3 misses. */

async function openClientView(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click();
  await page
    .getByRole('table', { name: 'Clients' })
    .getByRole('link', { name: 'Noor Halvorsen' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Noor Halvorsen' }).waitFor();
  await page.getByRole('button', { name: 'Open Client view…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open Client view' });
  await dialog.getByRole('radio', { name: /Let the client choose/ }).check();
  await dialog.getByRole('button', { name: 'Turn the screen to the client' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your plan, Noor' }).waitFor();
}

async function tryPin(page: Page, pin: string, message: string) {
  const dialog = page.getByRole('dialog', { name: 'Leave Client view' });
  const field = dialog.getByLabel('Your PIN', { exact: true });
  await field.fill(pin);
  await dialog.getByRole('button', { name: 'Leave Client view' }).click();
  await dialog.getByText(message).waitFor();
  await expect.poll(() => isInvalid(field)).toBe(true);
}

describe('Client view PIN', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp();
    await app.call('vault.setup', { passphrase: PASSPHRASE });
    const { id } = await app.call(
      'clients.create',
      clientInput({ legalFirstName: 'Noor', legalLastName: 'Halvorsen' }),
    );
    await app.call('plans.save', { clientId: id, baseVersionId: null, content: draftPlan() });
    await app.page.reload();
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('Settings → Security sets a PIN, typed twice', async () => {
    const { page } = app;
    await openPage(page, 'Security');
    const card = page.getByRole('region', { name: 'Client view PIN' });
    await card.getByText('No PIN is set.').waitFor();
    await card.getByLabel('PIN', { exact: true }).fill('12a');
    await card.getByLabel('PIN again', { exact: true }).fill('12a');
    await card.getByRole('button', { name: 'Set PIN' }).click();
    const pin = card.getByLabel('PIN', { exact: true });
    await expect.poll(() => isInvalid(pin)).toBe(true);
    await expect.poll(() => description(pin)).toContain('A PIN is 4 to 8 digits.');

    await pin.fill('2468');
    await card.getByLabel('PIN again', { exact: true }).fill('2469');
    await card.getByRole('button', { name: 'Set PIN' }).click();
    await card.getByText('The two PINs are not the same.').waitFor();
    await card.getByLabel('PIN again', { exact: true }).fill('2468');
    await card.getByRole('button', { name: 'Set PIN' }).click();
    await card.getByRole('status').filter({ hasText: 'PIN set' }).waitFor();
    await card.getByText('A PIN is set.').waitFor();
    await screenshot(page, 'settings-client-view-pin');
    expect((await app.call('settings.get')).plans.clientViewPinSet).toBe(true);
  });

  test('the PIN leaves Client view; a wrong one is refused on its field', async () => {
    const { page } = app;
    await openClientView(page);
    // Without a questionnaire chosen, the client is offered one, as an option.
    await page.getByRole('button', { name: /How have you been\?/ }).click();
    await page.getByText('This part is optional.').waitFor();
    await page.getByRole('button', { name: /Questions about worry/ }).click();
    await page
      .getByText(
        'Over the last 2 weeks, how often have you been bothered by the following problems?',
      )
      .waitFor();

    await page.getByRole('button', { name: 'Counselor' }).click();
    await tryPin(page, '1357', 'That PIN is not right.');
    await screenshot(page, 'clientview-exit-pin');
    await page.getByRole('dialog').getByLabel('Your PIN', { exact: true }).fill('2468');
    await page.getByRole('dialog').getByRole('button', { name: 'Leave Client view' }).click();
    await page.getByRole('heading', { level: 1, name: 'Noor Halvorsen' }).waitFor();
  });

  test('after three wrong PINs only the passphrase leaves', async () => {
    const { page } = app;
    await openClientView(page);
    await page.getByRole('button', { name: 'Counselor' }).click();
    for (let i = 0; i < 3; i++) await tryPin(page, '0000', 'That PIN is not right.');
    await tryPin(page, '2468', 'Use the passphrase to leave Client view.');
    const dialog = page.getByRole('dialog', { name: 'Leave Client view' });
    await dialog.getByRole('radio', { name: 'Passphrase' }).check();
    await dialog.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Leave Client view' }).click();
    await page.getByRole('heading', { level: 1, name: 'Noor Halvorsen' }).waitFor();
  });

  test('removing the PIN leaves only the passphrase', async () => {
    const { page } = app;
    await openPage(page, 'Security');
    const card = page.getByRole('region', { name: 'Client view PIN' });
    await card.getByRole('button', { name: 'Remove PIN' }).click();
    await card.getByRole('status').filter({ hasText: 'PIN removed' }).waitFor();
    expect((await app.call('settings.get')).plans.clientViewPinSet).toBe(false);

    await openClientView(page);
    await page.getByRole('button', { name: 'Counselor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave Client view' });
    await dialog.getByLabel('Your passphrase', { exact: true }).waitFor();
    await expect(dialog.getByRole('radio').count()).resolves.toBe(0);
    await dialog.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Leave Client view' }).click();
    await page.getByRole('heading', { level: 1, name: 'Noor Halvorsen' }).waitFor();
  });

  test('locking ends Client view; unlocking opens the practice, not the client’s screen', async () => {
    const { page } = app;
    await openClientView(page);
    await page.keyboard.press('Control+L');
    await page.getByRole('heading', { level: 1, name: 'Accord is locked' }).waitFor();
    expect(await page.content()).not.toContain('Your plan');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await expect(app.call('clientView.status')).resolves.toEqual({ clientId: null });
  });

  test('the idle lock still applies while the screen faces the client', async () => {
    const { page } = app;
    await app.call('settings.saveSecurity', { autoLockMinutes: 1 });
    // A controllable clock, so a minute of nobody touching the keyboard takes no real minute.
    await page.clock.install();
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await openClientView(page);
    await page.clock.fastForward('01:30');
    await page.getByRole('heading', { level: 1, name: 'Accord is locked' }).waitFor();
    await expect(app.call('vault.status')).resolves.toMatchObject({ state: 'locked' });
  });
});
