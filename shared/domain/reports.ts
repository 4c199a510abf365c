import { z } from 'zod';
import { isoDate } from '../dates.ts';

/**
 * Money reports: accounts-receivable aging, income and the year-end summary. Every figure is
 * integer cents, and every table's rows add up to its totals row exactly.
 */

// The screens read the aging buckets with the rest of the reports' shapes; billing owns them.
export { AGING_BUCKETS, AGING_BUCKET_LABELS } from './billing.ts';

/** Column-wise sum of many rows of cents (each row the same width). */
export function sumColumns<T extends number[]>(rows: readonly T[], width: number): T {
  const total = Array.from({ length: width }, () => 0);
  for (const row of rows) row.forEach((cents, i) => (total[i] = (total[i] ?? 0) + cents));
  return total as T;
}

export const AGING_GROUPS = ['client', 'payer'] as const;
export const INCOME_GROUPS = ['month', 'service', 'method'] as const;

/** Years a report may be asked for: wide enough for any practice's records, and no further. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

const year = z
  .number('Enter a year, like 2026.')
  .int('Enter a year, like 2026.')
  .min(FIRST_YEAR, `Choose a year from ${FIRST_YEAR} to ${LAST_YEAR}.`)
  .max(LAST_YEAR, `Choose a year from ${FIRST_YEAR} to ${LAST_YEAR}.`);

const reportDate = isoDate.refine(
  (d) => d >= `${FIRST_YEAR}-01-01` && d <= `${LAST_YEAR}-12-31`,
  `Choose a date from ${FIRST_YEAR} to ${LAST_YEAR}.`,
);

const agingFields = {
  /** The day the report looks from; left out: today in the practice's time zone. */
  asOf: reportDate.optional(),
  by: z.enum(AGING_GROUPS, 'Choose by client or by payer.'),
};
const incomeFields = {
  from: reportDate,
  to: reportDate,
  by: z.enum(INCOME_GROUPS, 'Choose by month, by service or by payment method.'),
};
const yearEndFields = { year };

const rangeInOrder = (r: { from: string; to: string }) => r.from <= r.to;
const rangeMessage = { message: 'The range must end on or after the day it starts.', path: ['to'] };

export const agingInput = z.strictObject(agingFields);
export const incomeInput = z.strictObject(incomeFields).refine(rangeInOrder, rangeMessage);
export const yearEndInput = z.strictObject(yearEndFields);

export const reportExportInput = z.discriminatedUnion(
  'report',
  [
    z.strictObject({ report: z.literal('aging'), ...agingFields }),
    z
      .strictObject({ report: z.literal('income'), ...incomeFields })
      .refine(rangeInOrder, rangeMessage),
    z.strictObject({ report: z.literal('yearEnd'), ...yearEndFields }),
  ],
  'Choose the aging, income or year-end report.',
);
export type ReportExportInput = z.infer<typeof reportExportInput>;

const cents = z.number().int();
const bucketCents = z.tuple([cents, cents, cents, cents]);

export const agingRow = z.strictObject({
  label: z.string(),
  /** The client of a by-client row; null for a payer's row and for the clients' row. */
  clientId: z.number().int().nullable(),
  bucketsCents: bucketCents,
  totalCents: cents,
  /** By client: what the client's insurer is still expected to pay (not aged). Null by payer. */
  insurerCents: cents.nullable(),
});
export type AgingRow = z.infer<typeof agingRow>;

export const agingReport = z.strictObject({
  asOf: z.string(),
  by: z.enum(AGING_GROUPS),
  rows: z.array(agingRow),
  totals: agingRow,
});
export type AgingReport = z.infer<typeof agingReport>;

export const incomeRow = z.strictObject({
  /** A month (YYYY-MM), a service code, a method, or one of the special rows below. */
  key: z.string(),
  label: z.string(),
  /** Charged for services dated in the range (by month and by service); null by method. */
  billedCents: cents.nullable(),
  receivedCents: cents,
  refundedCents: cents,
  /** Received minus refunded. */
  netCents: cents,
});
export type IncomeRow = z.infer<typeof incomeRow>;

/** By service: money received and not (yet) applied to any charge. */
export const UNAPPLIED_KEY = 'unapplied';
/** By service: refunds, which come out of a client's credit, never out of a service. */
export const REFUNDS_KEY = 'refunds';

export const incomeReport = z.strictObject({
  from: z.string(),
  to: z.string(),
  by: z.enum(INCOME_GROUPS),
  rows: z.array(incomeRow),
  totals: incomeRow,
});
export type IncomeReport = z.infer<typeof incomeReport>;

export const yearEndMonth = z.strictObject({
  month: z.string(),
  label: z.string(),
  chargedCents: cents,
  receivedCents: cents,
  adjustedCents: cents,
  refundedCents: cents,
  attended: z.number().int(),
  noShows: z.number().int(),
  lateCancels: z.number().int(),
});
export type YearEndMonth = z.infer<typeof yearEndMonth>;

export const yearEndReport = z.strictObject({
  year: z.number().int(),
  chargedCents: cents,
  receivedFromClientsCents: cents,
  receivedFromPayersCents: cents,
  receivedCents: cents,
  adjustmentsCents: cents,
  writeOffsCents: cents,
  refundsCents: cents,
  /** Still owed on December 31 of the year, by clients and by payers. */
  outstandingClientCents: cents,
  outstandingPayerCents: cents,
  outstandingCents: cents,
  attended: z.number().int(),
  noShows: z.number().int(),
  lateCancels: z.number().int(),
  months: z.array(yearEndMonth),
  /** The months added up: equal to the year's figures above. */
  totals: yearEndMonth,
});
export type YearEndReport = z.infer<typeof yearEndReport>;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "March 2026" for "2026-03". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1] ?? m} ${y}`;
}

/** Every month (YYYY-MM) that the days from..to touch, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) return months;
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}
