import type { Locator, Page } from 'playwright-core';
import type { PracticeProfile } from '../../shared/domain/settings.ts';
import type { LaunchedApp } from './harness.ts';

/** Shared moves of the e2e tests, by role and label as a person (or a screen reader) finds them. */

export const PASSPHRASE = 'quiet river lantern maple';

export function passphraseField(page: Page, label = 'Passphrase'): Locator {
  return page.getByLabel(label, { exact: true });
}

export async function unlock(page: Page, passphrase: string): Promise<void> {
  await passphraseField(page).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

export async function waitForUnlockScreen(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Accord is locked' }).waitFor();
}

export async function waitForHome(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page
    .getByRole('link', { name: 'Today' })
    .and(page.locator('[aria-current="page"]'))
    .waitFor();
}

export async function openPage(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The text a screen reader reads after a control's name: its hint and error messages. */
export async function description(control: Locator): Promise<string> {
  return control.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids
      .map((id: string) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
  });
}

export async function isInvalid(control: Locator): Promise<boolean> {
  return (await control.getAttribute('aria-invalid')) === 'true';
}

/** A new vault with an invented practice, as a counselor leaves it after first run. */
export async function setUpPractice(
  app: LaunchedApp,
  practice: Partial<PracticeProfile> = {},
): Promise<void> {
  await app.call('vault.setup', { passphrase: PASSPHRASE });
  const current = (await app.call('settings.get')).practice;
  await app.call('settings.savePractice', {
    ...current,
    practiceName: 'Cedar Grove Therapy',
    ...practice,
  });
}
