import type { MenuItemConstructorOptions } from 'electron';

export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';

export interface MenuOptions {
  platform: NodeJS.Platform;
  onLock: () => void;
  /** Reload and DevTools only while developing. */
  dev: boolean;
}

/**
 * A deliberately small menu: Lock is the one command that must work from anywhere, even when
 * the renderer is busy or broken; the Edit roles keep copy and paste shortcuts working on macOS.
 */
export function menuTemplate({ platform, onLock, dev }: MenuOptions): MenuItemConstructorOptions[] {
  const lock: MenuItemConstructorOptions = {
    id: 'lock',
    label: 'Lock Accord',
    accelerator: LOCK_ACCELERATOR,
    click: () => onLock(),
  };
  const view: MenuItemConstructorOptions[] = [
    ...(dev
      ? [
          { role: 'reload' } as const,
          { role: 'toggleDevTools' } as const,
          { type: 'separator' } as const,
        ]
      : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (platform === 'darwin') {
    return [
      {
        label: 'Accord',
        submenu: [
          { role: 'about' },
          { type: 'separator' },
          lock,
          { type: 'separator' },
          { role: 'hide' },
          { role: 'hideOthers' },
          { role: 'unhide' },
          { type: 'separator' },
          { role: 'quit' },
        ],
      },
      { role: 'editMenu' },
      { label: 'View', submenu: view },
      { role: 'windowMenu' },
    ];
  }
  return [
    { label: 'File', submenu: [lock, { type: 'separator' }, { role: 'quit' }] },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
  ];
}
