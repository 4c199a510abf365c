import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, dateInZone, wallClock } from '../../shared/dates.ts';
import { clientInput } from '../support/fixtures.ts';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import { PASSPHRASE, openPage, unlock, waitForHome, waitForUnlockScreen } from './steps.ts';

/**
 * End of day on a real clock: five sessions today that have already started, closed in minutes
 * from one screen.
 */
const ZONE = 'America/New_York';

function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

describe('end of day', () => {
  let app: LaunchedApp;
  let day: string;

  beforeAll(async () => {
    app = await launchApp();
    await app.call('vault.setup', { passphrase: PASSPHRASE });
    const { practice } = await app.call('settings.get');
    await app.call('settings.savePractice', {
      ...practice,
      practiceName: 'Cedar Grove Therapy',
      counselorName: 'Dana Whitfield',
      timeZone: ZONE,
    });
    const now = new Date();
    day = dateInZone(now, ZONE);
    const [h, m] = wallClock(now, ZONE).time.split(':').map(Number) as [number, number];
    // Every session has started: a few minutes apart, before now (all at midnight just after it).
    const latest = Math.max(0, h * 60 + m - 5);
    const { services } = await app.call('services.list', {});
    const code = (c: string) => services.find((s) => s.code === c)!.id;
    const book = async (first: string, offset: number, service: string, durationMin: number) => {
      const client = await app.call(
        'clients.create',
        clientInput({ legalFirstName: first, legalLastName: 'Harlow' }),
      );
      const start = Math.max(0, latest - offset);
      const { appointments } = await app.call('schedule.create', {
        clientId: client.id,
        serviceId: code(service),
        date: day,
        time: hhmm(start - (start % 5)),
        durationMin,
        location: 'office',
        memo: '',
        allowConflicts: true,
      });
      return appointments[0]!.id;
    };
    await book('Quinn', 40, '90834', 60); // attended through the UI; runs an hour
    await book('Sasha', 30, '90834', 45); // left scheduled
    const noShow = await book('Tobias', 20, '90834', 45);
    const late = await book('Uma', 10, '90834', 45);
    await book('Wren', 0, '90832', 30); // attended through the UI; pays cash
    await app.call('schedule.setStatus', { id: noShow, status: 'no_show' });
    await app.call('schedule.setStatus', { id: late, status: 'late_cancel' });

    await app.call('vault.lock');
    await app.page.reload();
    await waitForUnlockScreen(app.page);
    await unlock(app.page, PASSPHRASE);
    await waitForHome(app.page);
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.page.emulateMedia({ colorScheme: 'light' });
    await app?.close();
  });

  test('mark, waive, post, take payment and close the day from one screen', async () => {
    const { page } = app;
    await openPage(page, 'End of day');
    const row = (name: string) =>
      page.getByRole('listitem', { name: new RegExp(`${name} Harlow`) });
    await row('Quinn').waitFor();
    await expect(page.getByRole('listitem', { name: /session with/ }).count()).resolves.toBe(5);
    await screenshot(page, 'endofday-open');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'endofday-open-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // One click each: the two sessions held.
    for (const name of ['Quinn', 'Wren']) {
      await row(name).getByRole('button', { name: 'Attended' }).click();
      await row(name).getByText('To post').waitFor();
    }
    await row('Quinn').getByText('Suggest 90837 by the time rule').waitFor();
    await row('Sasha').getByRole('button', { name: 'Attended' }).waitFor();
    await row('Tobias').getByText('Pending').waitFor();

    // The late cancellation's fee is waived, with a reason.
    await row('Uma').getByRole('button', { name: 'Waive fee' }).click();
    await row('Uma').getByRole('button', { name: 'Waive the fee' }).click();
    await row('Uma').getByText('Say why the fee is waived.').waitFor();
    await row('Uma').getByLabel('Why is the fee waived?').fill('Family emergency');
    await row('Uma').getByRole('button', { name: 'Waive the fee' }).click();
    await row('Uma').getByText('Waived').waitFor();

    // Closing before posting is refused, in the core's words.
    await page.getByRole('button', { name: 'Close the day' }).click();
    await page.getByText(/Post the day’s charges first: 3 sessions are not charged yet/).waitFor();

    await page.getByRole('button', { name: 'Post all charges' }).click();
    await page.getByText('The day’s charges are posted.').waitFor();
    await expect(row('Quinn').getByText('Posted').count()).resolves.toBe(1);
    await row('Tobias').getByText('Billed').waitFor();

    // Cash taken inline for Wren's session; a check would need its number.
    const wren = row('Wren');
    await wren.getByRole('button', { name: 'Take payment' }).click();
    const form = wren.getByRole('form', { name: 'Payment from Wren Harlow' });
    await expect(form.getByLabel('Amount').inputValue()).resolves.toBe('90.00');
    await form.getByLabel('Paid by').selectOption('check');
    await form.getByRole('button', { name: 'Record payment' }).click();
    await form.getByText('Enter the check number.').waitFor();
    await form.getByLabel('Paid by').selectOption('cash');
    await screenshot(page, 'endofday-payment');
    await form.getByRole('button', { name: 'Record payment' }).click();
    await form.waitFor({ state: 'detached' });
    const received = page.getByRole('region', { name: 'Totals' });
    await received.getByRole('table', { name: 'Received by method' }).getByText('Cash').waitFor();

    await page.getByRole('button', { name: 'Close the day' }).click();
    await page.getByText('The day is closed.').waitFor();
    await page.getByRole('heading', { level: 2 }).getByText('Closed').waitFor();
    await expect(page.getByRole('button', { name: 'Take payment' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Post all charges' }).count()).resolves.toBe(0);
    await screenshot(page, 'endofday-closed');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'endofday-closed-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    const sheet = await app.call('billing.endOfDay', { day });
    expect(sheet).toMatchObject({
      closed: true,
      totals: {
        chargedCents: 295_00,
        paidCents: 90_00,
        byService: { '90834': 130_00, '90832': 90_00, 'No-show fee': 75_00 },
        byMethod: { cash: 90_00 },
      },
    });
    expect(sheet.rows.find((r) => r.clientName.startsWith('Sasha'))?.status).toBe('scheduled');
    expect(sheet.rows.find((r) => r.clientName.startsWith('Wren'))?.balanceCents).toBe(0);
  });

  test('Today lists earlier days still open, each opening its end of day', async () => {
    const { page } = app;
    const yesterday = addDays(day, -1);
    const client = await app.call(
      'clients.create',
      clientInput({ legalFirstName: 'Yara', legalLastName: 'Harlow' }),
    );
    const { services } = await app.call('services.list', {});
    const { appointments } = await app.call('schedule.create', {
      clientId: client.id,
      serviceId: services.find((s) => s.code === '90834')!.id,
      date: yesterday,
      time: '10:00',
      durationMin: 45,
      location: 'office',
      memo: '',
      allowConflicts: true,
    });
    await app.call('schedule.setStatus', { id: appointments[0]!.id, status: 'attended' });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Today' })
      .click();
    await waitForHome(page);
    const open = page.getByRole('region', { name: 'Open from earlier days' });
    await open.getByRole('button', { name: /^End of day for / }).click();
    await page.getByRole('heading', { level: 1, name: 'End of day' }).waitFor();
    await page
      .getByRole('listitem', { name: /Yara Harlow/ })
      .getByText('To post')
      .waitFor();
    await page.getByRole('button', { name: 'Post all charges' }).click();
    await page.getByRole('button', { name: 'Close the day' }).click();
    await page.getByText('The day is closed.').waitFor();
    expect((await app.call('billing.endOfDay', { day })).openEarlier).toEqual([]);
  });
});
