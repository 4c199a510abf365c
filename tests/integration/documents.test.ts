import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PASSPHRASE, manualClock, rejection, startApp, type TestApp } from '../support/app.ts';
import { BILLING_PRACTICE, attendedSession, clientInput } from '../support/fixtures.ts';
import { pdfText } from '../support/pdf.ts';

const clock = manualClock('2026-06-03T22:00:00.000Z'); // Wednesday evening in New York
let a: TestApp;
const ids: Record<string, number> = {};

function session(clientId: number, date: string, location: 'office' | 'telehealth') {
  return attendedSession(a, { clientId, date, time: '10:00', location });
}

async function exported() {
  const { events } = await a.call('audit.list', { action: 'document.exported', pageSize: 200 });
  return events;
}

function files(): string[] {
  return readdirSync(a.exportDir, { recursive: true }).map(String).sort();
}

beforeAll(async () => {
  a = startApp({ clock, kdfTargetMs: 1 });
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  await a.call('settings.savePractice', BILLING_PRACTICE);

  const avery = await a.call(
    'clients.create',
    clientInput({ legalFirstName: 'Avery', legalLastName: 'Docsworth', dateOfBirth: '1990-02-14' }),
  );
  ids.avery = avery.id;
  await a.call('clients.setDiagnoses', {
    clientId: avery.id,
    diagnoses: [
      { code: 'F41.1', diagnosedOn: '2026-01-10' },
      { code: 'F32.1', diagnosedOn: '2026-01-10' },
    ],
  });
  for (const [date, where] of [
    ['2026-02-20', 'office'], // 103 days before June 3: over 90
    ['2026-04-20', 'office'], // 44 days: 31-60
    ['2026-06-01', 'telehealth'],
    ['2026-06-03', 'office'],
  ] as const) {
    await a.call('billing.postSession', { appointmentId: await session(avery.id, date, where) });
  }
  await a.call('billing.recordPayment', {
    clientId: avery.id,
    receivedOn: '2026-06-01',
    method: 'check',
    reference: '1047',
    from: 'client',
    amountCents: 130_00,
    chargeIds: [],
  });

  // Insured, billed to the insurer: an invoice for the copay.
  const blake = await a.call(
    'clients.create',
    clientInput({ legalFirstName: 'Blake', legalLastName: 'Insuredson' }),
  );
  ids.blake = blake.id;
  await a.call('clients.saveInsurance', {
    clientId: blake.id,
    insurance: {
      kind: 'insurance',
      payerName: 'Example Health Plan',
      payerId: 'EHP01',
      memberId: 'M123456',
      groupNumber: '',
      subscriber: null,
      copayCents: 25_00,
      coinsuranceBp: 0,
    },
  });
  await a.call('billing.postSession', {
    appointmentId: await session(blake.id, '2026-06-03', 'office'),
  });

  // Insured, but pays and claims for themselves (out of network): a superbill.
  const casey = await a.call(
    'clients.create',
    clientInput({ legalFirstName: 'Casey', legalLastName: 'Outnetwork' }),
  );
  ids.casey = casey.id;
  await a.call('clients.saveInsurance', {
    clientId: casey.id,
    insurance: {
      kind: 'insurance',
      payerName: 'Far Away Insurance',
      payerId: 'FAI01',
      memberId: 'Z998877',
      groupNumber: '',
      subscriber: null,
      copayCents: 0,
      coinsuranceBp: 0,
    },
  });
  await a.call('billing.postSession', {
    appointmentId: await session(casey.id, '2026-06-03', 'office'),
    responsible: 'client',
  });
});
afterAll(() => a.dispose());

describe('invoice', () => {
  test('has the practice header, the client, the lines, payments, balance due and aging', async () => {
    const before = (await exported()).length;
    const result = await a.call('documents.invoice', {
      clientId: ids.avery!,
      from: '2026-02-01',
      to: '2026-06-03',
    });
    expect(result).toEqual({ saved: true, fileName: 'Invoice 2026-06-03.pdf', count: 1 });
    const text = pdfText(join(a.exportDir, 'Invoice 2026-06-03.pdf'));
    for (const expected of [
      'Quiet Harbor Counseling',
      '400 Harbor Street',
      'Portland, OR 97201',
      '(503) 555-0100',
      'NPI 1234567893',
      'Tax ID 12-3456789',
      'Avery Docsworth',
      '12 Example Lane',
      `Invoice number ${ids.avery}-20260201-20260603`,
      'Invoice date June 3, 2026',
      '02/20/2026',
      '06/03/2026',
      '90834 Therapy session, about 45 minutes',
      'Payment (Check 1047)',
      'Total charges',
      '$520.00',
      'Payments applied',
      '0–30 days',
      '31–60 days',
      'Over 90 days',
    ]) {
      expect(text).toContain(expected);
    }
    // The $130 check paid the oldest charge (February): April's and June's are still due,
    // $260 at 0-30 days, $130 at 31-60, nothing over 90.
    expect(text).toMatch(/Payments applied\s+−\$130\.00/);
    expect(text).toMatch(/Balance due for these services\s+\$390\.00/);
    expect(text).toMatch(/\$260\.00\s+\$130\.00\s+\$0\.00\s+\$0\.00\s+\$390\.00/);
    const events = await exported();
    expect(events).toHaveLength(before + 1);
    expect(events[0]).toMatchObject({
      clientId: ids.avery,
      summary: 'Invoice for 2026-02-01 to 2026-06-03 saved as Invoice 2026-06-03.pdf',
    });
  });
});

describe('monthly statement', () => {
  test('carries the previous balance in and the closing balance out, with aging', async () => {
    const result = await a.call('documents.statement', { clientId: ids.avery!, month: '2026-06' });
    expect(result.fileName).toBe('Statement 2026-06.pdf');
    const text = pdfText(join(a.exportDir, 'Statement 2026-06.pdf'));
    for (const expected of [
      'Statement',
      'June 2026',
      'Quiet Harbor Counseling',
      'Avery Docsworth',
      'Activity this month',
      'Payment (check 1047)',
      'Over 90 days',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Previous balance\s+\$260\.00/);
    expect(text).toMatch(/Charges\s+\$260\.00/);
    expect(text).toMatch(/Payments\s+−\$130\.00/);
    expect(text).toMatch(/Closing balance\s+\$390\.00/);
    // Aging at the end of June (June 30): June's two at 0-30, April 20 at 61-90.
    expect(text).toMatch(/\$260\.00\s+\$0\.00\s+\$130\.00\s+\$0\.00\s+\$390\.00/);
  });

  test('a month with no activity still states the balance carried', async () => {
    await a.call('documents.statement', { clientId: ids.avery!, month: '2026-03' });
    const text = pdfText(join(a.exportDir, 'Statement 2026-03.pdf'));
    expect(text).toContain('No charges, payments, adjustments or refunds this month.');
    expect(text).toMatch(/Closing balance\s+\$130\.00/);
  });
});

describe('superbill', () => {
  test('has everything an insurer needs to reimburse the client', async () => {
    const result = await a.call('documents.superbill', {
      clientId: ids.avery!,
      from: '2026-06-01',
      to: '2026-06-03',
    });
    expect(result.fileName).toBe('Superbill 2026-06-01 to 2026-06-03.pdf');
    const text = pdfText(join(a.exportDir, result.fileName!));
    for (const expected of [
      'Superbill',
      'Quiet Harbor Counseling',
      '400 Harbor Street',
      'Jordan Example, LPC',
      'NPI: 1234567893',
      'Tax ID (EIN): 12-3456789',
      'Avery Docsworth',
      'Date of birth: 02/14/1990',
      '12 Example Lane',
      'F41.1',
      'Generalized anxiety disorder',
      'F32.1',
      'CPT',
      'Modifiers',
      'POS',
      'Units',
      'Fee',
      'Paid',
      'Counselor signature',
      'Date',
    ]) {
      expect(text).toContain(expected);
    }
    // The telehealth line: modifier 95, place of service 10, one unit, both diagnoses.
    expect(text).toMatch(/06\/01\/2026\s+90834.*95\s+10\s+1\s+AB\s+\$130\.00\s+\$0\.00/);
    expect(text).toMatch(/06\/03\/2026\s+90834.*11\s+1\s+AB\s+\$130\.00\s+\$0\.00/);
    expect(text).toMatch(/Total fees\s+\$260\.00/);
  });

  test('a superbill of an earlier range shows what was paid', async () => {
    await a.call('documents.superbill', {
      clientId: ids.avery!,
      from: '2026-02-01',
      to: '2026-02-28',
    });
    const text = pdfText(join(a.exportDir, 'Superbill 2026-02-01 to 2026-02-28.pdf'));
    expect(text).toMatch(/02\/20\/2026\s+90834.*\$130\.00\s+\$130\.00/);
    expect(text).toMatch(/Amount paid\s+\$130\.00/);
  });
});

describe('bad input changes nothing', () => {
  test('unknown client, an empty range, a range backwards, a month with nothing', async () => {
    const auditBefore = (await a.call('audit.list', { pageSize: 1 })).total;
    const filesBefore = files();
    expect(
      await rejection(() =>
        a.call('documents.invoice', { clientId: 99_999, from: '2026-06-01', to: '2026-06-03' }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await rejection(() =>
        a.call('documents.superbill', {
          clientId: ids.avery!,
          from: '2025-01-01',
          to: '2025-01-31',
        }),
      ),
    ).toMatchObject({ code: 'VALIDATION', fields: { from: 'No charges in this range.' } });
    expect(
      await rejection(() =>
        a.call('documents.invoice', { clientId: ids.avery!, from: '2026-06-03', to: '2026-06-01' }),
      ),
    ).toMatchObject({ code: 'VALIDATION', fields: { to: expect.stringContaining('start date') } });
    expect(
      await rejection(() =>
        a.call('documents.statement', { clientId: ids.avery!, month: '2025-12' }),
      ),
    ).toMatchObject({ code: 'VALIDATION', fields: { month: 'Nothing to state for this month.' } });
    expect(
      await rejection(() =>
        a.call('documents.statement', { clientId: ids.avery!, month: '2026-13' }),
      ),
    ).toMatchObject({ code: 'VALIDATION' });
    expect(
      await rejection(() => a.call('documents.forDay', { day: '2026-05-30', kind: 'auto' })),
    ).toMatchObject({ code: 'VALIDATION', fields: { day: 'No charges on this day.' } });
    expect((await a.call('audit.list', { pageSize: 1 })).total).toBe(auditBefore);
    expect(files()).toEqual(filesBefore);
  });

  test('a superbill without the practice NPI is refused', async () => {
    await a.call('settings.savePractice', { ...BILLING_PRACTICE, npi: '' });
    try {
      const error = await rejection(() =>
        a.call('documents.superbill', {
          clientId: ids.avery!,
          from: '2026-06-01',
          to: '2026-06-03',
        }),
      );
      expect(error).toMatchObject({ code: 'VALIDATION' });
      expect(error.message).toContain('NPI');
    } finally {
      await a.call('settings.savePractice', BILLING_PRACTICE);
    }
  });
});

describe('the day’s documents', () => {
  test('one PDF per client charged that day, into one folder, each audited once', async () => {
    const before = (await exported()).length;
    const result = await a.call('documents.forDay', { day: '2026-06-03', kind: 'auto' });
    expect(result.saved).toBe(true);
    expect(result.folder).toBe('backups');
    expect(result.files.map((f) => [f.clientName, f.kind])).toEqual([
      ['Avery Docsworth', 'invoice'],
      ['Blake Insuredson', 'invoice'],
      ['Casey Outnetwork', 'superbill'],
    ]);
    for (const file of result.files) {
      const path = join(a.exportDir, 'backups', file.fileName);
      expect(existsSync(path)).toBe(true);
      expect(file.fileName).not.toContain(file.clientName.split(' ')[1]!);
      expect(pdfText(path)).toContain(file.clientName.replace(/^(\w+) /, '$1 '));
    }
    const blake = pdfText(join(a.exportDir, 'backups', result.files[1]!.fileName));
    expect(blake).toMatch(/Expected from your insurer\s+−\$105\.00/);
    expect(blake).toMatch(/Balance due for these services\s+\$25\.00/);
    const casey = pdfText(join(a.exportDir, 'backups', result.files[2]!.fileName));
    expect(casey).toContain('Member ID: Z998877');
    const events = await exported();
    expect(events).toHaveLength(before + 3);
    expect(new Set(events.slice(0, 3).map((e) => e.clientId))).toEqual(
      new Set([ids.avery, ids.blake, ids.casey]),
    );
  });

  test('the counselor may ask for superbills for everyone', async () => {
    const result = await a.call('documents.forDay', { day: '2026-06-03', kind: 'superbill' });
    expect(result.files.map((f) => f.kind)).toEqual(['superbill', 'superbill', 'superbill']);
  });
});
