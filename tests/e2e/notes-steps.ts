import type { Page } from 'playwright-core';
import { dateInZone, wallClock } from '../../shared/dates.ts';
import { clientInput } from '../support/fixtures.ts';
import type { LaunchedApp } from './harness.ts';
import { PASSPHRASE, unlock, waitForHome, waitForUnlockScreen } from './steps.ts';

/** Moves shared by the progress-note tests. The core's clock is real: "today" is today. */

export const ZONE = 'America/New_York';

export const today = () => dateInZone(new Date(), ZONE);

function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** A start time today that has already passed (or midnight, just after it). */
function startedTime(): string {
  const [h, m] = wallClock(new Date(), ZONE).time.split(':').map(Number) as [number, number];
  const earlier = Math.max(0, h * 60 + m - 30);
  return hhmm(earlier - (earlier % 5));
}

export async function practice(app: LaunchedApp): Promise<void> {
  await app.call('vault.setup', { passphrase: PASSPHRASE });
  const { practice } = await app.call('settings.get');
  await app.call('settings.savePractice', {
    ...practice,
    practiceName: 'Cedar Grove Therapy',
    counselorName: 'Dana Whitfield',
    credentials: 'LPC',
    timeZone: ZONE,
  });
}

/** A client with a diagnosis and a session today that has started and was attended. */
export async function attendedToday(
  app: LaunchedApp,
  first: string,
  last: string,
): Promise<{ clientId: number; sessionId: number }> {
  const client = await app.call(
    'clients.create',
    clientInput({ legalFirstName: first, legalLastName: last }),
  );
  await app.call('clients.setDiagnoses', {
    clientId: client.id,
    diagnoses: [{ code: 'F41.1', diagnosedOn: '2026-01-15' }],
  });
  const { services } = await app.call('services.list', {});
  const booked = await app.call('schedule.create', {
    clientId: client.id,
    serviceId: services.find((s) => s.code === '90834')!.id,
    date: today(),
    time: startedTime(),
    durationMin: 45,
    location: 'office',
    memo: '',
    allowConflicts: true,
  });
  const sessionId = booked.appointments[0]!.id;
  await app.call('schedule.setStatus', { id: sessionId, status: 'attended' });
  return { clientId: client.id, sessionId };
}

export async function openAccord(app: LaunchedApp): Promise<void> {
  await app.call('vault.lock');
  await app.page.reload();
  await waitForUnlockScreen(app.page);
  await unlock(app.page, PASSPHRASE);
  await waitForHome(app.page);
}

/** A session's row on Today, found by the client's name. */
export function todayRow(page: Page, name: string) {
  return page
    .getByRole('region', { name: 'Today’s sessions' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name }) });
}

export async function goToday(page: Page): Promise<void> {
  await page.keyboard.press('Alt+T');
  await page.getByRole('region', { name: 'Today’s sessions' }).waitFor();
}

/** Dialogs sit in the top layer, sized to the window: the window grows to show the whole page. */
export async function fullHeight(page: Page, shoot: () => Promise<unknown>): Promise<void> {
  const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
  await page.setViewportSize({ width: 1280, height: Math.max(900, height) });
  await shoot();
  await page.setViewportSize({ width: 1280, height: 800 });
}
