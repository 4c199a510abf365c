import { AccordError } from '../../../shared/errors.ts';
import type { PracticeProfile } from '../../../shared/domain/settings.ts';
import { addressLines, legalName, longDate, moneyOf, practiceBlock, usDate } from './format.ts';
import type { DocumentSubject } from './invoice.ts';
import { noChargesError } from './invoice.ts';
import { chargeModifiers, chargePointers } from '../billing/charge-codes.ts';
import { renderBillingPdf } from '../documents/billing-pdf.ts';
import { chargesBetween, paymentsApplied, type ChargeRow } from './sources.ts';

/** Diagnosis pointers as on the claim form: A for the first diagnosis, B for the second. */
const LETTERS = 'ABCDEFGHIJKL';

const PLACES: Record<string, string> = {
  '02': 'Telehealth, not in the client’s home',
  '10': 'Telehealth in the client’s home',
  '11': 'Office',
  '12': 'Home',
};

/** An insurer reimburses a superbill only with the provider's NPI and tax ID on it. */
export function requireBillingIds(practice: PracticeProfile, what: string): void {
  const missing = [
    practice.npi ? '' : 'NPI',
    practice.taxId ? '' : 'tax ID',
    practice.counselorName ? '' : 'your name',
    practice.address.line1 ? '' : 'practice address',
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new AccordError(
      'VALIDATION',
      `A ${what} must show your ${missing.join(', ')}. Add ${missing.length === 1 ? 'it' : 'them'} in Practice profile (under Settings) first.`,
      { fields: { practice: `Missing: ${missing.join(', ')}.` } },
    );
  }
}

/** Services an insurer can be asked to pay: those with a service code (not policy fees). */
export function billableServices(charges: readonly ChargeRow[]): ChargeRow[] {
  return charges.filter((c) => c.service_code !== null && c.service_code !== '');
}

/** The pointers as letters, "AB". */
function pointerLetters(json: string): string {
  return chargePointers(json, LETTERS.length)
    .map((n) => LETTERS[n - 1])
    .join('');
}

/**
 * A superbill: what a client needs to claim from their insurer themselves. The provider's ids,
 * the client's details and diagnoses, each service as on a claim line, and the counselor's
 * signature.
 */
export async function superbillPdf(
  subject: DocumentSubject,
  from: string,
  to: string,
): Promise<Buffer> {
  const { db, practice, client, today } = subject;
  requireBillingIds(practice, 'superbill');
  const services = billableServices(await chargesBetween(db, client.id, from, to));
  if (services.length === 0) throw noChargesError(from, to);
  const { paidOn } = await paymentsApplied(
    db,
    services.map((c) => c.id),
  );
  const money = moneyOf(practice.currency);
  const total = services.reduce((s, c) => s + c.amount_cents, 0);
  const paid = services.reduce((s, c) => s + (paidOn.get(c.id) ?? 0), 0);
  const places = [...new Set(services.map((c) => c.place_of_service ?? ''))].filter(Boolean);
  const counselor = [practice.counselorName, practice.credentials].filter(Boolean).join(', ');

  return renderBillingPdf('Superbill', (w) => {
    w.letterhead(practiceBlock(practice), {
      title: 'Superbill',
      lines: [`Services ${usDate(from)} to ${usDate(to)}`, `Prepared ${longDate(today)}`],
    });
    w.blocks([
      {
        label: 'Provider',
        lines: [
          counselor,
          practice.practiceName,
          ...addressLines(practice.address),
          `NPI: ${practice.npi}`,
          `Tax ID (EIN): ${practice.taxId}`,
        ].filter(Boolean),
      },
      {
        label: 'Client',
        lines: [
          legalName(client),
          `Date of birth: ${client.dateOfBirth ? usDate(client.dateOfBirth) : 'not recorded'}`,
          ...addressLines(client.address),
          ...(client.insurance?.kind === 'insurance'
            ? [
                `Insurance: ${client.insurance.payerName}`,
                `Member ID: ${client.insurance.memberId}`,
              ]
            : []),
        ],
      },
    ]);

    w.heading('Diagnoses (ICD-10-CM)');
    if (client.diagnoses.length === 0) {
      w.paragraph('No diagnosis recorded.', { muted: true });
    } else {
      w.table(
        [
          { header: 'Pointer', width: 0.12 },
          { header: 'Code', width: 0.16 },
          { header: 'Diagnosis', width: 0.72 },
        ],
        client.diagnoses.map((d, i) => [LETTERS[i] ?? '', d.code, d.title]),
      );
    }

    w.heading('Services');
    w.table(
      [
        { header: 'Date', width: 0.125 },
        { header: 'CPT', width: 0.075 },
        { header: 'Service', width: 0.245 },
        { header: 'Modifiers', width: 0.11 },
        { header: 'POS', width: 0.06 },
        { header: 'Units', width: 0.07, align: 'right' },
        { header: 'Dx', width: 0.05 },
        { header: 'Fee', width: 0.135, align: 'right' },
        { header: 'Paid', width: 0.13, align: 'right' },
      ],
      services.map((c) => [
        usDate(c.service_date),
        c.service_code ?? '',
        c.description.replace(`${c.service_code ?? ''} `, ''),
        chargeModifiers(c.modifiers).join(' '),
        c.place_of_service ?? '',
        String(c.units),
        pointerLetters(c.diagnosis_pointers),
        money(c.amount_cents),
        money(paidOn.get(c.id) ?? 0),
      ]),
      { totals: ['Total', '', '', '', '', '', '', money(total), money(paid)], fontSize: 8.5 },
    );
    if (places.length > 0) {
      w.paragraph(
        `Place of service: ${places.map((p) => `${p} ${PLACES[p] ?? ''}`.trim()).join('; ')}.`,
        { muted: true, size: 9 },
      );
    }
    w.totals([
      { label: 'Total fees', value: money(total) },
      { label: 'Amount paid', value: money(paid) },
      { label: 'Balance', value: money(total - paid), strong: true },
    ]);

    w.paragraph('I certify that I provided the services listed above on the dates shown.', {
      size: 9.5,
    });
    w.signatureLines([`Counselor signature (${counselor})`, 'Date']);
  });
}
