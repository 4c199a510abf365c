import type { BrowserWindow, Dialog } from 'electron';
import type { FileDialogs } from './app/files.ts';

/**
 * The core asks where an export goes; the counselor answers in the system's save dialog,
 * attached to the app window. Cancelling saves nothing.
 */
export function saveDialogs(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  window: () => BrowserWindow | null,
): FileDialogs {
  return {
    async chooseSavePath({ title, suggestedName, extensions }) {
      const options = {
        title,
        defaultPath: suggestedName,
        filters: [{ name: extensions.join(', ').toUpperCase(), extensions }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as (
          'createDirectory' | 'showOverwriteConfirmation'
        )[],
      };
      const parent = window();
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
