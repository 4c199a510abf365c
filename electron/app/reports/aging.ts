import type { Kysely } from 'kysely';
import { addToBucket, emptyBuckets, type BucketCents } from '../../../shared/domain/billing.ts';
import { sumColumns, type AgingReport, type AgingRow } from '../../../shared/domain/reports.ts';
import { chargeDues } from '../billing/dues.ts';
import { clientLabels } from '../clients/clients.ts';
import type { Database } from '../db/schema.ts';

/** The row of client dues in the by-payer report: what clients owe themselves. */
export const CLIENTS_ROW_LABEL = 'Clients (self-pay and copays)';
/** Payer dues of a client whose insurance is no longer on file. */
export const UNKNOWN_PAYER_LABEL = 'Insurer not on file';

function row(
  label: string,
  clientId: number | null,
  buckets: BucketCents,
  insurerCents: number | null,
): AgingRow {
  return {
    label,
    clientId,
    bucketsCents: buckets,
    totalCents: buckets.reduce((a, b) => a + b, 0),
    insurerCents,
  };
}

function totalsOf(rows: readonly AgingRow[], withInsurer: boolean): AgingRow {
  return row(
    'Total',
    null,
    sumColumns(
      rows.map((r) => r.bucketsCents),
      4,
    ),
    withInsurer ? rows.reduce((s, r) => s + (r.insurerCents ?? 0), 0) : null,
  );
}

// One collator for the whole sort: `localeCompare` with options builds one per comparison.
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const byLabel = (a: AgingRow, b: AgingRow) =>
  collator.compare(a.label, b.label) || (a.clientId ?? 0) - (b.clientId ?? 0);

/**
 * Accounts receivable on `asOf`, aged by the date of service. Who owes what is `chargeDues`'s rule
 * (money and adjustments dated after `asOf` are not counted yet).
 * - by client: each client's own dues in the four buckets, and what their insurer is still
 *   expected to pay beside it (that part is the payer's to age, in the by-payer report);
 * - by payer: each insurer's dues (by the payer named on the client's insurance), and one row
 *   for everything clients owe themselves. Its total is all money outstanding.
 */
export async function agingReport(
  db: Kysely<Database>,
  asOf: string,
  by: 'client' | 'payer',
): Promise<AgingReport> {
  const dues = (await chargeDues(db, { asOf, openOnly: true })).filter(
    (d) => d.clientDueCents > 0 || d.payerDueCents > 0,
  );

  if (by === 'client') {
    const groups = new Map<number, { buckets: BucketCents; insurer: number }>();
    for (const d of dues) {
      const g = groups.get(d.clientId) ?? { buckets: emptyBuckets(), insurer: 0 };
      addToBucket(g.buckets, d.serviceDate, asOf, d.clientDueCents);
      g.insurer += d.payerDueCents;
      groups.set(d.clientId, g);
    }
    const names = await clientLabels(db, [...groups.keys()]);
    const rows = [...groups].map(([clientId, g]) =>
      row(names.get(clientId)?.name ?? `Client ${clientId}`, clientId, g.buckets, g.insurer),
    );
    rows.sort(byLabel);
    return { asOf, by, rows, totals: totalsOf(rows, true) };
  }

  // The payer named on each client's insurance today, read for all of them at once.
  const insured = [...new Set(dues.filter((d) => d.payerDueCents > 0).map((d) => d.clientId))];
  const payerOf = new Map<number, string>();
  const insurance = insured.length
    ? await db
        .selectFrom('client_insurance')
        .select(['client_id', 'payer_name'])
        .where('kind', '=', 'insurance')
        .where('client_id', 'in', insured)
        .execute()
    : [];
  for (const i of insurance)
    if (i.payer_name.trim() !== '') payerOf.set(i.client_id, i.payer_name.trim());
  const payers = new Map<string, BucketCents>();
  const clients = emptyBuckets();
  for (const d of dues) {
    addToBucket(clients, d.serviceDate, asOf, d.clientDueCents);
    if (d.payerDueCents === 0) continue;
    const payer = payerOf.get(d.clientId) ?? UNKNOWN_PAYER_LABEL;
    const buckets = payers.get(payer) ?? emptyBuckets();
    addToBucket(buckets, d.serviceDate, asOf, d.payerDueCents);
    payers.set(payer, buckets);
  }
  const rows = [...payers].map(([payer, buckets]) => row(payer, null, buckets, null));
  rows.sort(byLabel);
  if (clients.some((c) => c > 0)) rows.push(row(CLIENTS_ROW_LABEL, null, clients, null));
  return { asOf, by, rows, totals: totalsOf(rows, false) };
}
