import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { LOCK_ACCELERATOR, menuTemplate } from '../../electron/menu.ts';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

describe.each(['linux', 'win32', 'darwin'] as const)('the %s menu', (platform) => {
  test('has a Lock item on Ctrl/Cmd+L that calls onLock', () => {
    const onLock = vi.fn();
    const items = flatten(menuTemplate({ platform, onLock, dev: false }));
    const lock = items.filter((item) => item.id === 'lock');
    expect(lock).toHaveLength(1);
    expect(LOCK_ACCELERATOR).toBe('CmdOrCtrl+L');
    expect(lock[0]?.accelerator).toBe('CmdOrCtrl+L');
    (lock[0]?.click as () => void)();
    expect(onLock).toHaveBeenCalledOnce();
  });

  test('offers DevTools and reload only in development', () => {
    const roles = (dev: boolean) =>
      flatten(menuTemplate({ platform, onLock: () => undefined, dev })).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  test('keeps the edit shortcuts and quit', () => {
    const roles = flatten(menuTemplate({ platform, onLock: () => undefined, dev: false })).map(
      (item) => item.role,
    );
    expect(roles).toContain('editMenu');
    expect(roles).toContain('quit');
  });
});
