import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, dateInZone } from '../../shared/dates.ts';
import { clientInput } from '../support/fixtures.ts';
import { pdfText } from '../support/pdf.ts';
import { launchApp, pdfPreview, screenshotTall, type LaunchedApp } from './harness.ts';
import { openPage, PASSPHRASE } from './steps.ts';

const ZONE = 'America/Chicago';
const today = () => dateInZone(new Date(), ZONE);

describe('documents', () => {
  let app: LaunchedApp;
  let selfPay: number;

  beforeAll(async () => {
    app = await launchApp();
    await app.call('vault.setup', { passphrase: PASSPHRASE });
    await app.call('settings.savePractice', {
      practiceName: 'Cedar Grove Therapy',
      counselorName: 'Dana Whitfield',
      credentials: 'LMHC',
      npi: '1234567893',
      taxId: '12-3456789',
      address: {
        line1: '18 Cedar Grove Road',
        line2: '',
        city: 'Evanston',
        region: 'IL',
        postalCode: '60201',
      },
      phone: '(847) 555-0142',
      timeZone: ZONE,
      currency: 'USD',
    });
    const therapy = (await app.call('services.list', {})).services.find(
      (s) => s.code === '90834',
    )!.id;
    const charged = async (clientId: number, daysAgo: number, responsible?: 'client') => {
      const [session] = (
        await app.call('schedule.create', {
          clientId,
          serviceId: therapy,
          date: addDays(today(), -daysAgo),
          // Today's session must have started already, whatever the hour the test runs.
          time: daysAgo === 0 ? '00:00' : '10:00',
          durationMin: 45,
          location: daysAgo === 7 ? 'telehealth' : 'office',
          memo: '',
          allowConflicts: true,
        })
      ).appointments;
      await app.call('schedule.setStatus', { id: session!.id, status: 'attended' });
      await app.call('billing.postSession', {
        appointmentId: session!.id,
        ...(responsible ? { responsible } : {}),
      });
    };

    selfPay = (
      await app.call(
        'clients.create',
        clientInput({
          legalFirstName: 'Noor',
          legalLastName: 'Halvorsen',
          dateOfBirth: '1991-11-05',
        }),
      )
    ).id;
    await app.call('clients.saveInsurance', { clientId: selfPay, insurance: { kind: 'self_pay' } });
    await app.call('clients.setDiagnoses', {
      clientId: selfPay,
      diagnoses: [{ code: 'F41.1', diagnosedOn: addDays(today(), -30) }],
    });
    for (const daysAgo of [14, 7, 0]) await charged(selfPay, daysAgo);
    await app.call('billing.recordPayment', {
      clientId: selfPay,
      receivedOn: addDays(today(), -7),
      method: 'card',
      reference: 'A-2291',
      from: 'client',
      amountCents: 130_00,
      chargeIds: [],
    });

    const outOfNetwork = (
      await app.call(
        'clients.create',
        clientInput({ legalFirstName: 'Tomasz', legalLastName: 'Brightwater' }),
      )
    ).id;
    await app.call('clients.saveInsurance', {
      clientId: outOfNetwork,
      insurance: {
        kind: 'insurance',
        payerName: 'Lakeshore Mutual',
        payerId: 'LKM01',
        memberId: 'LM-55120',
        groupNumber: '',
        subscriber: null,
        copayCents: 0,
        coinsuranceBp: 0,
      },
    });
    await charged(outOfNetwork, 0, 'client');

    await app.page.reload();
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('a statement and a superbill from the Billing tab', async () => {
    const { page } = app;
    await openPage(page, 'Clients');
    await page.getByLabel('Search clients').fill('Halvorsen');
    await page
      .getByRole('table', { name: 'Clients' })
      .getByRole('link', { name: /Halvorsen/ })
      .click();
    await page.getByRole('tab', { name: 'Billing' }).click();

    const card = page.getByRole('region', { name: 'Documents' });
    await card.getByRole('radio', { name: 'Monthly statement' }).check();
    await card.getByLabel('Month', { exact: true }).fill(today().slice(0, 7));
    await card.getByRole('button', { name: 'Save monthly statement…' }).click();
    const statementName = `Statement ${today().slice(0, 7)}.pdf`;
    await card.getByText(`Monthly statement saved as ${statementName}.`).waitFor();
    const statement = join(app.exportDir, statementName);
    expect(pdfText(statement)).toContain('Noor Halvorsen');
    expect(pdfText(statement)).toMatch(/Closing balance\s+\$260\.00/);
    pdfPreview(statement, 'documents-statement');

    await card.getByRole('radio', { name: 'Superbill' }).check();
    await card.getByLabel('From').fill(addDays(today(), -14));
    await card.getByLabel('To').fill(today());
    await card.getByRole('button', { name: 'Save superbill…' }).click();
    const superbillName = `Superbill ${addDays(today(), -14)} to ${today()}.pdf`;
    await card.getByText(`Superbill saved as ${superbillName}.`).waitFor();
    const superbill = pdfText(join(app.exportDir, superbillName));
    for (const expected of ['NPI: 1234567893', 'Date of birth: 11/05/1991', 'F41.1', '90834']) {
      expect(superbill).toContain(expected);
    }
    pdfPreview(join(app.exportDir, superbillName), 'documents-superbill');

    // A range with nothing in it is explained on the field, and nothing is saved.
    await card.getByLabel('From').fill(addDays(today(), -60));
    await card.getByLabel('To').fill(addDays(today(), -50));
    await card.getByRole('button', { name: 'Save superbill…' }).click();
    await card.getByText('No charges in this range.').waitFor();
    await card.scrollIntoViewIfNeeded();
    await screenshotTall(page, 'documents-billing-card');
  });

  test('a Good Faith Estimate: created, exported, and its warning', async () => {
    const { page } = app;
    const card = page.getByRole('region', { name: 'Good Faith Estimates' });
    await card.getByText('No estimate given yet.').waitFor();
    await card.getByRole('button', { name: 'New estimate…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New Good Faith Estimate' });
    await dialog.getByLabel('Primary service').fill('Individual counseling for anxiety');
    await dialog.getByLabel('Given on').fill(addDays(today(), -20));
    await dialog.getByLabel('Expected date of the first session').fill(addDays(today(), -14));
    await dialog.getByLabel('How many').fill('12');
    const picker = dialog.getByLabel('Add a service');
    const assessment = await picker.locator('option', { hasText: '90791' }).getAttribute('value');
    await picker.selectOption(assessment!);
    await expect.poll(() => dialog.getByLabel('How many').count()).toBe(2);
    await dialog.getByLabel('Diagnosis codes (if known)').fill('F41.1');
    await dialog.getByText('Total estimate').getByText('$1,760.00').waitFor();
    await screenshotTall(page, 'documents-estimate-dialog');
    await dialog.getByRole('button', { name: 'Save estimate' }).click();
    await card.getByText('Estimate of $1,760.00 saved.', { exact: false }).waitFor();
    await card.getByText('Within estimate').waitFor();

    await card.getByRole('button', { name: /Save the estimate of .* as a PDF/ }).click();
    const gfeName = `Good Faith Estimate ${addDays(today(), -20)}.pdf`;
    await card.getByText(`Good Faith Estimate saved as ${gfeName}.`).waitFor();
    const gfe = pdfText(join(app.exportDir, gfeName)).replace(/\s+/g, ' ');
    for (const expected of [
      'Noor Halvorsen',
      'Date of birth: 11/05/1991',
      'Individual counseling for anxiety',
      '90791',
      'F41.1 Generalized anxiety disorder',
      'NPI: 1234567893',
      'Tax ID (EIN): 12-3456789',
      'you have the right to dispute the bill',
    ]) {
      expect(gfe).toContain(expected);
    }
    pdfPreview(join(app.exportDir, gfeName), 'documents-gfe');

    // A smaller, newer estimate: the $390 billed since is within $100 of it plus $400.
    await app.call('estimates.create', {
      clientId: selfPay,
      issuedOn: addDays(today(), -15),
      primaryService: 'Brief counseling',
      expectedDate: addDays(today(), -14),
      items: [{ serviceCode: '90834', label: 'Therapy session', quantity: 1, unitCents: 50_00 }],
      periodEnd: addDays(today(), 100),
    });
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('tab', { name: 'Billing' }).click();
    await card.getByText('Billing is nearing the estimate plus $400').waitFor();
    await card.getByText('Replaced').waitFor();
    await card.scrollIntoViewIfNeeded();
    await screenshotTall(page, 'documents-estimates-card');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshotTall(page, 'documents-estimates-card-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('the day’s documents and the estimate warning at End of day', async () => {
    const { page } = app;
    await openPage(page, 'End of day');
    const warning = page.getByRole('status').filter({ hasText: 'Good Faith Estimates to look at' });
    await warning.getByText('Noor Halvorsen').waitFor();
    await page.getByLabel('Which documents').selectOption('auto');
    await page.getByRole('button', { name: 'Save the day’s documents…' }).click();
    const done = page.getByText('2 documents saved in “backups”');
    await done.waitFor();
    await page.getByText(/Noor Halvorsen: invoice/).waitFor();
    await page.getByText(/Tomasz Brightwater: superbill/).waitFor();
    const folder = join(app.exportDir, 'backups');
    const superbill = join(folder, `Superbill ${today()} (client 2).pdf`);
    expect(existsSync(superbill)).toBe(true);
    expect(pdfText(superbill)).toContain('Member ID: LM-55120');
    pdfPreview(join(folder, `Invoice ${today()} (client 1).pdf`), 'documents-day-invoice');
    await screenshotTall(page, 'documents-end-of-day');
  });
});
