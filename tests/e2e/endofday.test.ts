import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { X12Parser, type X12Interchange } from 'node-x12';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, dateInZone, wallClock } from '../../shared/dates.ts';
import { BILLING_PRACTICE, CLAIM_SETTINGS, clientInput } from '../support/fixtures.ts';
import { pdfText } from '../support/pdf.ts';
import { launchApp, pdfPreview, screenshot, screenshotTall, type LaunchedApp } from './harness.ts';
import {
  PASSPHRASE,
  openPage,
  unlock,
  waitForHome,
  waitForUnlockScreen,
  setUpPractice,
} from './steps.ts';

/**
 * End of day on a real clock: five sessions today that have already started (one no-show, one
 * late cancel waived, one insurance client, one on a sliding scale paying cash), closed in
 * minutes from one screen; then the day's documents, a statement, a superbill and a claim.
 */
const ZONE = 'America/New_York';

function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

describe('end of day', () => {
  let app: LaunchedApp;
  let day: string;
  const clients: Record<string, number> = {};

  beforeAll(async () => {
    app = await launchApp();
    await setUpPractice(app, {
      ...BILLING_PRACTICE,

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
      clients[first] = client.id;
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
    await book('Sasha', 30, '90834', 45); // insured: billed to the insurer less the copay
    const noShow = await book('Tobias', 20, '90834', 45);
    const late = await book('Uma', 10, '90834', 45);
    await book('Wren', 0, '90832', 30); // attended through the UI; pays cash
    await app.call('clients.saveInsurance', {
      clientId: clients.Sasha!,
      insurance: {
        kind: 'insurance',
        payerName: 'Lakeshore Health Plan',
        payerId: '39026',
        memberId: 'LHP55120',
        groupNumber: 'G-1180',
        subscriber: null,
        copayCents: 20_00,
        coinsuranceBp: 0,
      },
    });
    await app.call('clients.setDiagnoses', {
      clientId: clients.Sasha!,
      diagnoses: [{ code: 'F41.1', diagnosedOn: addDays(day, -30) }],
    });
    await app.call('billing.setFeeArrangement', {
      clientId: clients.Wren!,
      kind: 'sliding',
      discountBp: 3000,
      reason: 'Reduced hours at work',
      effectiveFrom: addDays(day, -30),
    });
    await app.call('claims.saveSettings', CLAIM_SETTINGS);
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

    // One click each: the three sessions held.
    for (const name of ['Quinn', 'Sasha', 'Wren']) {
      await row(name).getByRole('button', { name: 'Attended' }).click();
      await row(name).getByText('To post').waitFor();
    }
    // Quinn's hour fits 90837 better than the booked 90834: charged as 90837, at its fee.
    await row('Quinn').getByText('Time rule: 90837').waitFor();
    await row('Quinn').getByText('Charge 90837 instead · $170.00').waitFor();
    await screenshot(page, 'endofday-suggestion');
    await row('Quinn')
      .getByRole('button', { name: /^Charge 90837 instead/ })
      .click();
    await row('Quinn').getByText('Posted').waitFor();
    await row('Quinn').getByText('90837', { exact: true }).waitFor();
    await row('Quinn').getByText('$170.00').first().waitFor();
    await expect(row('Quinn').getByText('Time rule').count()).resolves.toBe(0);
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
    // The sliding scale: 30% off the $90.00 fee.
    await expect(form.getByLabel('Amount').inputValue()).resolves.toBe('63.00');
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
        chargedCents: 438_00,
        paidCents: 63_00,
        byService: { '90837': 170_00, '90834': 130_00, '90832': 63_00, 'No-show fee': 75_00 },
        byMethod: { cash: 63_00 },
      },
    });
    expect(sheet.rows.find((r) => r.clientName.startsWith('Wren'))?.balanceCents).toBe(0);
    // The insurer is expected to pay Sasha's session less the $20 copay.
    const sasha = await app.call('billing.ledger', { clientId: clients.Sasha! });
    expect(sasha.openCharges).toMatchObject([{ clientDueCents: 20_00, payerDueCents: 110_00 }]);
  });

  test('the day’s documents, a statement, a superbill and a claim', async () => {
    const { page } = app;
    // One PDF for each client charged today, in one step.
    await page.getByRole('button', { name: 'Save the day’s documents…' }).click();
    await page.getByText(/^4 documents saved in/).waitFor();
    await screenshotTall(page, 'endofday-documents');

    const openBilling = async (first: string) => {
      await openPage(page, 'Clients');
      await page.getByLabel('Search clients').fill(first);
      await page
        .getByRole('table', { name: 'Clients' })
        .getByRole('link', { name: new RegExp(`${first} Harlow`) })
        .click();
      await page.getByRole('tab', { name: 'Billing' }).click();
      return page.getByRole('region', { name: 'Documents' });
    };

    // Wren's monthly statement: the discounted session, paid in cash.
    let card = await openBilling('Wren');
    await card.getByRole('radio', { name: 'Monthly statement' }).check();
    await card.getByLabel('Month', { exact: true }).fill(day.slice(0, 7));
    await card.getByRole('button', { name: 'Save monthly statement…' }).click();
    const statementName = `Statement ${day.slice(0, 7)}.pdf`;
    await card.getByText(`Monthly statement saved as ${statementName}.`).waitFor();
    const statement = pdfText(join(app.exportDir, statementName));
    expect(statement).toContain('Wren Harlow');
    expect(statement).toContain('$63.00');
    pdfPreview(join(app.exportDir, statementName), 'endofday-statement');

    // Quinn's superbill, with the code the time rule chose.
    card = await openBilling('Quinn');
    await card.getByRole('radio', { name: 'Superbill' }).check();
    await card.getByLabel('From').fill(day);
    await card.getByLabel('To').fill(day);
    await card.getByRole('button', { name: 'Save superbill…' }).click();
    const superbillName = `Superbill ${day}.pdf`;
    await card.getByText(`Superbill saved as ${superbillName}.`).waitFor();
    const superbill = pdfText(join(app.exportDir, superbillName));
    for (const expected of ['Quinn Harlow', 'NPI: 1234567893', '90837', '$170.00']) {
      expect(superbill).toContain(expected);
    }
    pdfPreview(join(app.exportDir, superbillName), 'endofday-superbill');

    // Sasha's session becomes a claim, exported as an 837P file.
    await openPage(page, 'Claims');
    await page
      .getByRole('group', { name: /Sasha Harlow/ })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: /^Create claims/ }).click();
    await page.getByText('1 claim ready to send.').waitFor();
    await page
      .getByRole('table', { name: 'Claims ready to send' })
      .getByRole('checkbox', { name: /Put claim #\d+ in the 837P file/ })
      .check();
    await page.getByRole('button', { name: 'Export 837P file' }).click();
    const saved = page.getByText(/1 claim saved in claims-837p-/);
    await saved.waitFor();
    const fileName = (await saved.textContent())!.match(/claims-837p-[\w-]+\.txt/)![0];
    const x12 = readFileSync(join(app.exportDir, fileName), 'utf8');
    const tx = (new X12Parser(true).parse(x12) as X12Interchange).functionalGroups[0]!
      .transactions[0]!;
    const clm = tx.segments.find((seg) => seg.tag === 'CLM')!;
    expect(clm.elements[1]!.value).toBe('130');
    expect(x12).toContain('SV1*HC:90834*130*UN*1');
    expect(x12).toMatch(/HI\*ABK:F411/);
    expect(Number(tx.trailer.elements[0]!.value)).toBe(tx.segments.length + 2);
    await screenshotTall(page, 'endofday-claim-exported');
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
