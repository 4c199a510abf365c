import { audited } from '../audit/audit.ts';
import { requireClientRow } from '../clients/clients.ts';
import type { DomainHandlers } from '../context.ts';
import { renderPdf } from '../documents/pdf.ts';
import { saveFile } from '../files.ts';
import { today } from '../plans/handlers.ts';
import {
  attachmentOf,
  getResource,
  listResources,
  recordShare,
  saveResource,
  sharesOf,
} from './resources.ts';

export const resourcesHandlers: DomainHandlers<'resources'> = {
  'resources.list': async ({ query, tag }, { db }) => ({
    resources: await listResources(db, query, tag),
  }),

  'resources.get': async ({ id }, { db }) => getResource(db, id),

  'resources.save': async (input, ctx) => {
    const id = await audited(
      ctx,
      (trx) => saveResource(trx, input, ctx.clock.now()),
      (saved) => ({
        action: 'resource.saved',
        entity: 'resource',
        entityId: String(saved),
        summary: `Resource "${input.title}" ${input.id === null ? 'added' : 'changed'}`,
      }),
    );
    return getResource(ctx.db, id);
  },

  'resources.share': async ({ resourceId, clientId, sharedOn, method }, ctx) => {
    const resource = await getResource(ctx.db, resourceId);
    await requireClientRow(ctx.db, clientId);
    await audited(
      ctx,
      (trx) => recordShare(trx, { resourceId, clientId, sharedOn, method }, ctx.clock.now()),
      {
        action: 'resource.shared',
        entity: 'resource',
        entityId: String(resourceId),
        clientId,
        summary: `"${resource.title}" shared (${method === 'discussed' ? 'discussed in session' : 'shown in Client view'}) on ${sharedOn}`,
      },
    );
    return { shares: await sharesOf(ctx.db, clientId) };
  },

  'resources.shares': async ({ clientId }, ctx) => {
    await requireClientRow(ctx.db, clientId);
    return { shares: await sharesOf(ctx.db, clientId) };
  },

  'resources.exportPdf': async ({ resourceId, clientId }, ctx) => {
    const resource = await getResource(ctx.db, resourceId);
    if (clientId !== null) await requireClientRow(ctx.db, clientId);
    const stored = await attachmentOf(ctx.db, resourceId);
    // The counselor's own PDF if they attached one; otherwise the text, typeset.
    const pdf =
      stored?.attachment ??
      (await renderPdf('Information sheet', (w) => {
        w.title(resource.title);
        for (const part of resource.body.split(/\n{2,}/)) w.paragraph(part);
        if (resource.benefits) {
          w.heading('What it offers');
          w.paragraph(resource.benefits);
        }
        if (resource.drawbacks) {
          w.heading('What it costs');
          w.paragraph(resource.drawbacks);
        }
        if (resource.asks) {
          w.heading('What it asks of you');
          w.paragraph(resource.asks);
        }
      }));
    const suggestedName =
      stored?.attachment_name ??
      `${resource.title.replace(/[^\p{L}\p{N} -]/gu, '').trim() || 'resource'}.pdf`;
    const result = await saveFile(
      ctx.files,
      { title: 'Save the resource', suggestedName, extensions: ['pdf'] },
      pdf,
    );
    if (result.saved) {
      const sharedOn = await today(ctx);
      await audited(
        ctx,
        async (trx) => {
          if (clientId !== null)
            await recordShare(
              trx,
              { resourceId, clientId, sharedOn, method: 'pdf' },
              ctx.clock.now(),
            );
        },
        {
          action: clientId === null ? 'resource.exported' : 'resource.shared',
          entity: 'resource',
          entityId: String(resourceId),
          clientId,
          summary: `"${resource.title}" saved as ${result.fileName}${clientId === null ? '' : ' for the client'}`,
        },
      );
    }
    return { ...result, count: 1 };
  },
};
