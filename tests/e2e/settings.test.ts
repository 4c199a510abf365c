import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import {
  description,
  isInvalid,
  openPage,
  PASSPHRASE,
  unlock,
  waitForHome,
  waitForUnlockScreen,
} from './steps.ts';

const PRACTICE = 'Cedar Grove Therapy';

describe('settings', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp();
    await app.call('vault.setup', { passphrase: PASSPHRASE });
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

  test('practice profile: the vault’s messages land on their fields, then it saves', async () => {
    const { page } = app;
    await openPage(page, 'Practice profile');
    await screenshot(page, 'practice');

    await page.getByLabel('Practice name').fill(PRACTICE);
    await page.getByLabel('Your name').fill('Dana Whitfield');
    await page.getByLabel('Credentials').fill('LPC');
    const npi = page.getByLabel('NPI');
    await npi.fill('1234567890');
    await page.getByLabel('Tax ID').fill('12-3456789');
    await page.getByLabel('Street address').fill('14 Orchard Lane');
    const city = page.getByLabel('City');
    await city.fill('x'.repeat(101));
    await page.getByLabel('State or region').fill('IL');
    await page.getByLabel('Postal code').fill('60601');
    await page.getByLabel('Phone').fill('(312) 555-0142');
    await page.getByLabel('Time zone').selectOption('America/Chicago');
    await page.getByLabel('Currency').selectOption('USD');
    await page.getByRole('button', { name: 'Save practice profile' }).click();

    await page.getByRole('alert').filter({ hasText: '2 details need attention.' }).waitFor();
    await expect.poll(() => isInvalid(npi)).toBe(true);
    await expect
      .poll(() => description(npi))
      .toContain('An NPI is 10 digits with a valid check digit');
    // A nested field ("address.city") finds its own input too.
    await expect.poll(() => isInvalid(city)).toBe(true);
    await expect.poll(() => description(city)).toContain('City can be at most 100 characters.');
    expect(await npi.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await expect(page.getByRole('banner').textContent()).resolves.not.toContain(PRACTICE);
    await screenshot(page, 'practice-errors');

    await npi.fill('1234567893');
    await city.fill('Chicago');
    await page.getByRole('button', { name: 'Save practice profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await expect.poll(() => isInvalid(npi)).toBe(false);
    await expect(page.getByRole('banner').textContent()).resolves.toContain(PRACTICE);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Today' })
      .click();
    await page.getByRole('heading', { level: 1, name: PRACTICE }).waitFor();
    await page.getByText('Welcome back, Dana Whitfield.').waitFor();
    await expect(page.getByText('Start with your practice profile').count()).resolves.toBe(0);
    await expect(page.getByRole('main').textContent()).resolves.toContain('America/Chicago');
    await screenshot(page, 'home-with-practice');

    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'home-dark');
    await openPage(page, 'Practice profile');
    await screenshot(page, 'practice-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('audit log: pages, filters by action and date, and verifies the trail', async () => {
    const { page } = app;
    // Enough events for two pages (the log shows 25 a page).
    for (let minutes = 11; minutes <= 40; minutes += 1) {
      await app.call('settings.saveSecurity', { autoLockMinutes: minutes });
    }
    await openPage(page, 'Audit log');
    const table = page.getByRole('table', { name: 'Audit events' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(25);
    // Newest first, in the practice's time zone and words.
    await expect(rows.first().textContent()).resolves.toContain('Security settings changed');
    await expect(rows.first().textContent()).resolves.toContain('from 39 to 40 minutes');
    const total = Number(
      /(\d+) events/.exec((await page.getByText(/\d+ events/).textContent()) ?? '')?.[1],
    );
    expect(total).toBeGreaterThan(30);
    const pages = Math.ceil(total / 25);
    await page.getByText(`Page 1 of ${pages}`).waitFor();
    await screenshot(page, 'audit-log');

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(`Page 2 of ${pages}`).waitFor();
    await expect(rows.last().textContent()).resolves.toContain('Vault created');

    await page.getByLabel('Action').selectOption({ label: 'Practice profile changed' });
    await page.getByText('1 event matches these filters').waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('practiceName');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText(`${total} events, newest first.`).waitFor();

    // Dates are the practice's calendar days; a range that ends before it starts is refused.
    const to = page.getByLabel('To');
    await page.getByLabel('From').fill('2030-05-02');
    await to.fill('2030-05-01');
    await page.getByText('The start date must be on or before the end date.').waitFor();
    await expect.poll(() => isInvalid(to)).toBe(true);
    await to.fill('2030-05-31');
    await page.getByText('No events match these filters.').waitFor();
    await expect(table.count()).resolves.toBe(0);
    await screenshot(page, 'audit-log-empty');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText(`${total} events, newest first.`).waitFor();

    await page.getByRole('button', { name: 'Verify audit trail' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `All ${total} events are intact.` })
      .waitFor();
    // Verifying is itself recorded, and the list shows it at once.
    await expect.poll(() => rows.first().textContent()).toContain('Audit trail verified');
    await screenshot(page, 'audit-log-verified');

    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'audit-log-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('a changed audit entry is reported with its event number and reason', async () => {
    const { page } = app;
    // Reaching under the app, as someone editing the file would: the trigger goes, a row changes.
    const handle = app.core.vault.handle;
    handle.exec('DROP TRIGGER audit_events_no_update');
    handle.prepare('UPDATE audit_events SET summary = ? WHERE id = 3').run('Nothing happened');

    await page.getByRole('button', { name: 'Verify audit trail' }).click();
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'The audit trail is broken at event 3.' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('its content was changed');
    await screenshot(page, 'audit-log-broken');
  });

  test('locking drops the practice’s data from the page', async () => {
    const { page } = app;
    await openPage(page, 'Practice profile');
    expect(await page.content()).toContain(PRACTICE);
    await page.getByRole('button', { name: 'Lock Accord' }).click();
    await waitForUnlockScreen(page);
    const html = await page.content();
    expect(html).not.toContain(PRACTICE);
    expect(html).not.toContain('Dana Whitfield');
    expect(html).not.toContain('1234567893');
  });
});
