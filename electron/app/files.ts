import { basename } from 'node:path';
import { AccordError } from '../../shared/errors.ts';
import { writeFileAtomic } from './vault/vault-file.ts';

/**
 * How the core asks the counselor where a file goes. Electron shows a save dialog; tests and the
 * browser harness answer with a path of their own. The core never picks a place by itself.
 */
export interface FileDialogs {
  chooseSavePath(options: {
    title: string;
    suggestedName: string;
    extensions: string[];
  }): Promise<string | null>;
  /** A folder for files Accord writes over time (backups); null when cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>;
}

const unavailable = async (): Promise<never> => {
  throw new AccordError('INTERNAL', 'Saving files is not available in this window.');
};

export const noFileDialogs: FileDialogs = {
  chooseSavePath: unavailable,
  chooseFolder: unavailable,
};

/** Asks where to save, then writes the file readable only by this user. */
export async function saveFile(
  dialogs: FileDialogs,
  options: { title: string; suggestedName: string; extensions: string[] },
  content: string | Buffer,
): Promise<{ saved: boolean; fileName: string | null }> {
  const path = await dialogs.chooseSavePath(options);
  if (!path) return { saved: false, fileName: null };
  writeFileAtomic(path, content);
  return { saved: true, fileName: basename(path) };
}
