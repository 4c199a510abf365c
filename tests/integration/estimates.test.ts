import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ChannelInput } from '../../shared/contract.ts';
import { estimateWarning } from '../../shared/domain/estimates.ts';
import { PASSPHRASE, manualClock, rejection, startApp, type TestApp } from '../support/app.ts';
import { BILLING_PRACTICE, attendedSession, clientInput } from '../support/fixtures.ts';
import { pdfText } from '../support/pdf.ts';

const clock = manualClock('2026-06-03T22:00:00.000Z');
let a: TestApp;
let selfPay = 0;
let insured = 0;

function estimateInput(
  overrides: Partial<ChannelInput<'estimates.create'>> = {},
): ChannelInput<'estimates.create'> {
  return {
    clientId: selfPay,
    issuedOn: '2026-05-01',
    primaryService: 'Individual counseling for anxiety',
    expectedDate: '2026-05-06',
    items: [
      { serviceCode: '90791', label: 'First assessment', quantity: 1, unitCents: 180_00 },
      {
        serviceCode: '90834',
        label: 'Therapy session, about 45 minutes',
        quantity: 12,
        unitCents: 130_00,
      },
    ],
    diagnosisCodes: ['F41.1'],
    separateScheduling: 'Psychological testing with another provider, if needed.',
    periodEnd: '2026-12-31',
    ...overrides,
  };
}

async function chargedSession(clientId: number, date: string) {
  const appointmentId = await attendedSession(a, { clientId, date });
  await a.call('billing.postSession', { appointmentId });
}

async function auditTotal() {
  return (await a.call('audit.list', { pageSize: 1 })).total;
}

beforeAll(async () => {
  a = startApp({ clock, kdfTargetMs: 1 });
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  await a.call('settings.savePractice', BILLING_PRACTICE);
  selfPay = (
    await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'Emery', legalLastName: 'Selfpay', dateOfBirth: '1985-09-30' }),
    )
  ).id;
  await a.call('clients.saveInsurance', { clientId: selfPay, insurance: { kind: 'self_pay' } });
  insured = (
    await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'Indra', legalLastName: 'Covered' }),
    )
  ).id;
  await a.call('clients.saveInsurance', {
    clientId: insured,
    insurance: {
      kind: 'insurance',
      payerName: 'Example Health Plan',
      payerId: 'EHP01',
      memberId: 'M1',
      groupNumber: '',
      subscriber: null,
      copayCents: 20_00,
      coinsuranceBp: 0,
    },
  });
  for (const date of ['2026-05-06', '2026-05-13', '2026-05-20', '2026-06-03']) {
    await chargedSession(selfPay, date);
  }
  await chargedSession(insured, '2026-06-03');
});
afterAll(() => a.dispose());

describe('the warning thresholds', () => {
  test('approaching from $100 below estimate + $400; exceeded only above it', () => {
    const total = 1_000_00;
    expect(estimateWarning(0, total)).toBe('ok');
    expect(estimateWarning(1_299_99, total)).toBe('ok');
    expect(estimateWarning(1_300_00, total)).toBe('approaching');
    expect(estimateWarning(1_400_00, total)).toBe('approaching');
    expect(estimateWarning(1_400_01, total)).toBe('exceeded');
    expect(estimateWarning(300_00, 0)).toBe('approaching');
    expect(estimateWarning(400_01, 0)).toBe('exceeded');
  });
});

describe('Good Faith Estimates', () => {
  test('are refused for an insurance client, an unknown client or bad dates; nothing is written', async () => {
    const before = await auditTotal();
    const insuredError = await rejection(() =>
      a.call('estimates.create', estimateInput({ clientId: insured })),
    );
    expect(insuredError).toMatchObject({
      code: 'VALIDATION',
      fields: { clientId: expect.any(String) },
    });
    expect(insuredError.message).toContain('pay for themselves');
    expect(
      await rejection(() => a.call('estimates.create', estimateInput({ clientId: 99_999 }))),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await rejection(() => a.call('estimates.create', estimateInput({ periodEnd: '2027-06-01' }))),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { periodEnd: expect.stringContaining('12 months') },
    });
    expect(
      await rejection(() => a.call('estimates.create', estimateInput({ items: [] }))),
    ).toMatchObject({ code: 'VALIDATION' });
    // A date that is not one is refused on its field (found by the fuzz: it once threw).
    expect(
      await rejection(() =>
        a.call('estimates.create', estimateInput({ issuedOn: "'; DROP TABLE audit_events; --" })),
      ),
    ).toMatchObject({ code: 'VALIDATION', fields: { issuedOn: expect.any(String) } });
    expect(
      await rejection(() =>
        a.call('estimates.create', estimateInput({ diagnosisCodes: ['not a code'] })),
      ),
    ).toMatchObject({ code: 'VALIDATION' });
    expect(
      await rejection(() =>
        a.call(
          'estimates.create',
          estimateInput({
            items: [{ serviceCode: '90834', label: 'Session', quantity: 1, unitCents: 12.5 }],
          }),
        ),
      ),
    ).toMatchObject({ code: 'VALIDATION' });
    expect(await auditTotal()).toBe(before);
    expect((await a.call('estimates.list', { clientId: selfPay })).estimates).toEqual([]);
  });

  test('are kept as given, with what was billed in their period', async () => {
    const created = await a.call('estimates.create', estimateInput());
    expect(created).toMatchObject({
      clientName: 'Emery Selfpay',
      dateOfBirth: '1985-09-30',
      totalCents: 180_00 + 12 * 130_00,
      billedCents: 4 * 130_00,
      warning: 'ok',
      current: true,
      diagnoses: [{ code: 'F41.1', title: 'Generalized anxiety disorder' }],
      provider: { npi: '1234567893', taxId: '12-3456789' },
    });
    const { events } = await a.call('audit.list', { action: 'estimate.created' });
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe('Good Faith Estimate of $1,740.00 given on 2026-05-01');
  });

  test('the PDF has every element the rule requires', async () => {
    const [current] = (await a.call('estimates.list', { clientId: selfPay })).estimates;
    const result = await a.call('estimates.exportPdf', { id: current!.id });
    expect(result).toEqual({
      saved: true,
      fileName: 'Good Faith Estimate 2026-05-01.pdf',
      count: 1,
    });
    const text = pdfText(join(a.exportDir, result.fileName!)).replace(/\s+/g, ' ');
    for (const expected of [
      'Good Faith Estimate',
      'Emery Selfpay',
      'Date of birth: 09/30/1985',
      'Primary service: Individual counseling for anxiety',
      'Expected date of service: May 6, 2026',
      '90791',
      'First assessment',
      '90834',
      '$1,560.00',
      'Total estimated cost $1,740.00',
      'F41.1 Generalized anxiety disorder',
      'Jordan Example, LPC',
      'NPI: 1234567893',
      'Tax ID (EIN): 12-3456789',
      'Location: 400 Harbor Street, Suite 2, Portland, OR 97201',
      'Services that need separate scheduling',
      'Psychological testing with another provider, if needed.',
      'is based on information known at the time the estimate was created',
      'could be charged more',
      '$400 or more above this Good Faith Estimate, you have the right to dispute the bill',
      'within 120 calendar days',
      'www.cms.gov/nosurprises',
      'Keep a copy of this Good Faith Estimate',
      'is not a contract and does not require you to obtain the items or services',
    ]) {
      expect(text).toContain(expected);
    }
    const { events } = await a.call('audit.list', { action: 'estimate.exported' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ clientId: selfPay });
    expect(events[0]!.summary).not.toContain('anxiety');
  });

  test('an exported estimate of an unknown id is refused', async () => {
    expect(await rejection(() => a.call('estimates.exportPdf', { id: 99_999 }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  test('a newer estimate replaces the older; End of day hears when billing nears or passes it', async () => {
    // Billed in the period so far: 4 × $130 = $520.
    const approaching = await a.call(
      'estimates.create',
      estimateInput({
        issuedOn: '2026-05-02',
        items: [{ serviceCode: '90834', label: 'Session', quantity: 1, unitCents: 150_00 }],
      }),
    );
    expect(approaching).toMatchObject({ billedCents: 520_00, warning: 'approaching' });
    const list = (await a.call('estimates.list', { clientId: selfPay })).estimates;
    expect(list.map((e) => [e.id, e.current])).toEqual([
      [approaching.id, true],
      [list[1]!.id, false],
    ]);
    expect(await a.call('estimates.warnings', { day: '2026-06-03' })).toEqual({
      warnings: [
        {
          clientId: selfPay,
          clientName: 'Emery Selfpay',
          estimateId: approaching.id,
          totalCents: 150_00,
          billedCents: 520_00,
          warning: 'approaching',
        },
      ],
    });

    const exceeded = await a.call(
      'estimates.create',
      estimateInput({
        issuedOn: '2026-05-03',
        items: [{ serviceCode: '90834', label: 'Session', quantity: 1, unitCents: 119_99 }],
      }),
    );
    expect(exceeded.warning).toBe('exceeded');
    const { warnings } = await a.call('estimates.warnings', { day: '2026-06-03' });
    expect(warnings.map((w) => w.warning)).toEqual(['exceeded']);
    // A day the client was not seen has no warning.
    expect(await a.call('estimates.warnings', { day: '2026-06-02' })).toEqual({ warnings: [] });
  });
});
