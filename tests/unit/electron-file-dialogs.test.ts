import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { saveDialogs } from '../../electron/file-dialogs.ts';

type ShowSave = Dialog['showSaveDialog'];

describe('save dialogs', () => {
  test('ask in a dialog attached to the window, with the suggested name and type', async () => {
    const win = {} as BrowserWindow;
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: '/home/c/accord.csv' }));
    const dialogs = saveDialogs(
      { showSaveDialog: showSaveDialog as unknown as ShowSave },
      () => win,
    );
    const path = await dialogs.chooseSavePath({
      title: 'Export clients',
      suggestedName: 'accord.csv',
      extensions: ['csv'],
    });
    expect(path).toBe('/home/c/accord.csv');
    expect(showSaveDialog).toHaveBeenCalledWith(
      win,
      expect.objectContaining({
        title: 'Export clients',
        defaultPath: 'accord.csv',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      }),
    );
  });

  test('a cancelled dialog saves nothing', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: true, filePath: '' }));
    const dialogs = saveDialogs(
      { showSaveDialog: showSaveDialog as unknown as ShowSave },
      () => null,
    );
    expect(
      await dialogs.chooseSavePath({ title: 't', suggestedName: 'x.ics', extensions: ['ics'] }),
    ).toBeNull();
  });
});
