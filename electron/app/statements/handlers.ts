import { dateInZone } from '../../../shared/dates.ts';
import { AccordError } from '../../../shared/errors.ts';
import { recordAuditNow } from '../audit/audit.ts';
import { getClient } from '../clients/clients.ts';
import type { AppContext, DomainHandlers } from '../context.ts';
import { savePdf } from '../documents/save-pdf.ts';
import { getPractice } from '../settings/settings.ts';
import { dayDocumentsFor, writeDayDocuments } from './day-documents.ts';
import { invoicePdf, type DocumentSubject } from './invoice.ts';
import { statementPdf } from './statement.ts';
import { superbillPdf } from './superbill.ts';

export async function documentSubject(ctx: AppContext, clientId: number): Promise<DocumentSubject> {
  const [client, practice] = await Promise.all([getClient(ctx.db, clientId), getPractice(ctx.db)]);
  return { db: ctx.db, client, practice, today: dateInZone(ctx.clock.now(), practice.timeZone) };
}

/** Saves a client's billing document and records the export on their trail. */
function exportDocument(
  ctx: AppContext,
  clientId: number,
  what: { title: string; suggestedName: string; summary: string },
  pdf: Buffer,
) {
  return savePdf(ctx, what, pdf, (fileName) => ({
    action: 'document.exported',
    entity: 'client',
    entityId: String(clientId),
    clientId,
    summary: `${what.summary} saved as ${fileName}`,
  }));
}

export const documentsHandlers: DomainHandlers<'documents'> = {
  'documents.invoice': async ({ clientId, from, to }, ctx) => {
    const subject = await documentSubject(ctx, clientId);
    const pdf = await invoicePdf(subject, from, to);
    return exportDocument(
      ctx,
      clientId,
      {
        title: 'Save the invoice',
        suggestedName: `Invoice ${to}.pdf`,
        summary: `Invoice for ${from} to ${to}`,
      },
      pdf,
    );
  },

  'documents.statement': async ({ clientId, month }, ctx) => {
    const subject = await documentSubject(ctx, clientId);
    const pdf = await statementPdf(subject, month);
    return exportDocument(
      ctx,
      clientId,
      {
        title: 'Save the statement',
        suggestedName: `Statement ${month}.pdf`,
        summary: `Statement for ${month}`,
      },
      pdf,
    );
  },

  'documents.superbill': async ({ clientId, from, to }, ctx) => {
    const subject = await documentSubject(ctx, clientId);
    const pdf = await superbillPdf(subject, from, to);
    return exportDocument(
      ctx,
      clientId,
      {
        title: 'Save the superbill',
        suggestedName: from === to ? `Superbill ${from}.pdf` : `Superbill ${from} to ${to}.pdf`,
        summary: `Superbill for ${from} to ${to}`,
      },
      pdf,
    );
  },

  'documents.forDay': async ({ day, kind }, ctx) => {
    const documents = await dayDocumentsFor(ctx, day, kind);
    if (documents.length === 0) {
      throw new AccordError(
        'VALIDATION',
        'No charges are posted for this day yet. Post the day’s charges, then make its documents.',
        { fields: { day: 'No charges on this day.' } },
      );
    }
    const folder = await ctx.files.chooseFolder({
      title: 'Choose a folder for the day’s documents',
    });
    if (!folder) return { saved: false, folder: null, files: [] };
    const files = writeDayDocuments(folder, documents);
    const at = ctx.clock.now();
    // One event per document, so each client's trail shows what left the app about them.
    await recordAuditNow(
      ctx.db,
      ...files.map((f) => ({
        action: 'document.exported' as const,
        entity: 'client',
        entityId: String(f.clientId),
        clientId: f.clientId,
        summary: `${f.kind === 'superbill' ? 'Superbill' : 'Invoice'} for ${day} saved as ${f.fileName}`,
        at,
      })),
    );
    return { saved: true, folder: folder.split(/[\\/]/).filter(Boolean).pop() ?? folder, files };
  },
};
