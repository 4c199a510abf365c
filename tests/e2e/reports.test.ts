import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, dateInZone } from '../../shared/dates.ts';
import { clientInput } from '../support/fixtures.ts';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import { isInvalid, openPage, setUpPractice } from './steps.ts';

/**
 * The Reports screen on a real clock, with a small ledger arranged through the core: a self-pay
 * client with old and new charges, an insured client whose insurer still owes its share, and a
 * client whose name would run as a formula in a spreadsheet.
 */
const ZONE = 'America/Chicago';
const today = dateInZone(new Date(), ZONE);
const ago = (days: number) => addDays(today, -days);

describe('reports', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp();
    await setUpPractice(app, {
      timeZone: ZONE,
    });
    const { services } = await app.call('services.list', {});
    const service = (code: string) => services.find((s) => s.code === code)!.id;
    const client = async (first: string, last: string) =>
      (
        await app.call(
          'clients.create',
          clientInput({ legalFirstName: first, legalLastName: last }),
        )
      ).id;
    const attended = async (
      clientId: number,
      daysAgo: number,
      code: string,
      responsible?: 'payer',
    ) => {
      const [s] = (
        await app.call('schedule.create', {
          clientId,
          serviceId: service(code),
          date: ago(daysAgo),
          time: '10:00',
          durationMin: 45,
          location: 'office',
          memo: '',
          allowConflicts: true,
        })
      ).appointments;
      await app.call('schedule.setStatus', { id: s!.id, status: 'attended' });
      await app.call('billing.postSession', {
        appointmentId: s!.id,
        ...(responsible ? { responsible } : {}),
      });
    };
    const pay = (clientId: number, daysAgo: number, method: 'cash' | 'card', amountCents: number) =>
      app.call('billing.recordPayment', {
        clientId,
        receivedOn: ago(daysAgo),
        method,
        reference: '',
        from: 'client',
        amountCents,
      });

    const avery = await client('Avery', 'Stone');
    await attended(avery, 100, '90834');
    await attended(avery, 45, '90834');
    await attended(avery, 5, '90834');
    await pay(avery, 5, 'cash', 100_00); // the oldest first: $30 of it still owed

    const casey = await client('Casey', 'Rivers');
    await app.call('clients.saveInsurance', {
      clientId: casey,
      insurance: {
        kind: 'insurance',
        payerName: 'Blue Harbor Health',
        payerId: 'BHH01',
        memberId: 'M-204',
        groupNumber: '',
        subscriber: null,
        copayCents: 20_00,
        coinsuranceBp: 0,
      },
    });
    await attended(casey, 70, '90837', 'payer');
    await pay(casey, 70, 'card', 20_00);

    await attended(await client('=cmd', 'Test'), 20, '90832');

    await app.page.reload();
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.page.emulateMedia({ colorScheme: 'light' });
    await app?.close();
  });

  test('aging by client and by insurer, and its CSV', async () => {
    const { page } = app;
    await openPage(page, 'Reports');
    await expect(
      page.getByRole('tab', { name: 'Aging' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    const table = page.getByRole('table', { name: /Aging by client/ });
    const row = (name: string | RegExp) => table.getByRole('row', { name });
    await row(/Avery Stone/).waitFor();
    await expect(
      row(/Avery Stone/)
        .getByRole('cell')
        .allInnerTexts(),
    ).resolves.toEqual(['$130.00', '$130.00', '$0.00', '$30.00', '$290.00', '$0.00']);
    await expect(
      row(/Casey Rivers/)
        .getByRole('cell')
        .last()
        .innerText(),
    ).resolves.toBe('$150.00');
    await expect(table.locator('tfoot').getByRole('cell').allInnerTexts()).resolves.toEqual([
      '$220.00',
      '$130.00',
      '$0.00',
      '$30.00',
      '$380.00',
      '$150.00',
    ]);
    await screenshot(page, 'reports-aging-client');

    await page.getByRole('button', { name: 'Export CSV' }).click();
    await page.getByText('Saved accord-aging-by-client-').waitFor();
    const csv = readFileSync(join(app.exportDir, `accord-aging-by-client-${today}.csv`), 'utf8');
    expect(csv).toContain("'=cmd Test,90.00,0.00,0.00,0.00,90.00,0.00");
    expect(csv).toContain('Total,220.00,130.00,0.00,30.00,380.00,150.00');

    await page.getByLabel('Group by').selectOption('payer');
    const byPayer = page.getByRole('table', { name: /Aging by insurer/ });
    await byPayer.getByRole('row', { name: /Blue Harbor Health/ }).waitFor();
    await expect(
      byPayer
        .getByRole('row', { name: /Blue Harbor Health/ })
        .getByRole('cell')
        .allInnerTexts(),
    ).resolves.toEqual(['$0.00', '$0.00', '$150.00', '$0.00', '$150.00']);
    await byPayer.getByRole('row', { name: /Clients \(self-pay and copays\)/ }).waitFor();
    await screenshot(page, 'reports-aging-payer');

    // Before anything was charged, nothing is owed: the empty state says so and what comes next.
    await page.getByLabel('As of').fill(ago(200));
    await page.getByText(/Nothing is owed as of/).waitFor();
    await screenshot(page, 'reports-aging-empty');
  });

  test('income by month and by service; a backwards range is explained', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Income' }).click();
    await page.getByLabel('From').fill(ago(120));
    const table = page.getByRole('table', { name: /Income by month/ });
    await expect
      .poll(() => table.locator('tfoot').getByRole('cell').allInnerTexts())
      .toEqual(['$650.00', '$120.00', '$0.00', '$120.00']);
    await screenshot(page, 'reports-income-month');

    await page.getByLabel('Group by').selectOption('service');
    const byService = page.getByRole('table', { name: /Income by service/ });
    await expect
      .poll(() => byService.getByRole('row', { name: /90834/ }).getByRole('cell').allInnerTexts())
      .toEqual(['$390.00', '$100.00', '$0.00', '$100.00']);
    await screenshot(page, 'reports-income-service');

    await page.getByLabel('Group by').selectOption('method');
    const byMethod = page.getByRole('table', { name: /Income by payment method/ });
    await expect
      .poll(() => byMethod.getByRole('row', { name: /Cash/ }).getByRole('cell').allInnerTexts())
      .toEqual(['$100.00', '$0.00', '$100.00']);

    const to = page.getByLabel('To');
    await to.fill(ago(130));
    await page.getByText('The range must end on or after the day it starts.').waitFor();
    await expect(isInvalid(to)).resolves.toBe(true);
    await screenshot(page, 'reports-income-error');
    await to.fill(today);
    await byMethod.waitFor();
  });

  test('year end: the figures and the months, then dark mode', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Year end' }).click();
    await page
      .getByRole('table', { name: new RegExp(`${today.slice(0, 4)} month by month`) })
      .waitFor();
    await page.getByText('Still owed on Dec 31').waitFor();
    await screenshot(page, 'reports-year-end');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'reports-year-end-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByRole('textbox', { name: 'Year' }).fill('1999');
    await page.getByText('Enter a year from 2000 to 2100.').waitFor();
    await page.getByRole('textbox', { name: 'Year' }).fill('2001');
    await page.getByText('Nothing was charged, received or owed in 2001.').waitFor();
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await page.getByText('Saved accord-year-end-2001.csv.').waitFor();
  });
});
