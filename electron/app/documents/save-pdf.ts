import { recordEvent, type AuditRecord } from '../audit/audit.ts';
import type { AppContext } from '../context.ts';
import { saveFile } from '../files.ts';

/**
 * Asks where to save a finished PDF, writes it, and records the export with the file's name
 * (cancelling records nothing). The suggested name says what and when, never who: the counselor
 * may add a name in the dialog.
 */
export async function savePdf(
  ctx: AppContext,
  dialog: { title: string; suggestedName: string },
  pdf: Buffer,
  event: (fileName: string) => AuditRecord,
): Promise<{ saved: boolean; fileName: string | null; count: number }> {
  const result = await saveFile(ctx.files, { ...dialog, extensions: ['pdf'] }, pdf);
  if (!result.saved || result.fileName === null) return { ...result, count: 0 };
  await recordEvent(ctx, event(result.fileName));
  return { ...result, count: 1 };
}
