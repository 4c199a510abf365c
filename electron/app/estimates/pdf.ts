import type { EstimateContent } from '../../../shared/domain/estimates.ts';
import { longDate, moneyOf, usDate } from '../statements/format.ts';
import { renderBillingPdf } from '../documents/billing-pdf.ts';

/**
 * The notices the No Surprises Act rule requires on a Good Faith Estimate for an uninsured or
 * self-pay client (45 CFR 149.610), in the words of the HHS model notice.
 */
export const GFE_DISCLAIMERS = [
  'This Good Faith Estimate shows the costs of items and services that are reasonably expected for your health care needs for an item or service. The estimate is based on information known at the time the estimate was created.',
  'The Good Faith Estimate does not include any unknown or unexpected costs that may arise during treatment. You could be charged more if complications or special circumstances occur. If this happens, federal law allows you to dispute (appeal) the bill.',
  'This Good Faith Estimate is not a contract and does not require you to obtain the items or services from any of the providers or facilities identified in the Good Faith Estimate.',
];

export const GFE_DISPUTE = [
  'If you are billed for $400 or more above this Good Faith Estimate, you have the right to dispute the bill.',
  'You may contact the health care provider or facility listed to let them know the billed charges are higher than the Good Faith Estimate. You can ask them to update the bill to match the Good Faith Estimate, ask to negotiate the bill, or ask if there is financial assistance available.',
  'You may also start a dispute resolution process with the U.S. Department of Health and Human Services (HHS). If you choose to use the dispute resolution process, you must start the dispute process within 120 calendar days (about 4 months) of the date on the original bill.',
  'There is a $25 fee to use the dispute process. If the agency reviewing your dispute agrees with you, you will have to pay the price on this Good Faith Estimate. If the agency disagrees with you and agrees with the health care provider or facility, you will have to pay the higher amount.',
  'To learn more and get a form to start the process, go to www.cms.gov/nosurprises or call 1-800-985-3059. For questions or more information about your right to a Good Faith Estimate or the dispute process, visit www.cms.gov/nosurprises or call 1-800-985-3059.',
  'Keep a copy of this Good Faith Estimate in a safe place or take pictures of it. You may need it if you are billed a higher amount.',
];

export function estimatePdf(
  estimate: EstimateContent & { id: number; issuedOn: string; totalCents: number },
  currency: string,
): Promise<Buffer> {
  const money = moneyOf(currency);
  const p = estimate.provider;
  const counselor = [p.counselorName, p.credentials].filter(Boolean).join(', ');
  return renderBillingPdf('Good Faith Estimate', (w) => {
    w.letterhead(
      {
        label: p.practiceName || counselor,
        lines: [
          p.practiceName ? counselor : '',
          p.address,
          p.phone ? `Phone ${p.phone}` : '',
        ].filter(Boolean),
      },
      {
        title: 'Good Faith Estimate',
        lines: [`Estimate number GFE-${estimate.id}`, `Given on ${longDate(estimate.issuedOn)}`],
      },
    );
    w.paragraph(
      'You have the right to receive a Good Faith Estimate explaining how much your care will cost. Under the law, health care providers need to give patients who don’t have insurance or who are not using insurance an estimate of the expected charges for medical items and services.',
      { size: 9.5, muted: true },
    );
    w.gap(6);
    w.blocks([
      {
        label: 'Patient',
        lines: [
          estimate.clientName,
          `Date of birth: ${estimate.dateOfBirth ? usDate(estimate.dateOfBirth) : 'not recorded'}`,
        ],
      },
      {
        label: 'Provider',
        lines: [
          counselor,
          p.practiceName,
          `NPI: ${p.npi}`,
          `Tax ID (EIN): ${p.taxId}`,
          `Location: ${p.address}`,
        ].filter(Boolean),
      },
    ]);

    w.heading('Primary service and expected date');
    w.paragraph(`Primary service: ${estimate.primaryService}`);
    w.paragraph(`Expected date of service: ${longDate(estimate.expectedDate)}`);
    w.paragraph(
      `This estimate covers care from ${longDate(estimate.issuedOn)} through ${longDate(estimate.periodEnd)}.`,
    );

    w.heading('Expected services and charges');
    w.table(
      [
        { header: 'Service', width: 0.36 },
        { header: 'Code', width: 0.11 },
        { header: 'Quantity', width: 0.12, align: 'right' },
        { header: 'Charge each', width: 0.18, align: 'right' },
        { header: 'Expected charge', width: 0.23, align: 'right' },
      ],
      estimate.items.map((i) => [
        i.label,
        i.serviceCode,
        String(i.quantity),
        money(i.unitCents),
        money(i.unitCents * i.quantity),
      ]),
    );
    w.totals([{ label: 'Total estimated cost', value: money(estimate.totalCents), strong: true }]);

    w.heading('Diagnosis codes');
    if (estimate.diagnoses.length === 0) {
      w.paragraph('No diagnosis is known yet.', { muted: true });
    } else {
      for (const d of estimate.diagnoses) w.paragraph(`${d.code}  ${d.title}`.trim());
    }

    w.heading('Services that need separate scheduling');
    w.paragraph(
      estimate.separateScheduling ||
        'None expected. Items or services from other providers or facilities, if any are needed, are not included in this estimate and would be estimated separately.',
    );

    w.heading('Disclaimer');
    for (const text of GFE_DISCLAIMERS) w.paragraph(text, { size: 9.5 });
    w.heading('What if I am billed more than this estimate?');
    for (const text of GFE_DISPUTE) w.paragraph(text, { size: 9.5 });
  });
}
