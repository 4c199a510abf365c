import type { Kysely } from 'kysely';
import {
  monthLabel,
  monthsBetween,
  type YearEndMonth,
  type YearEndReport,
} from '../../../shared/domain/reports.ts';
import { chargeDues } from '../billing/dues.ts';
import type { Database } from '../db/schema.ts';
import { appointmentsInRange } from '../scheduling/appointments.ts';
import { moneyInRange } from './money-in-range.ts';

const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);

/**
 * The year in one page, for the counselor's taxes and their own review: what was charged (by
 * date of service), received (from clients and from payers), adjusted or written off, refunded,
 * still owed on December 31, and how many sessions were held, missed or cancelled late; then the
 * same month by month, whose totals equal the year's figures.
 */
export async function yearEndReport(
  db: Kysely<Database>,
  year: number,
  timeZone: string,
): Promise<YearEndReport> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [{ charges: charged, payments, adjustments, refunds }, sessions, dues] = await Promise.all([
    moneyInRange(db, from, to),
    appointmentsInRange(db, from, to, timeZone),
    chargeDues(db, { asOf: to }),
  ]);

  const months = monthsBetween(from, to).map((month): YearEndMonth => ({
    month,
    label: monthLabel(month),
    chargedCents: sum(charged, (c) => (c.service_date.startsWith(month) ? c.amount_cents : 0)),
    receivedCents: sum(payments, (p) => (p.received_on.startsWith(month) ? p.amount_cents : 0)),
    adjustedCents: sum(adjustments, (a) => (a.adjusted_on.startsWith(month) ? a.amount_cents : 0)),
    refundedCents: sum(refunds, (r) => (r.refunded_on.startsWith(month) ? r.amount_cents : 0)),
    attended: sessions.filter((s) => s.local_date.startsWith(month) && s.status === 'attended')
      .length,
    noShows: sessions.filter((s) => s.local_date.startsWith(month) && s.status === 'no_show')
      .length,
    lateCancels: sessions.filter(
      (s) => s.local_date.startsWith(month) && s.status === 'late_cancel',
    ).length,
  }));
  const totals: YearEndMonth = {
    month: String(year),
    label: 'Total',
    chargedCents: sum(months, (m) => m.chargedCents),
    receivedCents: sum(months, (m) => m.receivedCents),
    adjustedCents: sum(months, (m) => m.adjustedCents),
    refundedCents: sum(months, (m) => m.refundedCents),
    attended: sum(months, (m) => m.attended),
    noShows: sum(months, (m) => m.noShows),
    lateCancels: sum(months, (m) => m.lateCancels),
  };

  const outstandingClientCents = sum(dues, (d) => d.clientDueCents);
  const outstandingPayerCents = sum(dues, (d) => d.payerDueCents);
  const receivedFromClientsCents = sum(payments, (p) =>
    p.payer === 'client' ? p.amount_cents : 0,
  );
  const receivedFromPayersCents = sum(payments, (p) => (p.payer === 'payer' ? p.amount_cents : 0));
  return {
    year,
    chargedCents: sum(charged, (c) => c.amount_cents),
    receivedFromClientsCents,
    receivedFromPayersCents,
    receivedCents: receivedFromClientsCents + receivedFromPayersCents,
    adjustmentsCents: sum(adjustments, (a) => (a.kind === 'adjustment' ? a.amount_cents : 0)),
    writeOffsCents: sum(adjustments, (a) => (a.kind === 'write_off' ? a.amount_cents : 0)),
    refundsCents: sum(refunds, (r) => r.amount_cents),
    outstandingClientCents,
    outstandingPayerCents,
    outstandingCents: outstandingClientCents + outstandingPayerCents,
    attended: sessions.filter((s) => s.status === 'attended').length,
    noShows: sessions.filter((s) => s.status === 'no_show').length,
    lateCancels: sessions.filter((s) => s.status === 'late_cancel').length,
    months,
    totals,
  };
}
