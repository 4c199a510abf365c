import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { X12Parser, type X12Interchange } from 'node-x12';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, dateInZone } from '../../shared/dates.ts';
import { clientInput } from '../support/fixtures.ts';
import { pdfText } from '../support/pdf.ts';
import { launchApp, pdfPreview, screenshotTall, type LaunchedApp } from './harness.ts';
import { openPage, setUpPractice } from './steps.ts';

const ZONE = 'America/Chicago';
const today = () => dateInZone(new Date(), ZONE);

describe('claims', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp();
    await setUpPractice(app, {
      counselorName: 'Dana Whitfield',
      credentials: 'LPC',
      npi: '1234567893',
      taxId: '12-3456789',
      address: {
        line1: '400 Cedar Ave',
        line2: '',
        city: 'Madison',
        region: 'WI',
        postalCode: '53703-1234',
      },
      phone: '(608) 555-0142',
      timeZone: ZONE,
    });
    const therapy = (await app.call('services.list', {})).services.find(
      (s) => s.code === '90834',
    )!.id;
    const insuredClient = async (first: string, diagnosed: boolean, sessions: number) => {
      const id = (
        await app.call(
          'clients.create',
          clientInput({ legalFirstName: first, legalLastName: 'Okafor' }),
        )
      ).id;
      await app.call('clients.saveInsurance', {
        clientId: id,
        insurance: {
          kind: 'insurance',
          payerName: 'Lakeshore Health Plan',
          payerId: '39026',
          memberId: `LHP${id}0042`,
          groupNumber: 'GRP-1180',
          subscriber: null,
          copayCents: 25_00,
          coinsuranceBp: 0,
        },
      });
      if (diagnosed) {
        await app.call('clients.setDiagnoses', {
          clientId: id,
          diagnoses: [
            { code: 'F41.1', diagnosedOn: addDays(today(), -60) },
            { code: 'F32.1', diagnosedOn: addDays(today(), -60) },
          ],
        });
      }
      for (let i = 0; i < sessions; i++) {
        const [session] = (
          await app.call('schedule.create', {
            clientId: id,
            serviceId: therapy,
            date: addDays(today(), -(14 - i * 7)),
            time: `${10 + i}:00`,
            durationMin: 45,
            location: 'office',
            memo: '',
            allowConflicts: true,
          })
        ).appointments;
        await app.call('schedule.setStatus', { id: session!.id, status: 'attended' });
        await app.call('billing.postSession', { appointmentId: session!.id, responsible: 'payer' });
      }
    };
    await insuredClient('Mira', true, 2);
    await insuredClient('Theo', false, 1);
    await app.page.reload();
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('empty states, then a claim made, exported as 837P, printed as CMS-1500 and paid', async () => {
    const { page } = app;
    await openPage(page, 'Claims');
    const newClaims = page.getByRole('region', { name: 'New claims' });
    await newClaims.getByText('Mira Okafor').waitFor();
    // Theo has no diagnosis: his charge cannot be ticked, and the panel says why.
    await expect(newClaims.getByText(/Add a diagnosis/).isVisible()).resolves.toBe(true);
    await page.getByText(/No claims are waiting to be sent/).waitFor();
    await screenshotTall(page, 'claims-new');

    // Tick Mira's two charges and make the claim.
    const miraCharges = page.getByRole('group', { name: /Mira Okafor/ }).getByRole('checkbox');
    await expect(miraCharges.count()).resolves.toBe(2);
    await page.getByRole('button', { name: 'Tick all' }).first().click();
    await page.getByRole('button', { name: 'Create claims for 2 charges' }).click();
    await page.getByText('1 claim ready to send.').waitFor();
    const table = page.getByRole('table', { name: 'Claims ready to send' });
    await table.getByText('Mira Okafor').waitFor();

    // The clearinghouse ids are missing: the export says so and opens the settings.
    await table.getByRole('checkbox', { name: /Put claim #\d+ in the 837P file/ }).check();
    await page.getByText('1 claim ticked.').waitFor();
    await screenshotTall(page, 'claims-ready');
    await page.getByRole('button', { name: 'Export 837P file' }).click();
    const settings = page.getByRole('dialog', { name: 'Claim settings' });
    await settings.waitFor();
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(
      /submitter ID your clearinghouse gave you/,
    );
    await settings.getByLabel('Submitter ID').fill('CGT5521');
    await settings.getByLabel('Submitter name').fill('Cedar Grove Therapy');
    await settings.getByLabel('Receiver ID').fill('LAKECLEAR');
    await settings.getByLabel('Receiver name').fill('Lakeshore Clearinghouse');
    await settings.getByLabel('Contact name').fill('Dana Whitfield');
    await settings.getByLabel('Contact phone').fill('(608) 555-0142');
    await settings.getByLabel('Taxonomy code').fill('101YP2500X');
    await screenshotTall(page, 'claims-settings');
    await settings.getByRole('button', { name: 'Save claim settings' }).click();
    await page.getByText('Claim settings saved.').waitFor();

    await page.getByRole('button', { name: 'Export 837P file' }).click();
    await page.getByText(/1 claim saved in claims-837p-/).waitFor();
    const fileName = (await page.getByText(/1 claim saved in/).textContent())!.match(
      /claims-837p-[\w-]+\.txt/,
    )![0];
    const x12 = readFileSync(join(app.exportDir, fileName), 'utf8');
    const interchange = new X12Parser(true).parse(x12) as X12Interchange;
    const tx = interchange.functionalGroups[0]!.transactions[0]!;
    expect(tx.segments.filter((s) => s.tag === 'SV1')).toHaveLength(2);
    expect(Number(tx.trailer.elements[0]!.value)).toBe(tx.segments.length + 2);
    expect(x12).toContain('NM1*85*1*WHITFIELD*DANA****XX*1234567893~');

    // Sent now: the CMS-1500 of the same claim, rendered for a look.
    await page.getByRole('tab', { name: /Sent/ }).click();
    const sent = page.getByRole('table', { name: 'Claims sent to the insurer' });
    await sent.getByText('Mira Okafor').waitFor();
    await screenshotTall(page, 'claims-sent');
    await sent.getByRole('button', { name: /CMS-1500 PDF of claim/ }).click();
    await page.getByText(/CMS-1500 saved as cms1500-claim-\d+\.pdf/).waitFor();
    const pdfName = (await page.getByText(/CMS-1500 saved as/).textContent())!.match(
      /cms1500-claim-\d+\.pdf/,
    )![0];
    const pdfPath = join(app.exportDir, pdfName);
    expect(existsSync(pdfPath)).toBe(true);
    const text = pdfText(pdfPath);
    expect(text).toContain('OKAFOR, MIRA');
    expect(text).toContain('F411');
    expect(text).toContain('DANA WHITFIELD, LPC');
    pdfPreview(pdfPath, 'claims-cms1500');

    // The insurer pays, less a contractual adjustment.
    const claim = (await app.call('claims.list', { status: 'exported' })).claims[0]!;
    await sent.getByRole('button', { name: /Post the insurer's payment/ }).click();
    const pay = page.getByRole('dialog', { name: /Insurer payment on claim/ });
    await pay.getByLabel('Amount paid').fill(((claim.payerDueCents - 40_00) / 100).toFixed(2));
    await pay.getByLabel('Reference (optional)').fill('EFT 88213');
    await pay.getByLabel('Contractual adjustment (optional)').fill('40.00');
    await pay.getByLabel('Adjustment reason').fill('CO-45 contractual');
    await screenshotTall(page, 'claims-payment');
    await pay.getByRole('button', { name: 'Post payment' }).click();
    await page.getByText(/Payment posted; claim #\d+ is paid/).waitFor();
    await page.getByRole('tab', { name: /Paid/ }).click();
    const paid = page.getByRole('table', { name: 'Paid claims' });
    await paid.getByText('Mira Okafor').waitFor();
    const after = (await app.call('claims.list', { status: 'paid' })).claims[0]!;
    expect(after).toMatchObject({ payerDueCents: 0, clientDueCents: 50_00 });
    await screenshotTall(page, 'claims-paid');
  });
});
