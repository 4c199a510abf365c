import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, dateInZone } from '../../shared/dates.ts';
import { clientInput } from '../support/fixtures.ts';
import { launchApp, screenshotTall, type LaunchedApp } from './harness.ts';
import { description, isInvalid, setUpPractice } from './steps.ts';

const ZONE = 'America/Chicago';
const today = () => dateInZone(new Date(), ZONE);

describe('billing', () => {
  let app: LaunchedApp;
  let clientId: number;

  beforeAll(async () => {
    app = await launchApp();
    await setUpPractice(app, {
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

  test('a sliding scale set in the Fee card discounts the charge; an insurance charge shows its split', async () => {
    const { page } = app;
    const client = await app.call(
      'clients.create',
      clientInput({ legalFirstName: 'Jonah', legalLastName: 'Reyes' }),
    );
    await app.call('clients.saveInsurance', {
      clientId: client.id,
      insurance: {
        kind: 'insurance',
        payerName: 'Example Health Plan',
        payerId: 'EHP01',
        memberId: 'XEH55501',
        groupNumber: '',
        subscriber: null,
        copayCents: 25_00,
        coinsuranceBp: 2000,
      },
    });
    const therapy = (await app.call('services.list', {})).services.find(
      (s) => s.code === '90834',
    )!.id;
    const [session] = (
      await app.call('schedule.create', {
        clientId: client.id,
        serviceId: therapy,
        date: addDays(today(), -2),
        time: '11:00',
        durationMin: 45,
        location: 'office',
        memo: '',
        allowConflicts: true,
      })
    ).appointments;
    await app.call('schedule.setStatus', { id: session!.id, status: 'attended' });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Clients' })
      .click();
    await page.getByLabel('Search clients').fill('Reyes');
    await page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: /Reyes/ }).click();

    // The insurance form reads the coinsurance back as a percentage, and refuses a bad one.
    await page.getByRole('tab', { name: 'Insurance' }).click();
    await page.getByText('20% after the copay').waitFor();
    await page.getByRole('button', { name: 'Edit insurance' }).click();
    const coinsurance = page.getByLabel('Coinsurance %');
    expect(await coinsurance.inputValue()).toBe('20');
    await coinsurance.fill('120');
    await page.getByRole('button', { name: 'Save insurance' }).click();
    await expect.poll(() => isInvalid(coinsurance)).toBe(true);
    await expect.poll(() => description(coinsurance)).toContain('at most 100%');
    await screenshotTall(page, 'billing-insurance-coinsurance');
    await coinsurance.fill('20');
    await page.getByRole('button', { name: 'Save insurance' }).click();
    await page.getByText('Insurance saved').waitFor();

    await page.getByRole('tab', { name: 'Billing' }).click();
    await page.getByTestId('fee-current').getByText('Standard fee of each service').waitFor();

    // A sliding scale needs its reason; it starts a month back so the session falls under it.
    await page.getByRole('button', { name: 'Change fee…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set the client’s fee' });
    await dialog.getByRole('radio', { name: /Sliding scale/ }).check();
    await dialog.getByLabel('Discount %').fill('40');
    await dialog.getByLabel('Starts on').fill(addDays(today(), -30));
    await dialog.getByRole('button', { name: 'Save fee' }).click();
    const reason = dialog.getByLabel('Reason');
    await expect.poll(() => isInvalid(reason)).toBe(true);
    await expect
      .poll(() => description(reason))
      .toContain('Say why this client has their own fee.');
    await reason.fill('Reduced income');
    await screenshotTall(page, 'billing-fee-dialog');
    await dialog.getByRole('button', { name: 'Save fee' }).click();
    await page.getByText('Fee saved.').waitFor();
    await page.getByTestId('fee-current').getByText('Sliding scale 40% (Reduced income)').waitFor();

    // $130.00 less 40% is $78.00: what waits to be charged already says so.
    const waiting = page.getByRole('table', { name: 'Waiting to be charged' });
    await waiting.getByText('$78.00').waitFor();
    await page.getByRole('button', { name: /^Charge .* session$/ }).click();
    await page.getByText('Charge posted.').waitFor();
    await expect.poll(() => page.getByTestId('billing-balance').textContent()).toBe('$78.00');

    // Insurance: the $25.00 copay + 20% of the other $53.00 ($10.60) is the client's $35.60.
    const line = page.getByRole('table', { name: 'Ledger' }).getByRole('row').last();
    await line
      .getByText('Sliding scale 40% (Reduced income) · Client $35.60 · Insurer $42.40')
      .waitFor();
    await page
      .getByTestId('billing-owed')
      .getByText('Client owes $35.60 · Insurer expected to pay $42.40')
      .waitFor();
    await page.getByText('History (1)').click();
    await screenshotTall(page, 'billing-ledger-split');

    const ledger = await app.call('billing.ledger', { clientId: client.id });
    expect(ledger.lines[0]).toMatchObject({
      amountCents: 78_00,
      charge: { clientShareCents: 35_60, payerShareCents: 42_40, responsible: 'payer' },
    });
  });
});
