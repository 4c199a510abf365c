import { monthRange } from '../../../shared/domain/documents.ts';
import { AccordError } from '../../../shared/errors.ts';
import { chargeDues } from '../billing/dues.ts';
import { ledgerOf } from '../billing/ledger.ts';
import {
  addressLines,
  legalName,
  longDate,
  minus,
  moneyOf,
  practiceBlock,
  usDate,
} from './format.ts';
import { writeAging, type DocumentSubject } from './invoice.ts';
import { renderBillingPdf } from '../documents/billing-pdf.ts';

type LineKind = 'charge' | 'payment' | 'adjustment' | 'refund';

/** What a ledger line says on a statement: an adjustment's reason stays in the ledger. */
function statementWords(line: { kind: LineKind; description: string }): string {
  if (line.kind === 'adjustment') return line.description.split(':')[0] ?? 'Adjustment';
  return line.description;
}

function monthName(month: string): string {
  return new Date(`${month}-15T12:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * A monthly statement: the balance carried in, every line of the month, the balance carried out
 * (always previous + charges − payments − adjustments + refunds), and the age of what is owed.
 */
export async function statementPdf(subject: DocumentSubject, month: string): Promise<Buffer> {
  const { db, practice, client, today } = subject;
  const { first, last } = monthRange(month);
  const [ledger, dues] = await Promise.all([
    ledgerOf(db, client.id, today),
    chargeDues(db, { clientId: client.id, asOf: last }),
  ]);
  const before = ledger.lines.filter((l) => l.on < first);
  const during = ledger.lines.filter((l) => l.on >= first && l.on <= last);
  if (before.length === 0 && during.length === 0) {
    throw new AccordError(
      'VALIDATION',
      `This client has no charges or payments up to the end of ${monthName(month)}. Choose a later month.`,
      { fields: { month: 'Nothing to state for this month.' } },
    );
  }
  const money = moneyOf(practice.currency);
  const previous = before.reduce((s, l) => s + l.amountCents, 0);
  const sumOf = (kind: LineKind) =>
    during.filter((l) => l.kind === kind).reduce((s, l) => s + l.amountCents, 0);
  const closing = previous + during.reduce((s, l) => s + l.amountCents, 0);
  const payerDue = dues.reduce((s, d) => s + d.payerDueCents, 0);
  const signed = (cents: number) => (cents < 0 ? `−${money(-cents)}` : money(cents));

  return renderBillingPdf('Statement', (w) => {
    w.letterhead(practiceBlock(practice), {
      title: 'Statement',
      lines: [`${monthName(month)}`, `Statement date ${longDate(today)}`],
    });
    w.blocks([
      { label: 'Statement for', lines: [legalName(client), ...addressLines(client.address)] },
      {
        label: closing < 0 ? 'Credit on your account' : 'Balance at the end of the month',
        lines: [money(Math.abs(closing)), `Period ${usDate(first)} to ${usDate(last)}`],
      },
    ]);

    w.heading('Activity this month');
    if (during.length === 0) {
      w.paragraph('No charges, payments, adjustments or refunds this month.', { muted: true });
    } else {
      let running = previous;
      w.table(
        [
          { header: 'Date', width: 0.14 },
          { header: 'Description', width: 0.44 },
          { header: 'Charges', width: 0.14, align: 'right' },
          { header: 'Credits', width: 0.14, align: 'right' },
          { header: 'Balance', width: 0.14, align: 'right' },
        ],
        [
          ['', 'Previous balance', '', '', signed(previous)],
          ...during.map((l) => {
            running += l.amountCents;
            return [
              usDate(l.on),
              statementWords(l),
              l.amountCents > 0 ? money(l.amountCents) : '',
              l.amountCents < 0 ? money(-l.amountCents) : '',
              signed(running),
            ];
          }),
        ],
      );
    }

    w.totals([
      { label: 'Previous balance', value: signed(previous) },
      { label: 'Charges', value: money(sumOf('charge')) },
      { label: 'Payments', value: minus(money, sumOf('payment')) },
      { label: 'Adjustments and write-offs', value: minus(money, sumOf('adjustment')) },
      { label: 'Refunds', value: money(sumOf('refund')) },
      { label: 'Closing balance', value: signed(closing), strong: true },
    ]);
    if (payerDue > 0) {
      w.paragraph(
        `Of the closing balance, ${money(payerDue)} is expected from your insurer; the rest is yours to pay.`,
        { muted: true },
      );
    }
    writeAging(w, dues, last, money);
    w.paragraph(
      `Questions about this statement? ${practice.phone ? `Call ${practice.phone}.` : 'Ask at your next session.'}`,
      { muted: true },
    );
  });
}
