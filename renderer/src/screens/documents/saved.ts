import type { SavedFile } from '../../../../shared/domain/scheduling.ts';

/** What to tell the counselor after a save dialog: where it went, or that nothing was saved. */
export function savedText(result: SavedFile, what: string): string {
  return result.saved
    ? `${what} saved as ${result.fileName ?? 'a PDF'}.`
    : `Nothing saved: the ${what.toLowerCase()} was not written.`;
}
