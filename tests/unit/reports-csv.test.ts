import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../electron/app/clients/csv.ts';
import { agingCsv, csvMoney, incomeCsv } from '../../electron/app/reports/report-csv.ts';

describe('money in a report CSV', () => {
  test('plain digits a spreadsheet reads as numbers; negatives in accounting parentheses', () => {
    expect(csvMoney(0, 'USD')).toBe('0.00');
    expect(csvMoney(123_456_78, 'USD')).toBe('123456.78');
    expect(csvMoney(-12_00, 'USD')).toBe('(12.00)');
    expect(csvMoney(1500, 'JPY')).toBe('1500');
  });
});

describe('report CSV files', () => {
  test('aging: formula-like names are neutralised; the totals row comes last', () => {
    const file = agingCsv(
      {
        asOf: '2026-07-01',
        by: 'client',
        rows: [
          {
            label: '=HYPERLINK("http://x")',
            clientId: 1,
            bucketsCents: [1_00, 0, 0, 0],
            totalCents: 1_00,
            insurerCents: 0,
          },
          {
            label: '@SUM(A1)',
            clientId: 2,
            bucketsCents: [0, 0, 0, 2_50],
            totalCents: 2_50,
            insurerCents: 10_00,
          },
        ],
        totals: {
          label: 'Total',
          clientId: null,
          bucketsCents: [1_00, 0, 0, 2_50],
          totalCents: 3_50,
          insurerCents: 10_00,
        },
      },
      'USD',
    );
    expect(file).toMatchObject({
      suggestedName: 'accord-aging-by-client-2026-07-01.csv',
      description: 'Aging by client as of 2026-07-01',
      count: 2,
    });
    const { header, rows } = parseCsv(file.csv);
    expect(header).toHaveLength(7);
    expect(rows.map((r) => r.cells[0])).toEqual(['\'=HYPERLINK("http://x")', "'@SUM(A1)", 'Total']);
    expect(rows[2]!.cells).toEqual(['Total', '1.00', '0.00', '0.00', '2.50', '3.50', '10.00']);
  });

  test('income by method has no charged column', () => {
    const row = {
      key: 'cash',
      label: 'Cash',
      billedCents: null,
      receivedCents: 5_00,
      refundedCents: 7_00,
      netCents: -2_00,
    };
    const file = incomeCsv(
      {
        from: '2026-01-01',
        to: '2026-01-31',
        by: 'method',
        rows: [row],
        totals: { ...row, key: 'total', label: 'Total' },
      },
      'EUR',
    );
    const { header, rows } = parseCsv(file.csv);
    expect(header).toEqual([
      'Payment method',
      'Received (EUR)',
      'Refunded (EUR)',
      'Net received (EUR)',
    ]);
    expect(rows[0]!.cells).toEqual(['Cash', '5.00', '7.00', '(2.00)']);
  });
});
