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
  setUpPractice,
} from './steps.ts';

/** Settings → Services and fees, and Settings → Scheduling, driven through their forms. */
describe('scheduling settings', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp();
    await setUpPractice(app, {
      timeZone: 'America/New_York',
    });
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

  test('a service’s fee is typed as money and saved; a new service is added and archived', async () => {
    const { page } = app;
    await openPage(page, 'Services and fees');
    const table = page.getByRole('table', { name: 'Services' });
    const row = table.getByRole('row').filter({ hasText: '90837' });
    await expect(row.textContent()).resolves.toContain('$170.00');
    await screenshot(page, 'settings-services');

    await page
      .getByRole('button', { name: 'Edit 90837, Therapy session, about 60 minutes' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Edit 90837' });
    const fee = dialog.getByLabel('Fee', { exact: true });
    await fee.fill('one eighty');
    await dialog.getByRole('button', { name: 'Save service' }).click();
    await dialog.getByText('Enter the fee as an amount, like 130.00.').waitFor();
    await expect.poll(() => isInvalid(fee)).toBe(true);
    await fee.fill('1,180.5');
    // The dialog sits in the window's top layer: the window grows to the page for the picture.
    await page.setViewportSize({ width: 1280, height: 1300 });
    await screenshot(page, 'settings-services-edit');
    await page.setViewportSize({ width: 1280, height: 800 });
    await dialog.getByRole('button', { name: 'Save service' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: '90837 saved.' }).waitFor();
    await expect(row.textContent()).resolves.toContain('$1,180.50');
    const { services } = await app.call('services.list', {});
    expect(services.find((s) => s.code === '90837')?.feeCents).toBe(1_180_50);

    await page.getByRole('button', { name: 'Add a service' }).click();
    const add = page.getByRole('dialog', { name: 'Add a service' });
    await add.getByLabel('CPT code', { exact: true }).fill('90838');
    await add.getByLabel('Your label', { exact: true }).fill('Therapy with a medical visit');
    await add.getByLabel('Usual length (minutes)', { exact: true }).fill('60');
    await add.getByLabel('Fee', { exact: true }).fill('150');
    await add.getByRole('button', { name: 'Add service' }).click();
    await add.waitFor({ state: 'detached' });
    const added = table.getByRole('row').filter({ hasText: '90838' });
    await expect(added.textContent()).resolves.toContain('$150.00');

    await page.getByRole('button', { name: 'Archive 90838, Therapy with a medical visit' }).click();
    await added.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Show archived (1)' }).check();
    await expect(added.textContent()).resolves.toContain('Archived');
    const all = (await app.call('services.list', { includeInactive: true })).services;
    expect(all.find((s) => s.code === '90838')?.active).toBe(false);
  });

  test('working hours, the cancellation policy and export labels are saved', async () => {
    const { page } = app;
    await openPage(page, 'Scheduling');
    await screenshot(page, 'settings-scheduling');

    await page.getByRole('checkbox', { name: 'Saturday' }).check();
    await page.getByLabel('Saturday starts').fill('10:00');
    await page.getByLabel('Saturday ends').fill('09:00');
    await page.getByRole('checkbox', { name: 'Friday' }).uncheck();
    await page.getByText('Not a working day').first().waitFor();
    await page.getByLabel('Late-cancel window (hours)').fill('48');
    await page.getByLabel('No-show fee').fill('90');
    await page.getByLabel('Late-cancel fee').fill('forty');
    await page.getByRole('radio', { name: /^02 · / }).check();
    await page.getByRole('radio', { name: /initials/ }).check();
    await page.getByRole('button', { name: 'Save scheduling settings' }).click();

    const lateFee = page.getByLabel('Late-cancel fee');
    await page.getByText('The day must end after it starts.').waitFor();
    await expect.poll(() => isInvalid(page.getByLabel('Saturday ends'))).toBe(true);
    await expect.poll(() => description(lateFee)).toContain('Enter an amount like 50.00');
    await screenshot(page, 'settings-scheduling-errors');

    await page.getByLabel('Saturday ends').fill('14:00');
    await lateFee.fill('40');
    await page.getByRole('button', { name: 'Save scheduling settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const { schedule } = await app.call('settings.get');
    expect(schedule).toMatchObject({
      lateCancelHours: 48,
      lateCancelFeeCents: 40_00,
      noShowFeeCents: 90_00,
      telehealthPlaceOfService: '02',
      icsLabel: 'initials',
    });
    expect(schedule.workingHours.SA).toEqual({ start: '10:00', end: '14:00' });
    expect(schedule.workingHours.FR).toBeNull();
    expect(schedule.workingHours.MO).toEqual({ start: '09:00', end: '17:00' });
  });
});
