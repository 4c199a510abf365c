import type { BrowserWindow, Dialog } from 'electron';
import type { FileDialogs } from './app/files.ts';

/**
 * The core asks where an export or the backups go; the counselor answers in the system's
 * dialogs, attached to the app window. Cancelling saves nothing.
 */
export function saveDialogs(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
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
    async chooseFolder({ title }) {
      const options = {
        title,
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      const parent = window();
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
