import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, dateInZone } from '../../shared/dates.ts';
import { clientInput } from '../support/fixtures.ts';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import { openPage, PASSPHRASE, unlock, waitForHome, waitForUnlockScreen } from './steps.ts';

/**
 * The schedule, driven as a counselor drives it. The core's clock is the real one, so every
 * booking is made weeks ahead; the practice is in New York while this machine runs in UTC, which
 * is what proves the calendar shows practice-local times.
 */
const ZONE = 'America/New_York';

function mondayOnOrAfter(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, weekday === 0 ? 0 : 7 - weekday);
}

const today = dateInZone(new Date(), ZONE);
/** The Monday of a week well ahead: nothing in it has happened yet. */
const base = mondayOnOrAfter(addDays(today, 14));
const wednesday = addDays(base, 2);

async function goToDate(page: Page, date: string): Promise<void> {
  const field = page.getByLabel('Go to date', { exact: true });
  await field.fill(date);
  // Out of the field again, so the schedule's letter keys are commands, not typing.
  await field.blur();
  await page.locator(`[role="cell"][data-date="${date}"]`).first().waitFor();
}

/** A dialog is in the browser's top layer, sized to the window: the window grows to the page. */
async function screenshotDialog(page: Page, name: string): Promise<void> {
  const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
  await page.setViewportSize({ width: 1280, height: Math.max(1250, height) });
  await screenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

function sessionButton(page: Page, name: RegExp | string) {
  return page.getByRole('region', { name: /^Calendar/ }).getByRole('button', { name });
}

function dayColumn(page: Page, date: string) {
  return page.locator(`[role="cell"][data-date="${date}"]`);
}

/** Drags a session sideways to another day's column, at the same time of day. */
async function dragToDay(page: Page, session: Locator, date: string): Promise<void> {
  // Mid-screen: near the window's edge FullCalendar scrolls while dragging, shifting the time.
  await session.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const from = (await session.boundingBox())!;
  const target = (await dayColumn(page, date).boundingBox())!;
  const y = from.y + 10;
  await page.mouse.move(from.x + from.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, y, { steps: 5 });
  await page.mouse.move(target.x + target.width / 2, y, { steps: 10 });
  await page.mouse.up();
}

describe('schedule', () => {
  let app: LaunchedApp;
  let morgan: number;
  let avery: number;

  const range = async (from: string, to: string) =>
    (await app.call('schedule.range', { from, to })).appointments;

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
    morgan = (
      await app.call(
        'clients.create',
        clientInput({ legalFirstName: 'Morgan', legalLastName: 'Ellery' }),
      )
    ).id;
    avery = (
      await app.call(
        'clients.create',
        clientInput({ legalFirstName: 'Avery', legalLastName: 'Lindqvist', dateOfBirth: null }),
      )
    ).id;
    await app.call('vault.lock');
    await app.page.reload();
    await waitForUnlockScreen(app.page);
    await unlock(app.page, PASSPHRASE);
    await waitForHome(app.page);
    await openPage(app.page, 'Schedule');
    await app.page.locator('[role="cell"][data-date]').first().waitFor();
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('a weekly series is booked through the dialog and shows in the week', async () => {
    const { page } = app;
    await goToDate(page, base);
    await page.getByRole('button', { name: 'New appointment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New appointment' });
    await dialog.waitFor();
    // Focus starts in the client search: a counselor types a name at once.
    const client = dialog.getByRole('combobox', { name: 'Client' });
    expect(await client.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await client.fill('morg');
    await dialog.getByRole('option', { name: /Morgan Ellery/ }).click();
    await dialog.getByText('Booking for Morgan Ellery.').waitFor();
    await dialog
      .getByLabel('Service', { exact: true })
      .selectOption({ label: '90834 · Therapy session, about 45 minutes' });
    // Choosing the service fills in its usual length.
    expect(await dialog.getByLabel('Length (minutes)', { exact: true }).inputValue()).toBe('45');
    await dialog.getByLabel('Date', { exact: true }).fill(base);
    await dialog.getByLabel('Start time', { exact: true }).fill('10:00');
    await dialog.getByLabel('Memo', { exact: true }).fill('Bring the intake forms');
    await dialog.getByLabel('Repeat', { exact: true }).selectOption('weekly');
    await dialog.getByLabel('Number of sessions', { exact: true }).fill('6');
    await dialog.getByText('Every week on Monday, 6 sessions').waitFor();
    await screenshotDialog(page, 'schedule-appointment-repeat');

    await dialog.getByRole('button', { name: 'Book' }).click();
    await page.getByText('Booked 6 sessions with Morgan Ellery.').waitFor();
    const booked = (await range(base, addDays(base, 60))).filter((a) => a.clientId === morgan);
    expect(booked.map((a) => [a.date, a.time])).toEqual(
      [0, 7, 14, 21, 28, 35].map((days) => [addDays(base, days), '10:00']),
    );
    expect(booked[0]).toMatchObject({ durationMin: 45, memo: 'Bring the intake forms' });

    // Practice-local time on screen, though this machine runs in UTC.
    const session = sessionButton(page, /Morgan Ellery/);
    await expect(session.count()).resolves.toBe(1);
    await expect(session.textContent()).resolves.toMatch(/^10:00am, Morgan Ellery, 90834/);
    await expect(dayColumn(page, base).getByRole('button').count()).resolves.toBe(1);
    await screenshot(page, 'schedule-week');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'schedule-week-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('dragging one session of the series to Wednesday moves only that session', async () => {
    const { page } = app;
    const session = dayColumn(page, base).getByRole('button', { name: /Morgan Ellery/ });
    await dragToDay(page, session, wednesday);

    const ask = page.getByRole('dialog', { name: 'A session in a series' });
    await ask.getByText(/Move Morgan Ellery’s 10:00 AM session/).waitFor();
    await ask.getByRole('button', { name: 'This session' }).click();
    await ask.waitFor({ state: 'detached' });

    await dayColumn(page, wednesday)
      .getByRole('button', { name: /Morgan Ellery/ })
      .waitFor();
    await expect(dayColumn(page, base).getByRole('button').count()).resolves.toBe(0);
    const week = (await range(base, addDays(base, 13))).filter((a) => a.clientId === morgan);
    expect(week.map((a) => [a.date, a.time, a.isException])).toEqual([
      [wednesday, '10:00', true],
      [addDays(base, 7), '10:00', false],
    ]);
  });

  test('booking over a session asks first; Cancel keeps the form, Book anyway books', async () => {
    const { page } = app;
    const next = addDays(base, 7);
    await goToDate(page, next);
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New appointment' });
    await dialog.getByRole('combobox', { name: 'Client' }).fill('Avery');
    await dialog.getByRole('option', { name: /Avery Lindqvist/ }).click();
    await dialog
      .getByLabel('Service', { exact: true })
      .selectOption({ label: '90834 · Therapy session, about 45 minutes' });
    await dialog.getByLabel('Date', { exact: true }).fill(next);
    await dialog.getByLabel('Start time', { exact: true }).fill('10:15');
    await dialog.getByRole('button', { name: 'Book' }).click();

    const prompt = page.getByRole('dialog', { name: 'Book anyway?' });
    await prompt.getByText(/overlaps a session with Morgan Ellery/).waitFor();
    await screenshotDialog(page, 'schedule-conflict');
    await prompt.getByRole('button', { name: 'Cancel' }).click();
    await prompt.waitFor({ state: 'detached' });
    expect((await range(next, next)).filter((a) => a.clientId === avery)).toEqual([]);

    await dialog.getByRole('button', { name: 'Book' }).click();
    await prompt.getByRole('button', { name: 'Book anyway' }).click();
    await page.getByText('Booked Avery Lindqvist.').waitFor();
    const [booked] = (await range(next, next)).filter((a) => a.clientId === avery);
    expect(booked).toMatchObject({ time: '10:15', status: 'scheduled' });
    await sessionButton(page, /Avery Lindqvist/).waitFor();
  });

  test('a drag onto a day off asks first, and Cancel puts the session back', async () => {
    const { page } = app;
    const monday = addDays(base, 7);
    const saturday = addDays(base, 12);
    const session = dayColumn(page, monday).getByRole('button', { name: /Avery Lindqvist/ });
    await dragToDay(page, session, saturday);
    const prompt = page.getByRole('dialog', { name: 'Book anyway?' });
    await prompt.getByText(/is on a day you do not work/).waitFor();
    await prompt.getByRole('button', { name: 'Cancel' }).click();
    await prompt.waitFor({ state: 'detached' });
    await session.waitFor();
    await expect(dayColumn(page, saturday).getByRole('button').count()).resolves.toBe(0);
    const [still] = (await range(monday, monday)).filter((a) => a.clientId === avery);
    expect(still).toMatchObject({ date: monday, time: '10:15' });
  });

  test('cancelling “this and following” from the details keeps the earlier sessions', async () => {
    const { page } = app;
    const third = addDays(base, 14);
    await goToDate(page, third);
    await sessionButton(page, /Morgan Ellery/).click();
    const details = page.getByRole('dialog', { name: 'Morgan Ellery' });
    await details.getByText('Every week on Monday, 6 sessions').waitFor();
    await details.getByRole('button', { name: 'Cancelled by counselor…' }).click();
    const ask = page.getByRole('dialog', { name: /Cancelled by counselor: which sessions/ });
    await ask.getByRole('button', { name: 'This and following' }).click();
    await ask.waitFor({ state: 'detached' });
    await details.getByText('Cancelled by counselor').first().waitFor();
    await details.getByRole('button', { name: 'Close' }).click();

    const all = (await range(base, addDays(base, 60))).filter((a) => a.clientId === morgan);
    expect(all.map((a) => [a.date, a.status])).toEqual([
      [wednesday, 'scheduled'],
      [addDays(base, 7), 'scheduled'],
      ...[14, 21, 28, 35].map((days) => [addDays(base, days), 'cancelled_counselor']),
    ]);
    // A cancelled session stays on the calendar, marked as such.
    await expect(sessionButton(page, /Morgan Ellery/).textContent()).resolves.toMatch(
      /Morgan Ellery, Cancelled$/,
    );
  });

  test('a session opens from the keyboard and is edited for this and the following sessions', async () => {
    const { page } = app;
    const second = addDays(base, 7);
    await goToDate(page, second);
    await sessionButton(page, /Morgan Ellery/).focus();
    await page.keyboard.press('Enter');
    const details = page.getByRole('dialog', { name: 'Morgan Ellery' });
    await details.getByRole('button', { name: 'Edit appointment' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit appointment' });
    await edit.getByLabel('Start time', { exact: true }).fill('11:00');
    await edit.getByRole('radio', { name: 'This and following' }).check();
    await screenshotDialog(page, 'schedule-edit-series');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved the changes.').waitFor();
    const [moved] = (await range(second, second)).filter((a) => a.clientId === morgan);
    expect(moved).toMatchObject({ time: '11:00', status: 'scheduled' });
    await expect(sessionButton(page, /Morgan Ellery/).textContent()).resolves.toMatch(/^11:00am/);
  });

  test('a missed session becomes a no-show with a pending fee, waived with a reason', async () => {
    const { page } = app;
    // A session that has already happened: booked in the past, as only the core can.
    const past = addDays(today, -1);
    await app.call('schedule.create', {
      clientId: avery,
      serviceId: (await app.call('services.list', {})).services.find((s) => s.code === '90837')!.id,
      date: past,
      time: '11:00',
      durationMin: 60,
      location: 'telehealth',
      memo: '',
      allowConflicts: true,
    });
    await goToDate(page, past);
    await page.keyboard.press('d');
    await page.getByRole('radio', { name: 'Day' }).and(page.locator(':checked')).waitFor();
    await sessionButton(page, /Avery Lindqvist/).click();
    const details = page.getByRole('dialog', { name: 'Avery Lindqvist' });
    await details.getByRole('button', { name: 'No-show' }).click();
    await details.getByText('No-show fee $75.00, under your cancellation policy.').waitFor();
    await screenshotDialog(page, 'schedule-details-fee');

    await details.getByRole('button', { name: 'Waive fee' }).click();
    await details.getByRole('button', { name: 'Waive the fee' }).click();
    await details.getByText('Say why the fee is waived.').waitFor();
    await details
      .getByLabel('Why is the fee waived?', { exact: true })
      .fill('First time; car trouble');
    await details.getByRole('button', { name: 'Waive the fee' }).click();
    await details.getByText('First time; car trouble').waitFor();
    const [missed] = (await range(past, past)).filter((a) => a.clientId === avery);
    expect(missed).toMatchObject({
      status: 'no_show',
      fee: { status: 'waived', waiveReason: 'First time; car trouble' },
    });
    await details.getByRole('button', { name: 'Close' }).click();
  });

  test('time off is added and removed in a small dialog', async () => {
    const { page } = app;
    await goToDate(page, wednesday);
    await page.keyboard.press('w');
    await page.getByRole('button', { name: 'Time off…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Time off' });
    await dialog.getByLabel('Label', { exact: true }).fill('Training');
    await dialog.getByLabel('First day', { exact: true }).fill(wednesday);
    await dialog.getByLabel('Start time', { exact: true }).fill('13:00');
    await dialog.getByLabel('Last day', { exact: true }).fill(wednesday);
    await dialog.getByLabel('End time', { exact: true }).fill('17:00');
    await screenshotDialog(page, 'schedule-time-off');
    await dialog.getByRole('button', { name: 'Add time off' }).click();
    await dialog.waitFor({ state: 'detached' });
    await dayColumn(page, wednesday).getByText('Training').waitFor();

    await page.getByRole('button', { name: 'Time off…' }).click();
    await dialog.getByRole('button', { name: /Remove Training/ }).click();
    await dayColumn(page, wednesday).getByText('Training').waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await app.call('schedule.range', { from: base, to: base })).timeOff).toEqual([]);
  });

  test('day, week and month views, by button and by key', async () => {
    const { page } = app;
    await goToDate(page, addDays(base, 7));
    await page.getByRole('radio', { name: 'Day' }).check();
    await page.getByRole('heading', { level: 2, name: /^Monday, / }).waitFor();
    await screenshot(page, 'schedule-day');
    await page.keyboard.press('PageDown');
    await page.getByRole('heading', { level: 2, name: /^Tuesday, / }).waitFor();
    await page.keyboard.press('m');
    await page.getByRole('radio', { name: 'Month' }).and(page.locator(':checked')).waitFor();
    await sessionButton(page, /Avery Lindqvist/)
      .first()
      .waitFor();
    await screenshot(page, 'schedule-month');
    await page.getByRole('button', { name: 'Next month' }).click();
    await page.getByRole('button', { name: 'Today' }).click();
    await page.locator(`[data-date="${today}"]`).first().waitFor();
    await page.keyboard.press('w');
    await page.getByRole('radio', { name: 'Week' }).and(page.locator(':checked')).waitFor();
  });

  test('the calendar file holds the sessions and no names', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to a calendar file' });
    await dialog.getByLabel('From', { exact: true }).fill(base);
    await dialog.getByLabel('To', { exact: true }).fill(addDays(base, 40));
    await dialog.getByRole('button', { name: 'Save .ics file' }).click();
    const saved = dialog.getByText(/^Saved accord-sessions-.*\.ics \(\d+ sessions\)\.$/);
    await saved.waitFor();
    await screenshotDialog(page, 'schedule-export');
    const [, fileName, count] = /^Saved (\S+) \((\d+) sessions\)\.$/.exec(
      (await saved.textContent()) ?? '',
    )!;
    // Morgan's two sessions still on, and Avery's: cancelled sessions are left out.
    expect(Number(count)).toBe(3);
    const ics = readFileSync(join(app.exportDir, fileName!), 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).not.toMatch(/Morgan|Ellery|Avery|Lindqvist|90834|intake/i);
    await dialog.getByRole('button', { name: 'Done' }).click();
  });
});
