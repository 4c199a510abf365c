import { basename } from 'node:path';
import { recordEvent } from '../audit/audit.ts';
import type { DomainHandlers } from '../context.ts';
import { exportAll } from './export.ts';
import { importAll } from './import.ts';

export const dataHandlers: DomainHandlers<'data'> = {
  'data.exportAll': async (_input, ctx) => {
    const parent = await ctx.files.chooseFolder({ title: 'Choose where to put the export' });
    if (!parent) return { saved: false, folder: null, counts: {} };
    const { folder, counts } = await exportAll(ctx, parent);
    await recordEvent(ctx, {
      action: 'data.exported',
      entity: 'vault',
      summary: `Everything exported to ${basename(folder)} (${counts.clients ?? 0} clients)`,
    });
    return { saved: true, folder: basename(folder), counts };
  },

  'data.importAll': async (_input, ctx) => {
    const folder = await ctx.files.chooseFolder({ title: 'Choose the export folder to import' });
    if (!folder) return { imported: false, counts: {} };
    return { imported: true, counts: await importAll(ctx, folder) };
  },
};
