import { formatMoney } from '../../../shared/money.ts';
import { AGING_BUCKETS, AGING_BUCKET_LABELS } from '../../../shared/domain/billing.ts';
import {
  type AgingReport,
  type IncomeReport,
  type YearEndReport,
} from '../../../shared/domain/reports.ts';
import { toCsv } from '../clients/csv.ts';

export interface ReportFile {
  /** The name offered in the save dialog. */
  suggestedName: string;
  /** What the audit trail says was exported (no client detail). */
  description: string;
  /** Data rows, the totals row aside. */
  count: number;
  csv: string;
}

/**
 * An amount as a spreadsheet reads it: "1234.50", in the currency's minor digits, no symbol or
 * grouping. A negative amount is written in accounting parentheses, "(12.00)": spreadsheets read
 * that as a negative number, whereas a leading minus is (rightly) neutralised as a possible
 * formula by the shared CSV writer.
 */
export function csvMoney(cents: number, currency: string): string {
  const digits = formatMoney(Math.abs(cents), currency, 'en-US').replace(/[^\d.]/g, '');
  return cents < 0 ? `(${digits})` : digits;
}

export function agingCsv(report: AgingReport, currency: string): ReportFile {
  const money = (c: number) => csvMoney(c, currency);
  const byClient = report.by === 'client';
  const header = [
    byClient ? 'Client' : 'Owed by',
    ...AGING_BUCKETS.map((b) => `${AGING_BUCKET_LABELS[b]} (${currency})`),
    `Total (${currency})`,
    ...(byClient ? [`Expected from insurer (${currency})`] : []),
  ];
  const line = (r: AgingReport['totals']) => [
    r.label,
    ...r.bucketsCents.map(money),
    money(r.totalCents),
    ...(byClient ? [money(r.insurerCents ?? 0)] : []),
  ];
  return {
    suggestedName: `accord-aging-by-${report.by}-${report.asOf}.csv`,
    description: `Aging by ${report.by} as of ${report.asOf}`,
    count: report.rows.length,
    csv: toCsv(header, [...report.rows.map(line), line(report.totals)]),
  };
}

const INCOME_FIRST_COLUMN: Record<IncomeReport['by'], string> = {
  month: 'Month',
  service: 'Service',
  method: 'Payment method',
};

export function incomeCsv(report: IncomeReport, currency: string): ReportFile {
  const money = (c: number) => csvMoney(c, currency);
  const billed = report.by !== 'method';
  const header = [
    INCOME_FIRST_COLUMN[report.by],
    ...(billed ? [`Charged (${currency})`] : []),
    `Received (${currency})`,
    `Refunded (${currency})`,
    `Net received (${currency})`,
  ];
  const line = (r: IncomeReport['totals']) => [
    r.label,
    ...(billed ? [money(r.billedCents ?? 0)] : []),
    money(r.receivedCents),
    money(r.refundedCents),
    money(r.netCents),
  ];
  return {
    suggestedName: `accord-income-by-${report.by}-${report.from}-to-${report.to}.csv`,
    description: `Income by ${report.by} from ${report.from} to ${report.to}`,
    count: report.rows.length,
    csv: toCsv(header, [...report.rows.map(line), line(report.totals)]),
  };
}

/** The month-by-month table and its totals, then a blank line and the year's figures, one a line. */
export function yearEndCsv(report: YearEndReport, currency: string): ReportFile {
  const money = (c: number) => csvMoney(c, currency);
  const header = [
    'Month',
    `Charged (${currency})`,
    `Received (${currency})`,
    `Adjusted or written off (${currency})`,
    `Refunded (${currency})`,
    'Sessions attended',
    'No-shows',
    'Late cancellations',
  ];
  const line = (m: YearEndReport['totals']) => [
    m.label,
    money(m.chargedCents),
    money(m.receivedCents),
    money(m.adjustedCents),
    money(m.refundedCents),
    String(m.attended),
    String(m.noShows),
    String(m.lateCancels),
  ];
  const summary: [string, string][] = [
    [`Charged (${currency})`, money(report.chargedCents)],
    [`Received from clients (${currency})`, money(report.receivedFromClientsCents)],
    [`Received from insurers (${currency})`, money(report.receivedFromPayersCents)],
    [`Received in all (${currency})`, money(report.receivedCents)],
    [`Adjustments (${currency})`, money(report.adjustmentsCents)],
    [`Write-offs (${currency})`, money(report.writeOffsCents)],
    [`Refunds (${currency})`, money(report.refundsCents)],
    [`Owed by clients on ${report.year}-12-31 (${currency})`, money(report.outstandingClientCents)],
    [
      `Expected from insurers on ${report.year}-12-31 (${currency})`,
      money(report.outstandingPayerCents),
    ],
    [`Outstanding on ${report.year}-12-31 (${currency})`, money(report.outstandingCents)],
    ['Sessions attended', String(report.attended)],
    ['No-shows', String(report.noShows)],
    ['Late cancellations', String(report.lateCancels)],
  ];
  return {
    suggestedName: `accord-year-end-${report.year}.csv`,
    description: `Year-end summary of ${report.year}`,
    count: report.months.length,
    csv: toCsv(header, [
      ...report.months.map(line),
      line(report.totals),
      [''],
      [`The year ${report.year}`, ''],
      ...summary,
    ]),
  };
}
