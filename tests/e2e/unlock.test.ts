import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import {
  description,
  isInvalid,
  openPage,
  PASSPHRASE,
  passphraseField,
  unlock,
  waitForHome,
  waitForUnlockScreen,
} from './steps.ts';

const PRACTICE = 'Willow Creek Counseling';
const NEW_PASSPHRASE = 'harbor meadow copper violin';
const RECOVERED_PASSPHRASE = 'northern lights over tidal flats';

/**
 * One vault for the whole file (setup costs over a second): each test starts on the unlock
 * screen and leaves Accord locked again.
 */
describe('unlock, lock and recovery', () => {
  let app: LaunchedApp;
  let recoveryKey: string;
  let passphrase = PASSPHRASE;

  beforeAll(async () => {
    app = await launchApp();
    ({ recoveryKey } = await app.call('vault.setup', { passphrase }));
    const practice = (await app.call('settings.get')).practice;
    await app.call('settings.savePractice', { ...practice, practiceName: PRACTICE });
    await app.call('vault.lock');
    await app.page.reload();
    await waitForUnlockScreen(app.page);
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('a wrong passphrase is explained on the field; the right one opens Accord', async () => {
    const { page } = app;
    expect(
      await passphraseField(page).evaluate((el) => el === el.ownerDocument.activeElement),
    ).toBe(true);
    await screenshot(page, 'unlock');

    await unlock(page, 'not my passphrase at all');
    await page.getByText('That passphrase does not unlock this vault').waitFor();
    await expect.poll(() => isInvalid(passphraseField(page))).toBe(true);
    await expect.poll(() => description(passphraseField(page))).toContain('Check Caps Lock');
    await screenshot(page, 'unlock-wrong-passphrase');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'unlock-wrong-passphrase-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await unlock(page, passphrase);
    await waitForHome(page);
    await page.getByRole('heading', { level: 1, name: PRACTICE }).waitFor();
    await expect(page.getByRole('banner').textContent()).resolves.toContain(PRACTICE);
  });

  test('the Lock button and Ctrl+L lock Accord and drop everything on screen', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Lock Accord' }).click();
    await waitForUnlockScreen(page);
    expect(await page.content()).not.toContain(PRACTICE);

    await unlock(page, passphrase);
    await waitForHome(page);
    await openPage(page, 'Practice profile');
    // The shortcut works even while typing in a field.
    await page.getByLabel('City').focus();
    await page.keyboard.press('Control+L');
    await waitForUnlockScreen(page);
    expect(await page.content()).not.toContain(PRACTICE);
  });

  test('the keyboard shortcuts panel opens with ? and the button, and closes with Escape', async () => {
    const { page } = app;
    await unlock(page, passphrase);
    await waitForHome(page);

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await expect(help.textContent()).resolves.toContain('Lock Accord now');
    await screenshot(page, 'help');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await help.waitFor();
    await help.getByRole('button', { name: 'Close' }).click();
    await help.waitFor({ state: 'hidden' });

    await page.keyboard.press('Control+L');
    await waitForUnlockScreen(page);
  });

  test('changing the passphrase: the new one unlocks and the old one no longer does', async () => {
    const { page } = app;
    await unlock(page, passphrase);
    await waitForHome(page);
    await openPage(page, 'Security');

    const current = passphraseField(page, 'Current passphrase');
    await current.fill('a wrong current passphrase');
    await passphraseField(page, 'New passphrase').fill(NEW_PASSPHRASE);
    await passphraseField(page, 'New passphrase again').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText('This is not your current passphrase.').waitFor();
    await expect.poll(() => isInvalid(current)).toBe(true);

    await current.fill(passphrase);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByRole('status').filter({ hasText: 'Passphrase changed' }).waitFor();
    expect(await current.inputValue()).toBe('');
    await screenshot(page, 'security');
    const old = passphrase;
    passphrase = NEW_PASSPHRASE;

    await page.getByRole('button', { name: 'Lock Accord' }).click();
    await waitForUnlockScreen(page);
    await unlock(page, old);
    await page.getByText('That passphrase does not unlock this vault').waitFor();
    await unlock(page, passphrase);
    await waitForHome(page);
    await page.keyboard.press('Control+L');
    await waitForUnlockScreen(page);
  });

  test('the recovery key opens Accord and sets a new passphrase', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Use recovery key' }).click();
    await page.getByRole('heading', { level: 1, name: 'Use your recovery key' }).waitFor();
    await screenshot(page, 'recover');

    const keyField = page.getByLabel('Recovery key');
    await keyField.fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    await passphraseField(page, 'New passphrase').fill(RECOVERED_PASSPHRASE);
    await passphraseField(page, 'New passphrase again').fill(RECOVERED_PASSPHRASE);
    await page.getByRole('button', { name: 'Recover access' }).click();
    await page.getByText('That recovery key does not open this vault').waitFor();
    await expect.poll(() => isInvalid(keyField)).toBe(true);
    await screenshot(page, 'recover-wrong-key');

    // Typed as a person might: lower case, spaces instead of dashes.
    await keyField.fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Recover access' }).click();
    await waitForHome(page);
    await page.getByRole('status').filter({ hasText: 'Access recovered' }).waitFor();
    passphrase = RECOVERED_PASSPHRASE;

    await page.getByRole('button', { name: 'Lock Accord' }).click();
    await waitForUnlockScreen(page);
    await unlock(page, NEW_PASSPHRASE);
    await page.getByText('That passphrase does not unlock this vault').waitFor();
    await unlock(page, passphrase);
    await waitForHome(page);
    await page.keyboard.press('Control+L');
    await waitForUnlockScreen(page);
  });

  test('when main locks on its own, the next call shows the unlock screen', async () => {
    const { page } = app;
    await unlock(page, passphrase);
    await waitForHome(page);
    // As when the computer sleeps: main locks the vault while the page still shows records.
    await app.call('vault.lock');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Audit log' })
      .click();
    await waitForUnlockScreen(page);
    expect(await page.content()).not.toContain(PRACTICE);
  });

  test('Accord locks itself after the auto-lock minutes without activity', async () => {
    const { page } = app;
    await page.clock.install();
    await unlock(page, passphrase);
    await waitForHome(page);
    await openPage(page, 'Security');
    const minutes = page.getByLabel('Minutes before Accord locks');
    await minutes.fill('0');
    await page.getByRole('button', { name: 'Save auto-lock' }).click();
    await page.getByText('Lock after at least 1 minute.').waitFor();
    await expect.poll(() => isInvalid(minutes)).toBe(true);

    await minutes.fill('1');
    await page.getByRole('button', { name: 'Save auto-lock' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await page.clock.fastForward('00:50');
    await expect(page.getByRole('heading', { name: 'Security' }).count()).resolves.toBe(1);
    await page.clock.fastForward('00:15');
    await waitForUnlockScreen(page);
    expect(await page.content()).not.toContain(PRACTICE);
  });

  test('after several wrong tries Accord asks for a pause', async () => {
    const { page } = app;
    for (let i = 0; i < 4; i += 1) {
      await unlock(page, `wrong guess number ${i}`);
      await page.getByText('That passphrase does not unlock this vault').waitFor();
    }
    await unlock(page, passphrase);
    const alert = page.getByRole('alert').filter({ hasText: 'Too many wrong tries' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/Wait \d+ seconds?/);
    await screenshot(page, 'unlock-too-many-tries');
  });
});
