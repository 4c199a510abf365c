import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, dateInZone } from '../../shared/dates.ts';
import { clientInput } from '../support/fixtures.ts';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import { description, isInvalid, PASSPHRASE } from './steps.ts';

const ZONE = 'America/Chicago';
const today = () => dateInZone(new Date(), ZONE);

/** Dialogs are fixed to the viewport: a tall one is photographed whole. */
async function screenshotTall(page: Page, name: string): Promise<void> {
  const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
  await page.setViewportSize({ width: 1280, height: Math.max(1100, height) });
  await screenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('billing', () => {
  let app: LaunchedApp;
  let clientId: number;

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
    clientId = (
      await app.call(
        'clients.create',
        clientInput({ legalFirstName: 'Mira', legalLastName: 'Okafor' }),
      )
    ).id;
    const therapy = (await app.call('services.list', {})).services.find(
      (s) => s.code === '90834',
    )!.id;
    const book = async (daysAgo: number, status: 'attended' | 'no_show') => {
      const [session] = (
        await app.call('schedule.create', {
          clientId,
          serviceId: therapy,
          date: addDays(today(), -daysAgo),
          time: '10:00',
          durationMin: 45,
          location: 'office',
          memo: '',
          allowConflicts: true,
        })
      ).appointments;
      await app.call('schedule.setStatus', { id: session!.id, status });
    };
    await book(14, 'attended');
    await book(7, 'attended');
    await book(3, 'no_show');
    await app.page.reload();
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('charge, pay in parts, overpay into credit, write off, refund', async () => {
    const { page } = app;
    const money = (cents: number) =>
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
    const balance = page.getByTestId('billing-balance');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Clients' })
      .click();
    await page.getByLabel('Search clients').fill('Okafor');
    await page
      .getByRole('table', { name: 'Clients' })
      .getByRole('link', { name: /Okafor/ })
      .click();
    await page.getByRole('tab', { name: 'Billing' }).click();

    // Two attended sessions and the no-show fee wait to be charged; nothing is owed yet.
    const waiting = page.getByRole('table', { name: 'Waiting to be charged' });
    await expect.poll(() => waiting.getByRole('row').count()).toBe(4);
    await waiting.getByText('No-show fee').waitFor();
    await page.getByText('No charges or payments yet.').waitFor();
    await screenshotTall(page, 'billing-charge-sessions');
    await page.getByRole('button', { name: 'Charge all (3)' }).click();
    await page.getByText('3 charges posted.').waitFor();
    await page.getByText('Nothing waiting to be charged.').waitFor();
    await expect.poll(() => balance.textContent()).toBe(money(335_00));

    // A partial cash payment, oldest charges first.
    await page.getByRole('button', { name: 'Record payment…' }).click();
    let dialog = page.getByRole('dialog', { name: 'Record payment' });
    await dialog.getByLabel('Amount').fill('100');
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    await page.getByText('Payment recorded.').waitFor();
    await expect.poll(() => balance.textContent()).toBe(money(235_00));

    // A check needs its number: the core's message sits on the field.
    await page.getByRole('button', { name: 'Record payment…' }).click();
    dialog = page.getByRole('dialog', { name: 'Record payment' });
    await dialog.getByLabel('Amount').fill('100.00');
    await dialog.getByLabel('Method').selectOption({ label: 'Check' });
    await dialog.getByRole('radio', { name: 'The client' }).waitFor();
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    const number = dialog.getByLabel('Check number');
    await expect.poll(() => isInvalid(number)).toBe(true);
    await expect.poll(() => description(number)).toContain('Enter the check number.');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshotTall(page, 'billing-payment-dialog-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshotTall(page, 'billing-payment-dialog');
    await number.fill('1042');
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    await page.getByText('Payment recorded.').waitFor();
    await expect.poll(() => balance.textContent()).toBe(money(135_00));

    // The rest of the no-show fee is written off, on that charge.
    await page.getByRole('button', { name: 'Write-off / adjustment…' }).click();
    dialog = page.getByRole('dialog', { name: 'Write-off or adjustment' });
    const fee = dialog.getByRole('option', { name: /No-show fee/ });
    await dialog.getByLabel('On charge').selectOption((await fee.getAttribute('value'))!);
    expect(await dialog.getByLabel('Amount').inputValue()).toBe('75.00');
    await dialog.getByRole('button', { name: 'Write off' }).click();
    const reason = dialog.getByLabel('Reason');
    await expect.poll(() => isInvalid(reason)).toBe(true);
    await expect.poll(() => description(reason)).toContain('Say why.');
    await reason.fill('First missed session');
    await dialog.getByRole('button', { name: 'Write off' }).click();
    await page.getByText('Saved to the ledger.').waitFor();
    await expect.poll(() => balance.textContent()).toBe(money(60_00));

    // Paying more than is owed keeps the rest as credit, and the core says so.
    await page.getByRole('button', { name: 'Record payment…' }).click();
    dialog = page.getByRole('dialog', { name: 'Record payment' });
    await dialog.getByLabel('Amount').fill('80');
    await dialog.getByLabel('Method').selectOption({ label: 'Bank transfer' });
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    await page.getByText('$20.00 more than was owed is kept as credit for this client.').waitFor();
    await page.getByText('In credit', { exact: true }).waitFor();
    await expect.poll(() => balance.textContent()).toBe(money(20_00));

    // Refunds go only up to the credit.
    await page.getByRole('button', { name: 'Refund…' }).click();
    dialog = page.getByRole('dialog', { name: 'Refund credit' });
    const refund = dialog.getByLabel('Amount');
    expect(await refund.inputValue()).toBe('20.00');
    await refund.fill('25');
    await dialog.getByRole('button', { name: 'Refund' }).click();
    await expect.poll(() => isInvalid(refund)).toBe(true);
    await dialog.getByText('Only the client’s credit can be refunded: $20.00.').waitFor();
    await refund.fill('15');
    await dialog.getByRole('button', { name: 'Refund' }).click();
    await page.getByText('Refund recorded.').waitFor();
    await expect.poll(() => balance.textContent()).toBe(money(5_00));

    const ledger = await app.call('billing.ledger', { clientId });
    expect(ledger).toMatchObject({ balanceCents: -5_00, creditCents: 5_00, openCharges: [] });
    expect(ledger.lines.map((l) => [l.kind, l.amountCents, l.balanceCents])).toEqual([
      ['charge', 130_00, 130_00],
      ['charge', 130_00, 260_00],
      ['charge', 75_00, 335_00],
      ['payment', -100_00, 235_00],
      ['payment', -100_00, 135_00],
      ['payment', -80_00, 55_00],
      ['adjustment', -75_00, -20_00],
      ['refund', 15_00, -5_00],
    ]);
    expect(ledger.lines[4]!.description).toContain('1042');

    // The table shows the same lines, money signed and right-aligned.
    const table = page.getByRole('table', { name: 'Ledger' });
    await expect.poll(() => table.getByRole('row').count()).toBe(9);
    const last = table.getByRole('row').last();
    await last.getByText('+$15.00').waitFor();
    await last.getByText('$5.00 credit').waitFor();
    const align = await last
      .getByRole('cell')
      .nth(2)
      .evaluate((cell) => cell.ownerDocument.defaultView!.getComputedStyle(cell).textAlign);
    expect(['right', 'end']).toContain(align);

    await screenshotTall(page, 'billing-ledger');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshotTall(page, 'billing-ledger-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('one session charged on its own, then the credit applied to it', async () => {
    const { page } = app;
    const therapy = (await app.call('services.list', {})).services.find(
      (s) => s.code === '90834',
    )!.id;
    const [session] = (
      await app.call('schedule.create', {
        clientId,
        serviceId: therapy,
        date: addDays(today(), -1),
        time: '15:00',
        durationMin: 45,
        location: 'office',
        memo: '',
        allowConflicts: true,
      })
    ).appointments;
    await app.call('schedule.setStatus', { id: session!.id, status: 'attended' });
    await page.getByRole('tab', { name: 'Measures' }).click();
    await page.getByRole('tab', { name: 'Billing' }).click();

    await page.getByRole('button', { name: /^Charge .* session$/ }).click();
    await page.getByText('Charge posted.').waitFor();
    await page.getByText('Nothing waiting to be charged.').waitFor();
    await expect.poll(() => page.getByTestId('billing-balance').textContent()).toBe('$125.00');
    await page.getByRole('button', { name: 'Apply credit' }).click();
    await page.getByText('Credit applied to the open charges.').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Apply credit' }).count()).toBe(0);

    const ledger = await app.call('billing.ledger', { clientId });
    expect(ledger).toMatchObject({ balanceCents: 125_00, creditCents: 0 });
    expect(ledger.openCharges.map((c) => c.dueCents)).toEqual([125_00]);
  });
});
