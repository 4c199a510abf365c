import type { Kysely } from 'kysely';
import {
  AGING_BUCKETS,
  AGING_BUCKET_LABELS,
  addToBucket,
  emptyBuckets,
} from '../../../shared/domain/billing.ts';
import type { Client } from '../../../shared/domain/clients.ts';
import type { PracticeProfile } from '../../../shared/domain/settings.ts';
import { AccordError } from '../../../shared/errors.ts';
import { chargeDues, type ChargeDue } from '../billing/dues.ts';
import { ledgerOf } from '../billing/ledger.ts';
import type { Database } from '../db/schema.ts';
import {
  addressLines,
  legalName,
  longDate,
  minus,
  moneyOf,
  practiceBlock,
  usDate,
} from './format.ts';
import { renderBillingPdf, type BillingPdf } from '../documents/billing-pdf.ts';
import { adjustmentsOn, chargesBetween, paymentsApplied, paymentWords } from './sources.ts';

export interface DocumentSubject {
  db: Kysely<Database>;
  practice: PracticeProfile;
  client: Client;
  /** Today in the practice's time zone: the document's date. */
  today: string;
}

export function noChargesError(from: string, to: string): AccordError {
  const range = from === to ? `on ${longDate(from)}` : `from ${longDate(from)} to ${longDate(to)}`;
  return new AccordError(
    'VALIDATION',
    `This client has no charges ${range}. Choose another range, or post the sessions first.`,
    { fields: { from: 'No charges in this range.' } },
  );
}

/** The aging table of what the client still owes (their share only), as of a day. */
export function writeAging(
  w: BillingPdf,
  dues: readonly ChargeDue[],
  asOf: string,
  money: (cents: number) => string,
): void {
  const buckets = emptyBuckets();
  for (const d of dues) addToBucket(buckets, d.serviceDate, asOf, d.clientDueCents);
  const sum = buckets.reduce((s, cents) => s + cents, 0);
  w.heading(`What you owe, by age (as of ${longDate(asOf)})`);
  w.table(
    [
      ...AGING_BUCKETS.map((b) => ({
        header: AGING_BUCKET_LABELS[b],
        width: 1,
        align: 'right' as const,
      })),
      { header: 'Total', width: 1, align: 'right' },
    ],
    [[...buckets.map(money), money(sum)]],
  );
}

/** An invoice: the services of a date range, what was paid on them, what is due, and its age. */
export async function invoicePdf(
  subject: DocumentSubject,
  from: string,
  to: string,
): Promise<Buffer> {
  const { db, practice, client, today } = subject;
  const charges = await chargesBetween(db, client.id, from, to);
  if (charges.length === 0) throw noChargesError(from, to);
  const ids = charges.map((c) => c.id);
  const [{ payments }, adjustments, dues, ledger] = await Promise.all([
    paymentsApplied(db, ids),
    adjustmentsOn(db, ids),
    chargeDues(db, { clientId: client.id }),
    ledgerOf(db, client.id, today),
  ]);
  const money = moneyOf(practice.currency);
  const inRange = new Set(ids);
  const theseDues = dues.filter((d) => inRange.has(d.id));
  const charged = charges.reduce((s, c) => s + c.amount_cents, 0);
  const paid = payments.reduce((s, p) => s + p.cents, 0);
  const adjusted = adjustments.reduce((s, a) => s + a.amount_cents, 0);
  const clientDue = theseDues.reduce((s, d) => s + d.clientDueCents, 0);
  const payerDue = theseDues.reduce((s, d) => s + d.payerDueCents, 0);
  const accountDue = dues.reduce((s, d) => s + d.clientDueCents, 0);
  const earlierDue = accountDue - clientDue;
  const number = `${client.id}-${from.replaceAll('-', '')}-${to.replaceAll('-', '')}`;

  return renderBillingPdf('Invoice', (w) => {
    w.letterhead(practiceBlock(practice), {
      title: 'Invoice',
      lines: [
        `Invoice number ${number}`,
        `Invoice date ${longDate(today)}`,
        `Services ${usDate(from)} to ${usDate(to)}`,
      ],
    });
    w.blocks([
      { label: 'Bill to', lines: [legalName(client), ...addressLines(client.address)] },
      {
        label: 'Amount due',
        lines: [
          money(Math.max(0, clientDue)),
          clientDue > 0
            ? 'Please include the invoice number with your payment.'
            : 'Nothing is due. Thank you.',
        ],
      },
    ]);

    w.heading('Services');
    w.table(
      [
        { header: 'Date', width: 0.16 },
        { header: 'Service', width: 0.64 },
        { header: 'Amount', width: 0.2, align: 'right' },
      ],
      charges.map((c) => [usDate(c.service_date), c.description, money(c.amount_cents)]),
      { totals: ['', 'Total charges', money(charged)] },
    );

    if (payments.length > 0 || adjustments.length > 0) {
      w.heading('Payments and adjustments applied');
      w.table(
        [
          { header: 'Date', width: 0.16 },
          { header: 'Description', width: 0.64 },
          { header: 'Amount', width: 0.2, align: 'right' },
        ],
        [
          ...payments.map((p) => [usDate(p.on), paymentWords(p), `−${money(p.cents)}`]),
          ...adjustments.map((a) => [
            usDate(a.adjusted_on),
            a.kind === 'write_off' ? 'Write-off' : 'Adjustment',
            `−${money(a.amount_cents)}`,
          ]),
        ],
      );
    }

    w.totals([
      { label: 'Charges', value: money(charged) },
      { label: 'Payments applied', value: minus(money, paid) },
      ...(adjusted > 0 ? [{ label: 'Adjustments', value: `−${money(adjusted)}` }] : []),
      ...(payerDue > 0
        ? [{ label: 'Expected from your insurer', value: `−${money(payerDue)}` }]
        : []),
      { label: 'Balance due for these services', value: money(clientDue), strong: true },
    ]);
    if (earlierDue > 0 || ledger.creditCents > 0) {
      w.totals([
        ...(earlierDue > 0
          ? [{ label: 'Still due from other dates', value: money(earlierDue) }]
          : []),
        ...(ledger.creditCents > 0
          ? [{ label: 'Credit on your account', value: `−${money(ledger.creditCents)}` }]
          : []),
        {
          label: 'Total account balance due',
          value: money(Math.max(0, accountDue - ledger.creditCents)),
          strong: true,
        },
      ]);
    }
    writeAging(w, dues, today, money);
    w.paragraph(
      `Questions about this invoice? ${practice.phone ? `Call ${practice.phone}.` : 'Ask at your next session.'}`,
      { muted: true },
    );
  });
}
