import type { Kysely } from 'kysely';
import { PAYMENT_METHODS, PAYMENT_METHOD_LABELS } from '../../../shared/domain/billing.ts';
import {
  monthLabel,
  monthsBetween,
  REFUNDS_KEY,
  UNAPPLIED_KEY,
  type IncomeReport,
  type IncomeRow,
} from '../../../shared/domain/reports.ts';
import type { Database } from '../db/schema.ts';
import { listServices } from '../services/services.ts';
import { moneyInRange } from './money-in-range.ts';

type IncomeBy = IncomeReport['by'];

interface Tally {
  label: string;
  billed: number;
  received: number;
  refunded: number;
}

function toRow(key: string, t: Tally, billed: boolean): IncomeRow {
  return {
    key,
    label: t.label,
    billedCents: billed ? t.billed : null,
    receivedCents: t.received,
    refundedCents: t.refunded,
    netCents: t.received - t.refunded,
  };
}

/** A service's row key and words: the code with our own label, or a fee's description. */
function serviceKey(
  code: string | null,
  description: string,
  labels: Map<string, string>,
): [string, string] {
  if (code === null) return [`fee:${description}`, description];
  const label = labels.get(code);
  return [code, label ? `${code} · ${label}` : code];
}

/**
 * Income on the days from..to: money received (payments) minus money paid back (refunds).
 * - by month: each month of the range, with what was charged for services in that month;
 * - by method: cash, check, card and transfer, refunds taken from the method they went out by;
 * - by service: how the range's payments were applied to charges (as they stand today), by the
 *   charge's service; money not applied to any charge is its own row (a client's credit), and
 *   refunds too, since they come out of credit rather than out of a service.
 * In each, the rows add up to the totals, and the totals are everything received and refunded.
 */
export async function incomeReport(
  db: Kysely<Database>,
  from: string,
  to: string,
  by: IncomeBy,
): Promise<IncomeReport> {
  const { payments, refunds, charges } = await moneyInRange(db, from, to);
  const tallies = new Map<string, Tally>();
  const tally = (key: string, label: string): Tally => {
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { label, billed: 0, received: 0, refunded: 0 }));
    return t;
  };

  if (by === 'month') {
    for (const month of monthsBetween(from, to)) tally(month, monthLabel(month));
    for (const c of charges) tally(c.service_date.slice(0, 7), '').billed += c.amount_cents;
    for (const p of payments) tally(p.received_on.slice(0, 7), '').received += p.amount_cents;
    for (const r of refunds) tally(r.refunded_on.slice(0, 7), '').refunded += r.amount_cents;
  } else if (by === 'method') {
    for (const m of PAYMENT_METHODS) tally(m, PAYMENT_METHOD_LABELS[m]);
    for (const p of payments) tally(p.method, p.method).received += p.amount_cents;
    for (const r of refunds) tally(r.method, r.method).refunded += r.amount_cents;
  } else {
    const labels = new Map((await listServices(db, true)).map((s) => [s.code, s.label]));
    for (const c of charges)
      tally(...serviceKey(c.service_code, c.description, labels)).billed += c.amount_cents;
    // Joined on the range rather than listing payment ids: a decade's payments would overflow
    // SQLite's limit on bound parameters.
    const applied = await db
      .selectFrom('allocations')
      .innerJoin('payments', 'payments.id', 'allocations.payment_id')
      .innerJoin('charges', 'charges.id', 'allocations.charge_id')
      .select(['charges.service_code', 'charges.description', 'allocations.amount_cents'])
      .where('payments.received_on', '>=', from)
      .where('payments.received_on', '<=', to)
      .execute();
    let appliedTotal = 0;
    for (const a of applied) {
      tally(...serviceKey(a.service_code, a.description, labels)).received += a.amount_cents;
      appliedTotal += a.amount_cents;
    }
    const received = payments.reduce((s, p) => s + p.amount_cents, 0);
    if (received > appliedTotal)
      tally(UNAPPLIED_KEY, 'Not applied to a charge (credit)').received += received - appliedTotal;
    const refunded = refunds.reduce((s, r) => s + r.amount_cents, 0);
    if (refunded > 0) tally(REFUNDS_KEY, 'Refunds').refunded += refunded;
  }

  const withBilled = by !== 'method';
  const rows = [...tallies].map(([key, t]) => toRow(key, t, withBilled));
  if (by === 'service') {
    // Services by code, fees after them, then credit and refunds last.
    const rank = (k: string) =>
      k === UNAPPLIED_KEY ? 2 : k === REFUNDS_KEY ? 3 : k.startsWith('fee:') ? 1 : 0;
    rows.sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
  }
  const sum = (f: (r: IncomeRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  const totals: IncomeRow = {
    key: 'total',
    label: 'Total',
    billedCents: withBilled ? sum((r) => r.billedCents ?? 0) : null,
    receivedCents: sum((r) => r.receivedCents),
    refundedCents: sum((r) => r.refundedCents),
    netCents: sum((r) => r.netCents),
  };
  return { from, to, by, rows, totals };
}
