import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../electron/app/clients/csv.ts';
import { PASSPHRASE, manualClock, rejection, startApp, type TestApp } from '../support/app.ts';
import { contentHash } from '../support/db-hash.ts';
import { listFiles } from '../support/files.ts';
import { clientInput, serviceId, usePractice } from '../support/fixtures.ts';

/**
 * A realistic half year of one practice, built through the channels, and every report checked
 * to the cent. "Today" is 2026-07-01 in New York.
 *
 * - Avery Stone (self-pay): 90834 on 03-02, 04-15 and 06-10; pays $100 cash on 06-10 (the oldest
 *   first); $10 of the March charge written off on 06-20.
 * - "=cmd Test" (self-pay, a name built to run in a spreadsheet): 90832 on 05-20, unpaid.
 * - Casey Rivers (Blue Harbor Health, $20 copay): 90837 on 05-01 and 06-24 billed to the payer;
 *   the copay of 05-01 paid by card that day; the payer pays $150 by transfer on 06-15; a $5
 *   contractual adjustment on the 06-24 charge on 06-26.
 * - Drew Hollis (Acme Mutual, no copay): 90834 on 02-10 billed to the payer, unpaid; a no-show on
 *   06-17 (its $75 fee posted) and a late cancel on 06-18 (its fee waived).
 * - Emery Quill (self-pay): 90832 on 06-01 paid by a $100 check; the $10 credit refunded in cash
 *   on 06-05.
 */
const clock = manualClock('2026-07-01T16:00:00.000Z');
let a: TestApp;
const clients: Record<string, number> = {};
const code: Record<string, number> = {};

async function session(client: string, date: string, service: string, durationMin = 45) {
  const [s] = (
    await a.call('schedule.create', {
      clientId: clients[client]!,
      serviceId: code[service]!,
      date,
      time: '10:00',
      durationMin,
      location: 'office',
      memo: '',
      allowConflicts: true,
    })
  ).appointments;
  return s!.id;
}

async function attended(client: string, date: string, service: string, responsible?: 'payer') {
  const id = await session(client, date, service);
  await a.call('schedule.setStatus', { id, status: 'attended' });
  await a.call('billing.postSession', {
    appointmentId: id,
    ...(responsible ? { responsible } : {}),
  });
}

async function pay(
  client: string,
  receivedOn: string,
  method: 'cash' | 'check' | 'card' | 'transfer',
  amountCents: number,
  from: 'client' | 'payer' = 'client',
) {
  await a.call('billing.recordPayment', {
    clientId: clients[client]!,
    receivedOn,
    method,
    reference: method === 'check' ? '1001' : '',
    from,
    amountCents,
  });
}

async function openCharge(client: string, on: string): Promise<number> {
  const ledger = await a.call('billing.ledger', { clientId: clients[client]! });
  return ledger.openCharges.find((c) => c.on === on)!.id;
}

async function insure(client: string, payerName: string, copayCents: number) {
  await a.call('clients.saveInsurance', {
    clientId: clients[client]!,
    insurance: {
      kind: 'insurance',
      payerName,
      payerId: 'PX100',
      memberId: 'M-1',
      groupNumber: '',
      subscriber: null,
      copayCents,
      coinsuranceBp: 0,
    },
  });
}

beforeAll(async () => {
  a = startApp({ clock, kdfTargetMs: 1 });
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  await usePractice(a, 'America/New_York');
  for (const c of ['90832', '90834', '90837']) code[c] = await serviceId(a, c);
  for (const [first, last] of [
    ['Avery', 'Stone'],
    ['=cmd', 'Test'],
    ['Casey', 'Rivers'],
    ['Drew', 'Hollis'],
    ['Emery', 'Quill'],
  ] as const) {
    clients[first] = (
      await a.call('clients.create', clientInput({ legalFirstName: first, legalLastName: last }))
    ).id;
  }
  await insure('Casey', 'Blue Harbor Health', 20_00);
  await insure('Drew', 'Acme Mutual', 0);

  await attended('Drew', '2026-02-10', '90834', 'payer');
  await attended('Avery', '2026-03-02', '90834');
  await attended('Avery', '2026-04-15', '90834');
  await attended('Casey', '2026-05-01', '90837', 'payer');
  await pay('Casey', '2026-05-01', 'card', 20_00);
  await attended('=cmd', '2026-05-20', '90832');
  await attended('Emery', '2026-06-01', '90832');
  await pay('Emery', '2026-06-01', 'check', 100_00);
  await a.call('billing.refund', {
    clientId: clients.Emery!,
    amountCents: 10_00,
    method: 'cash',
    reference: '',
    on: '2026-06-05',
  });
  await attended('Avery', '2026-06-10', '90834');
  await pay('Avery', '2026-06-10', 'cash', 100_00);
  await pay('Casey', '2026-06-15', 'transfer', 150_00, 'payer');

  const noShow = await session('Drew', '2026-06-17', '90834');
  const [missed] = (await a.call('schedule.setStatus', { id: noShow, status: 'no_show' }))
    .appointments;
  await a.call('billing.postFee', { feeId: missed!.fee!.id });
  const late = await session('Drew', '2026-06-18', '90834');
  const [cancelled] = (await a.call('schedule.setStatus', { id: late, status: 'late_cancel' }))
    .appointments;
  await a.call('fees.waive', { id: cancelled!.fee!.id, reason: 'Family emergency' });

  await a.call('billing.adjust', {
    clientId: clients.Avery!,
    chargeId: await openCharge('Avery', '2026-03-02'),
    kind: 'write_off',
    amountCents: 10_00,
    reason: 'Hardship',
    on: '2026-06-20',
  });
  await attended('Casey', '2026-06-24', '90837', 'payer');
  await a.call('billing.adjust', {
    clientId: clients.Casey!,
    chargeId: await openCharge('Casey', '2026-06-24'),
    kind: 'adjustment',
    amountCents: 5_00,
    reason: 'Contracted rate',
    on: '2026-06-26',
  });
});
afterAll(() => a.dispose());

const buckets = (rows: { label: string; bucketsCents: number[]; totalCents: number }[]) =>
  Object.fromEntries(rows.map((r) => [r.label, [...r.bucketsCents, r.totalCents]]));

describe('accounts receivable aging', () => {
  test('by client, as of today: each client’s own dues aged, the insurer’s part beside it', async () => {
    const report = await a.call('reports.aging', { by: 'client' });
    expect(report.asOf).toBe('2026-07-01');
    expect(buckets(report.rows)).toEqual({
      'Avery Stone': [130_00, 0, 130_00, 20_00, 280_00],
      '=cmd Test': [0, 90_00, 0, 0, 90_00],
      'Casey Rivers': [20_00, 0, 0, 0, 20_00],
      'Drew Hollis': [75_00, 0, 0, 0, 75_00],
    });
    expect(Object.fromEntries(report.rows.map((r) => [r.label, r.insurerCents]))).toEqual({
      'Avery Stone': 0,
      '=cmd Test': 0,
      'Casey Rivers': 145_00,
      'Drew Hollis': 130_00,
    });
    expect(report.rows.find((r) => r.label === 'Casey Rivers')?.clientId).toBe(clients.Casey);
    expect(report.totals).toMatchObject({
      bucketsCents: [225_00, 90_00, 130_00, 20_00],
      totalCents: 465_00,
      insurerCents: 275_00,
    });
  });

  test('by payer: each insurer’s dues, then what clients owe themselves; all money outstanding', async () => {
    const report = await a.call('reports.aging', { asOf: '2026-07-01', by: 'payer' });
    expect(report.rows.map((r) => r.label)).toEqual([
      'Acme Mutual',
      'Blue Harbor Health',
      'Clients (self-pay and copays)',
    ]);
    expect(buckets(report.rows)).toEqual({
      'Acme Mutual': [0, 0, 0, 130_00, 130_00],
      'Blue Harbor Health': [145_00, 0, 0, 0, 145_00],
      'Clients (self-pay and copays)': [225_00, 90_00, 130_00, 20_00, 465_00],
    });
    expect(report.totals).toMatchObject({
      bucketsCents: [370_00, 90_00, 130_00, 150_00],
      totalCents: 740_00,
      insurerCents: null,
    });
  });

  test('an earlier as-of day ignores later money and ages from that day (90 days is 61-90)', async () => {
    const byClient = await a.call('reports.aging', { asOf: '2026-05-31', by: 'client' });
    expect(buckets(byClient.rows)).toEqual({
      'Avery Stone': [0, 130_00, 130_00, 0, 260_00], // 03-02 is exactly 90 days old
      '=cmd Test': [90_00, 0, 0, 0, 90_00],
      'Casey Rivers': [0, 0, 0, 0, 0], // the copay was paid; the payer still owes its share
      'Drew Hollis': [0, 0, 0, 0, 0],
    });
    const byPayer = await a.call('reports.aging', { asOf: '2026-05-31', by: 'payer' });
    expect(buckets(byPayer.rows)).toEqual({
      'Acme Mutual': [0, 0, 0, 130_00, 130_00],
      'Blue Harbor Health': [150_00, 0, 0, 0, 150_00],
      'Clients (self-pay and copays)': [90_00, 130_00, 130_00, 0, 350_00],
    });
    const before = await a.call('reports.aging', { asOf: '2026-01-31', by: 'payer' });
    expect(before.rows).toEqual([]);
    expect(before.totals.totalCents).toBe(0);
  });
});

describe('income', () => {
  const range = { from: '2026-01-01', to: '2026-06-30' };
  const net = (rows: { label: string; receivedCents: number; refundedCents: number }[]) =>
    Object.fromEntries(rows.map((r) => [r.label, [r.receivedCents, r.refundedCents]]));

  test('by payment method: payments minus refunds, by the method each went by', async () => {
    const report = await a.call('reports.income', { ...range, by: 'method' });
    expect(net(report.rows)).toEqual({
      Cash: [100_00, 10_00],
      Check: [100_00, 0],
      'Card (taken outside Accord)': [20_00, 0],
      'Bank transfer': [150_00, 0],
    });
    expect(report.rows.every((r) => r.billedCents === null)).toBe(true);
    expect(report.totals).toMatchObject({
      receivedCents: 370_00,
      refundedCents: 10_00,
      netCents: 360_00,
    });
  });

  test('by month: every month of the range, with what was charged for it', async () => {
    const report = await a.call('reports.income', { ...range, by: 'month' });
    expect(
      report.rows.map((r) => [r.label, r.billedCents, r.receivedCents, r.refundedCents]),
    ).toEqual([
      ['January 2026', 0, 0, 0],
      ['February 2026', 130_00, 0, 0],
      ['March 2026', 130_00, 0, 0],
      ['April 2026', 130_00, 0, 0],
      ['May 2026', 260_00, 20_00, 0],
      ['June 2026', 465_00, 350_00, 10_00],
    ]);
    expect(report.totals).toMatchObject({
      billedCents: 1115_00,
      receivedCents: 370_00,
      netCents: 360_00,
    });
  });

  test('by service: payments as applied to each service, credit and refunds their own rows', async () => {
    const report = await a.call('reports.income', { ...range, by: 'service' });
    expect(
      report.rows.map((r) => [r.key, r.billedCents, r.receivedCents, r.refundedCents, r.netCents]),
    ).toEqual([
      ['90832', 180_00, 90_00, 0, 90_00],
      ['90834', 520_00, 100_00, 0, 100_00],
      ['90837', 340_00, 170_00, 0, 170_00],
      ['fee:No-show fee', 75_00, 0, 0, 0],
      ['unapplied', 0, 10_00, 0, 10_00],
      ['refunds', 0, 0, 10_00, -10_00],
    ]);
    expect(report.rows[1]!.label).toBe('90834 · Therapy session, about 45 minutes');
    expect(report.totals).toMatchObject({
      billedCents: 1115_00,
      receivedCents: 370_00,
      refundedCents: 10_00,
      netCents: 360_00,
    });
  });

  test('every grouping adds up to the same whole, for any range', async () => {
    for (const r of [
      range,
      { from: '2026-06-01', to: '2026-06-10' },
      { from: '2026-05-01', to: '2026-05-01' },
      { from: '2025-01-01', to: '2025-12-31' },
    ]) {
      const totals = await Promise.all(
        (['month', 'service', 'method'] as const).map((by) =>
          a.call('reports.income', { ...r, by }),
        ),
      );
      for (const report of totals) {
        const sum = (f: (x: (typeof report.rows)[number]) => number) =>
          report.rows.reduce((s, x) => s + f(x), 0);
        expect(sum((x) => x.receivedCents)).toBe(report.totals.receivedCents);
        expect(sum((x) => x.refundedCents)).toBe(report.totals.refundedCents);
        expect(sum((x) => x.netCents)).toBe(report.totals.netCents);
      }
      expect(new Set(totals.map((t) => t.totals.netCents)).size).toBe(1);
      expect(totals[0]!.totals.billedCents).toBe(totals[1]!.totals.billedCents);
    }
  });
});

describe('year-end summary', () => {
  test('the year’s figures, and the months adding up to them', async () => {
    const report = await a.call('reports.yearEnd', { year: 2026 });
    expect(report).toMatchObject({
      year: 2026,
      chargedCents: 1115_00,
      receivedFromClientsCents: 220_00,
      receivedFromPayersCents: 150_00,
      receivedCents: 370_00,
      adjustmentsCents: 5_00,
      writeOffsCents: 10_00,
      refundsCents: 10_00,
      outstandingClientCents: 465_00,
      outstandingPayerCents: 275_00,
      outstandingCents: 740_00,
      attended: 8,
      noShows: 1,
      lateCancels: 1,
    });
    // The ledger's invariant over the year: nothing was owed before it, and no credit is held.
    expect(
      report.chargedCents -
        report.receivedCents -
        report.adjustmentsCents -
        report.writeOffsCents +
        report.refundsCents,
    ).toBe(report.outstandingCents);
    expect(report.months).toHaveLength(12);
    const june = report.months[5]!;
    expect(june).toMatchObject({
      label: 'June 2026',
      chargedCents: 465_00,
      receivedCents: 350_00,
      adjustedCents: 15_00,
      refundedCents: 10_00,
      attended: 3,
      noShows: 1,
      lateCancels: 1,
    });
    expect(report.totals).toMatchObject({
      chargedCents: report.chargedCents,
      receivedCents: report.receivedCents,
      adjustedCents: report.adjustmentsCents + report.writeOffsCents,
      refundedCents: report.refundsCents,
      attended: 8,
      noShows: 1,
      lateCancels: 1,
    });
  });

  test('a year with nothing in it is all zeros, with twelve months', async () => {
    const report = await a.call('reports.yearEnd', { year: 2025 });
    expect(report).toMatchObject({ chargedCents: 0, outstandingCents: 0, attended: 0 });
    expect(report.months.map((m) => m.receivedCents)).toEqual(Array(12).fill(0));
  });
});

describe('CSV exports', () => {
  const read = (name: string) => parseCsv(readFileSync(join(a.exportDir, name), 'utf8'));

  test('aging by client: neutralised names, plain amounts, a totals row, audited', async () => {
    const saved = await a.call('reports.exportCsv', {
      report: 'aging',
      asOf: '2026-07-01',
      by: 'client',
    });
    expect(saved).toEqual({
      saved: true,
      fileName: 'accord-aging-by-client-2026-07-01.csv',
      count: 4,
    });
    const raw = readFileSync(join(a.exportDir, saved.fileName!), 'utf8');
    expect(raw).not.toMatch(/(^|,)=cmd/m);
    const csv = read(saved.fileName!);
    expect(csv.header).toEqual([
      'Client',
      '0–30 days (USD)',
      '31–60 days (USD)',
      '61–90 days (USD)',
      'Over 90 days (USD)',
      'Total (USD)',
      'Expected from insurer (USD)',
    ]);
    expect(csv.rows.map((r) => r.cells)).toContainEqual([
      "'=cmd Test",
      '0.00',
      '90.00',
      '0.00',
      '0.00',
      '90.00',
      '0.00',
    ]);
    expect(csv.rows.at(-1)!.cells).toEqual([
      'Total',
      '225.00',
      '90.00',
      '130.00',
      '20.00',
      '465.00',
      '275.00',
    ]);
    const { events } = await a.call('audit.list', { action: 'report.exported' });
    const event = events[0];
    expect(event?.summary).toBe(
      'Aging by client as of 2026-07-01 exported to accord-aging-by-client-2026-07-01.csv',
    );
    expect(event?.summary).not.toMatch(/cmd|Stone|Rivers/);
  });

  test('income by service writes the refunds as a negative in parentheses', async () => {
    const saved = await a.call('reports.exportCsv', {
      report: 'income',
      from: '2026-01-01',
      to: '2026-06-30',
      by: 'service',
    });
    const csv = read(saved.fileName!);
    expect(csv.header[0]).toBe('Service');
    expect(csv.rows.map((r) => r.cells)).toContainEqual([
      'Refunds',
      '0.00',
      '0.00',
      '10.00',
      '(10.00)',
    ]);
    expect(csv.rows.at(-1)!.cells).toEqual(['Total', '1115.00', '370.00', '10.00', '360.00']);
  });

  test('year end: the months, the totals, then the year’s figures', async () => {
    const saved = await a.call('reports.exportCsv', { report: 'yearEnd', year: 2026 });
    expect(saved).toMatchObject({ fileName: 'accord-year-end-2026.csv', count: 12 });
    const cells = read(saved.fileName!).rows.map((r) => r.cells);
    expect(cells[5]).toEqual(['June 2026', '465.00', '350.00', '15.00', '10.00', '3', '1', '1']);
    expect(cells[12]).toEqual(['Total', '1115.00', '370.00', '15.00', '10.00', '8', '1', '1']);
    expect(cells).toContainEqual([
      'Outstanding on 2026-12-31 (USD)',
      '740.00',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });
});

describe('bad input', () => {
  test('is refused with a clear message, and writes nothing (no file, no audit event)', async () => {
    const before = contentHash(a.vault.handle);
    const files = listFiles(a.exportDir);
    const cases: [string, unknown, string][] = [
      ['reports.income', { from: '2026-06-30', to: '2026-01-01', by: 'month' }, 'to'],
      ['reports.income', { from: '2026-02-30', to: '2026-03-01', by: 'month' }, 'from'],
      ['reports.income', { from: '2026-01-01', to: '2026-03-01', by: 'week' }, 'by'],
      ['reports.aging', { asOf: '07/01/2026', by: 'client' }, 'asOf'],
      ['reports.aging', { by: 'insurer' }, 'by'],
      ['reports.yearEnd', { year: 1999 }, 'year'],
      ['reports.yearEnd', { year: 2101 }, 'year'],
      ['reports.yearEnd', { year: 2026.5 }, 'year'],
      ['reports.yearEnd', { year: '2026' }, 'year'],
      [
        'reports.exportCsv',
        { report: 'income', from: '2026-06-30', to: '2026-01-01', by: 'month' },
        'to',
      ],
      ['reports.exportCsv', { report: 'yearEnd', year: 3000 }, 'year'],
      ['reports.exportCsv', { report: 'everything' }, 'report'],
      ['reports.exportCsv', { report: 'yearEnd', year: 2026, extra: 1 }, ''],
    ];
    for (const [channel, input, field] of cases) {
      const result = await a.dispatch(channel, input);
      const what = `${channel} ${JSON.stringify(input)}`;
      if (result.ok) throw new Error(`${what} was accepted`);
      expect(result.error.code, what).toBe('VALIDATION');
      expect(result.error.message, what).not.toMatch(/zod|undefined|Expected|Invalid/i);
      if (field) expect(Object.keys(result.error.fields ?? {}), what).toContain(field);
    }
    const message = (
      await rejection(() =>
        a.call('reports.income', { from: '2026-06-30', to: '2026-01-01', by: 'month' }),
      )
    ).fields?.to;
    expect(message).toBe('The range must end on or after the day it starts.');
    expect(contentHash(a.vault.handle)).toBe(before);
    expect(listFiles(a.exportDir)).toEqual(files);
  });
});

describe('a payer’s dues after the client’s insurance is removed', () => {
  test('stay in the by-payer aging, under "Insurer not on file"', async () => {
    const b = startApp({ clock, kdfTargetMs: 1 });
    try {
      await b.call('vault.setup', { passphrase: PASSPHRASE });
      await usePractice(b, 'America/New_York');
      const clientId = (await b.call('clients.create', clientInput())).id;
      await b.call('clients.saveInsurance', {
        clientId,
        insurance: {
          kind: 'insurance',
          payerName: 'Acme Mutual',
          payerId: '',
          memberId: 'M-9',
          groupNumber: '',
          subscriber: null,
          copayCents: 0,
          coinsuranceBp: 0,
        },
      });
      const [s] = (
        await b.call('schedule.create', {
          clientId,
          serviceId: await serviceId(b, '90834'),
          date: '2026-06-30',
          time: '10:00',
          durationMin: 45,
          location: 'office',
          memo: '',
          allowConflicts: true,
        })
      ).appointments;
      await b.call('schedule.setStatus', { id: s!.id, status: 'attended' });
      await b.call('billing.postSession', { appointmentId: s!.id, responsible: 'payer' });
      await b.call('clients.saveInsurance', { clientId, insurance: { kind: 'self_pay' } });
      const report = await b.call('reports.aging', { by: 'payer' });
      expect(buckets(report.rows)).toEqual({ 'Insurer not on file': [130_00, 0, 0, 0, 130_00] });
    } finally {
      await b.dispose();
    }
  });
});
