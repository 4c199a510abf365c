import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The text of a PDF as poppler's pdftotext reads it (what a screen reader or search would see). */
export function pdfText(path: string): string {
  try {
    return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'pdftotext is missing: install poppler-utils (sudo apt-get install poppler-utils).',
        { cause: error },
      );
    }
    throw error;
  }
}

export function isPdf(path: string): boolean {
  return readFileSync(path).subarray(0, 5).toString('latin1') === '%PDF-';
}
