import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { saveDialogs } from '../../electron/file-dialogs.ts';

type ShowSave = Dialog['showSaveDialog'];

describe('save dialogs', () => {
  test('ask in a dialog attached to the window, with the suggested name and type', async () => {
    const win = {} as BrowserWindow;
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: '/home/c/accord.csv' }));
    const dialogs = saveDialogs(
      {
        showSaveDialog: showSaveDialog as unknown as ShowSave,
        showOpenDialog: vi.fn() as unknown as Dialog['showOpenDialog'],
      },
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

  test('a folder is chosen in an open dialog for folders', async () => {
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/home/c/Backups'] }));
    const dialogs = saveDialogs(
      {
        showSaveDialog: vi.fn() as unknown as ShowSave,
        showOpenDialog: showOpenDialog as unknown as Dialog['showOpenDialog'],
      },
      () => null,
    );
    expect(await dialogs.chooseFolder({ title: 'Choose where backups go' })).toBe(
      '/home/c/Backups',
    );
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
  });

  test('a cancelled dialog saves nothing', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: true, filePath: '' }));
    const dialogs = saveDialogs(
      {
        showSaveDialog: showSaveDialog as unknown as ShowSave,
        showOpenDialog: vi.fn() as unknown as Dialog['showOpenDialog'],
      },
      () => null,
    );
    expect(
      await dialogs.chooseSavePath({ title: 't', suggestedName: 'x.ics', extensions: ['ics'] }),
    ).toBeNull();
  });
});
