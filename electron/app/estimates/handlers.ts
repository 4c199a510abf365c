import type { EstimateContent, EstimateWarningRow } from '../../../shared/domain/estimates.ts';
import { AccordError } from '../../../shared/errors.ts';
import { formatMoney } from '../../../shared/money.ts';
import { audited } from '../audit/audit.ts';
import { clientLabels, getClient } from '../clients/clients.ts';
import { findIcd10 } from '../clients/icd10.ts';
import type { DomainHandlers } from '../context.ts';
import { savePdf } from '../documents/save-pdf.ts';
import { getPractice } from '../settings/settings.ts';
import { legalName, oneLineAddress } from '../statements/format.ts';
import { requireBillingIds } from '../statements/superbill.ts';
import { clientsSeenOn, contentOf, estimatesOf, requireEstimate, toEstimate } from './estimates.ts';
import { estimatePdf } from './pdf.ts';

export const estimatesHandlers: DomainHandlers<'estimates'> = {
  'estimates.create': async (input, ctx) => {
    const [client, practice] = await Promise.all([
      getClient(ctx.db, input.clientId),
      getPractice(ctx.db),
    ]);
    if (client.insurance?.kind === 'insurance') {
      throw new AccordError(
        'VALIDATION',
        'Good Faith Estimates are for clients who pay for themselves. This client has insurance on file: set their billing to self-pay first if they will not use it.',
        { fields: { clientId: 'This client uses insurance.' } },
      );
    }
    requireBillingIds(practice, 'Good Faith Estimate');
    const known = new Map(client.diagnoses.map((d) => [d.code, d.title]));
    const content: EstimateContent = {
      clientName: legalName(client),
      dateOfBirth: client.dateOfBirth,
      primaryService: input.primaryService,
      expectedDate: input.expectedDate,
      items: input.items,
      diagnoses: [...new Set(input.diagnosisCodes)].map((code) => ({
        code,
        title: known.get(code) ?? findIcd10(code)?.title ?? '',
      })),
      separateScheduling: input.separateScheduling,
      periodEnd: input.periodEnd,
      provider: {
        practiceName: practice.practiceName,
        counselorName: practice.counselorName,
        credentials: practice.credentials,
        npi: practice.npi,
        taxId: practice.taxId,
        address: oneLineAddress(practice),
        phone: practice.phone,
      },
    };
    const totalCents = input.items.reduce((s, i) => s + i.quantity * i.unitCents, 0);
    const row = await audited(
      ctx,
      (trx) =>
        trx
          .insertInto('good_faith_estimates')
          .values({
            client_id: client.id,
            issued_on: input.issuedOn,
            content: JSON.stringify(content),
            total_cents: totalCents,
            created_at: ctx.clock.now().toISOString(),
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      (saved) => ({
        action: 'estimate.created',
        entity: 'good_faith_estimate',
        entityId: String(saved.id),
        clientId: client.id,
        summary: `Good Faith Estimate of ${formatMoney(totalCents, practice.currency)} given on ${input.issuedOn}`,
      }),
    );
    return toEstimate(ctx.db, row, true);
  },

  'estimates.list': async ({ clientId }, ctx) => {
    await getClient(ctx.db, clientId);
    return { estimates: await estimatesOf(ctx.db, clientId) };
  },

  'estimates.exportPdf': async ({ id }, ctx) => {
    const row = await requireEstimate(ctx.db, id);
    const practice = await getPractice(ctx.db);
    const pdf = await estimatePdf(
      { ...contentOf(row), id: row.id, issuedOn: row.issued_on, totalCents: row.total_cents },
      practice.currency,
    );
    return savePdf(
      ctx,
      {
        title: 'Save the Good Faith Estimate',
        suggestedName: `Good Faith Estimate ${row.issued_on}.pdf`,
      },
      pdf,
      (fileName) => ({
        action: 'estimate.exported',
        entity: 'good_faith_estimate',
        entityId: String(row.id),
        clientId: row.client_id,
        summary: `Good Faith Estimate of ${row.issued_on} saved as ${fileName}`,
      }),
    );
  },

  'estimates.warnings': async ({ day }, ctx) => {
    const seen = await clientsSeenOn(ctx.db, day);
    const names = await clientLabels(ctx.db, seen);
    const warnings: EstimateWarningRow[] = [];
    for (const clientId of seen) {
      const [current] = await estimatesOf(ctx.db, clientId);
      if (!current || current.issuedOn > day || current.periodEnd < day) continue;
      if (current.warning === 'ok') continue;
      warnings.push({
        clientId,
        clientName: names.get(clientId)?.name ?? 'Client',
        estimateId: current.id,
        totalCents: current.totalCents,
        billedCents: current.billedCents,
        warning: current.warning,
      });
    }
    return { warnings: warnings.sort((a, b) => a.clientName.localeCompare(b.clientName)) };
  },
};
