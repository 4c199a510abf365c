import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, dateInZone, wallClock } from '../../shared/dates.ts';
import { clientInput } from '../support/fixtures.ts';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import { PASSPHRASE, unlock, waitForHome, waitForUnlockScreen } from './steps.ts';

/**
 * Today, first for a practice with nothing in it yet, then on a working day. The core's clock is
 * real: "earlier today" and "later today" are computed from now, in the practice's zone.
 */
const ZONE = 'America/New_York';

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

async function openAccord(app: LaunchedApp): Promise<void> {
  await app.call('vault.lock');
  await app.page.reload();
  await waitForUnlockScreen(app.page);
  await unlock(app.page, PASSPHRASE);
  await waitForHome(app.page);
}

describe('today', () => {
  let app: LaunchedApp;

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
    await openAccord(app);
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('a new practice sees its first steps, each one click away', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Cedar Grove Therapy' }).waitFor();
    const steps = page.getByRole('region', { name: 'Getting started' });
    await steps.getByRole('heading', { name: 'Add your first client' }).waitFor();
    await steps.getByText('10 common services are ready').waitFor();
    // Nothing booked yet: no empty lists, only the way in.
    await expect(page.getByRole('region', { name: 'Today’s sessions' }).count()).resolves.toBe(0);
    await screenshot(page, 'today-first-run');

    await steps.getByRole('button', { name: 'Review services' }).click();
    await page.getByRole('heading', { level: 1, name: 'Services and fees' }).waitFor();
    await page.keyboard.press('Alt+T');
    await page.getByRole('heading', { level: 1, name: 'Cedar Grove Therapy' }).waitFor();
    await steps.getByRole('button', { name: 'Open the schedule' }).click();
    await page.getByRole('heading', { level: 1, name: 'Schedule' }).waitFor();
    await page.keyboard.press('Alt+T');
    await steps.getByRole('button', { name: 'Add a client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  });

  test('today’s sessions in order, with one-click statuses and what each still needs', async () => {
    const { page } = app;
    const now = wallClock(new Date(), ZONE);
    const today = dateInZone(new Date(), ZONE);
    const morgan = await app.call(
      'clients.create',
      clientInput({ legalFirstName: 'Morgan', legalLastName: 'Ellery' }),
    );
    const avery = await app.call(
      'clients.create',
      clientInput({ legalFirstName: 'Avery', legalLastName: 'Lindqvist' }),
    );
    const { services } = await app.call('services.list', {});
    const therapy = services.find((s) => s.code === '90834')!.id;
    const book = (clientId: number, date: string, time: string, durationMin = 45) =>
      app.call('schedule.create', {
        clientId,
        serviceId: therapy,
        date,
        time,
        durationMin,
        location: 'office',
        memo: '',
        allowConflicts: true,
      });
    // One session that has started (a few minutes ago, or at midnight just after it).
    const started = hhmm(
      Math.max(0, minutes(now.time) - 30) - (Math.max(0, minutes(now.time) - 30) % 5),
    );
    await book(morgan.id, today, started, 5);
    // One still to come today, when the day has room for it.
    const laterStart = minutes(now.time) + 60;
    const later = laterStart <= 23 * 60 + 30 ? hhmm(laterStart - (laterStart % 5)) : null;
    if (later) await book(avery.id, today, later, 25);
    await book(avery.id, addDays(today, 2), '10:00');

    await page.keyboard.press('Alt+S');
    await page.keyboard.press('Alt+T');
    await page.getByRole('heading', { name: /Morgan Ellery/ }).waitFor();
    const list = page
      .getByRole('list')
      .filter({ has: page.getByRole('heading', { name: /Morgan Ellery/ }) });
    const rows = list.getByRole('listitem');
    await expect(rows.count()).resolves.toBe(later ? 2 : 1);
    await expect(rows.first().textContent()).resolves.toContain('Morgan Ellery');
    const first = rows.first();
    await first.getByText('Needs a status').waitFor();
    await screenshot(page, 'today');

    await first.getByRole('button', { name: 'No-show' }).click();
    await first.getByText('No-show fee $75.00 pending').waitFor();
    await first.getByRole('button', { name: 'Attended' }).click();
    await first.getByText('Attended', { exact: true }).waitFor();
    await expect(first.getByText('Needs a status').count()).resolves.toBe(0);
    await expect(first.getByText(/fee/).count()).resolves.toBe(0);
    const [held] = (await app.call('schedule.range', { from: today, to: today })).appointments;
    expect(held).toMatchObject({ clientId: morgan.id, status: 'attended', fee: null });

    // A session still to come offers cancellations only; attended waits until it starts.
    if (later) {
      const second = rows.nth(1);
      await expect(second.getByRole('button', { name: 'Attended' }).count()).resolves.toBe(0);
      await second.getByRole('button', { name: 'Cancelled by counselor' }).click();
      await second.getByText('Cancelled by counselor', { exact: true }).waitFor();
      await second.getByRole('button', { name: 'Back to scheduled' }).click();
      await second.getByText('Scheduled', { exact: true }).waitFor();
    }

    // The details open from the name; the week ahead opens a day in the schedule.
    await first.getByRole('button', { name: /Morgan Ellery, .*: details/ }).click();
    const details = page.getByRole('dialog', { name: 'Morgan Ellery' });
    await details.getByText('90834 · Therapy session, about 45 minutes').waitFor();
    await details.getByRole('button', { name: 'Close' }).click();

    const week = page.getByRole('region', { name: 'The week ahead' });
    await week
      .getByRole('button', { name: /: 1 session$/ })
      .last()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Schedule' }).waitFor();
    await page.locator(`[role="cell"][data-date="${addDays(today, 2)}"]`).waitFor();
    await page.getByRole('radio', { name: 'Day' }).and(page.locator(':checked')).waitFor();
    await page.getByRole('button', { name: /Avery Lindqvist/ }).waitFor();
  });
});
