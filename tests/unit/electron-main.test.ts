import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { IPC_CHANNEL } from '../../shared/contract.ts';
import type { Result } from '../../shared/errors.ts';
import { APP_ENTRY, CONTENT_SECURITY_POLICY } from '../../electron/policy.ts';

/**
 * main.ts wired to a fake Electron and the real app core (a real encrypted vault in a temporary
 * userData folder): the test plays the operating system and the renderer.
 */
const fx = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const { mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');

  const top = mkdtempSync(path.join(tmpdir(), 'accord-main-'));
  const appPath = path.join(top, 'app');
  const userData = path.join(top, 'userData');
  mkdirSync(path.join(appPath, 'dist-renderer'), { recursive: true });
  writeFileSync(path.join(appPath, 'dist-renderer', 'index.html'), '<title>Accord</title>');

  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    getAppPath: () => appPath,
    getPath: (name: string) => (name === 'userData' ? userData : path.join(top, name)),
    quit: vi.fn(),
    exit: vi.fn(),
  });

  const windows: BrowserWindow[] = [];
  class BrowserWindow extends EventEmitter {
    minimized = false;
    readonly webContents = {
      mainFrame: { url: '', parent: null, frameTreeNodeId: 1 },
      isDestroyed: () => false,
      session: { clearStorageData: vi.fn(async () => undefined) },
    };
    readonly loadURL = vi.fn(async (url: string) => {
      this.webContents.mainFrame.url = url;
    });
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly options: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      windows.push(this);
    }
    isDestroyed = () => false;
    isMinimized = () => this.minimized;
  }

  const powerMonitor = Object.assign(new EventEmitter(), {
    getSystemIdleTime: vi.fn(() => 0),
  });
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  return {
    top,
    userData,
    windows,
    electron: {
      app,
      BrowserWindow,
      powerMonitor,
      session: { defaultSession },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      dialog: { showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) },
      Menu: {
        buildFromTemplate: vi.fn((template: unknown) => ({ template })),
        setApplicationMenu: vi.fn(),
      },
    },
  };
});
vi.mock('electron', () => fx.electron);

const { app, ipcMain, powerMonitor, protocol, session, Menu } = fx.electron;
delete process.env.ACCORD_DEV_URL;
// Only the poll is faked, so the core's own timers and promises run for real.
vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
await import('../../electron/main.ts');
await vi.waitFor(() => expect(fx.windows).toHaveLength(1));
const win = (() => {
  const [first] = fx.windows;
  if (!first) throw new Error('main.ts opened no window');
  return first;
})();

// Vitest clears call history before every test, so what startup did is read once, here.
const copy = <T>(mock: { mock: { calls: T[]; invocationCallOrder: number[] } }) => ({
  calls: [...mock.mock.calls],
  order: [...mock.mock.invocationCallOrder],
});
const startup = {
  registerScheme: copy(protocol.registerSchemesAsPrivileged),
  enableSandbox: copy(app.enableSandbox),
  whenReady: copy(app.whenReady),
  singleInstance: copy(app.requestSingleInstanceLock),
  loadURL: copy(win.loadURL),
  permissionRequest: copy(session.defaultSession.setPermissionRequestHandler),
  permissionCheck: copy(session.defaultSession.setPermissionCheckHandler),
  onBeforeRequest: copy(session.defaultSession.webRequest.onBeforeRequest),
  protocolHandle: copy(protocol.handle),
  ipcHandle: copy(ipcMain.handle),
  menuTemplate: Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[],
  setMenu: copy(Menu.setApplicationMenu),
};
const menuItems = startup.menuTemplate.flatMap((item) =>
  Array.isArray(item.submenu) ? item.submenu : [],
);

afterAll(() => {
  vi.useRealTimers();
  rmSync(fx.top, { recursive: true, force: true });
});

type Handler = (event: unknown, channel: string, input: unknown) => Promise<Result<unknown>>;
const ipcHandler = startup.ipcHandle.calls[0]?.[1] as Handler;
/** A call from the renderer in the app window. */
const call = (channel: string, input: unknown = {}) =>
  ipcHandler({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, channel, input);
const state = async () =>
  ((await call('vault.status')) as { value: { state: string } }).value.state;
const PASSPHRASE = 'a long enough test passphrase';

async function unlock() {
  const result = await call('vault.unlock', { passphrase: PASSPHRASE });
  expect(result.ok).toBe(true);
  expect(await state()).toBe('unlocked');
  win.loadURL.mockClear();
  win.webContents.session.clearStorageData.mockClear();
}

/** A lock must drop the renderer: its storage cleared, then a fresh load of the entry page. */
async function expectLockedAndReloaded() {
  await vi.waitFor(() => expect(win.loadURL).toHaveBeenCalledWith(APP_ENTRY));
  expect(await state()).toBe('locked');
  expect(win.webContents.session.clearStorageData).toHaveBeenCalled();
}

async function lockEventCount() {
  const wasUnlocked = (await state()) === 'unlocked';
  if (!wasUnlocked) await unlock();
  const result = (await call('audit.list', { action: 'vault.lock' })) as {
    value: { total: number };
  };
  return result.value.total;
}

async function lastLockSummary() {
  await unlock();
  const result = (await call('audit.list', { action: 'vault.lock' })) as {
    value: { events: { summary: string; id: number }[] };
  };
  const events = [...result.value.events].sort((a, b) => b.id - a.id);
  return events[0]?.summary;
}

describe('startup', () => {
  test('fixes scheme privileges and the sandbox before the app is ready', () => {
    expect(startup.registerScheme.calls).toHaveLength(1);
    const readyOrder = startup.whenReady.order[0] ?? 0;
    expect(startup.registerScheme.order[0]).toBeLessThan(readyOrder);
    expect(startup.enableSandbox.calls).toHaveLength(1);
    expect(startup.enableSandbox.order[0]).toBeLessThan(readyOrder);
  });

  test('takes the single-instance lock', () => {
    expect(startup.singleInstance.calls).toHaveLength(1);
  });

  test('opens one sandboxed window on the app entry and shows it when ready', () => {
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      preload: join(app.getAppPath(), 'dist-electron', 'electron', 'preload.cjs'),
    });
    expect(startup.loadURL.calls).toEqual([[APP_ENTRY]]);
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  test('hardens every WebContents the app creates', () => {
    const listeners = new Map<string, (event: unknown) => void>();
    const contents = {
      on: (name: string, listener: (event: unknown) => void) => listeners.set(name, listener),
      setWindowOpenHandler: vi.fn(),
    };
    app.emit('web-contents-created', {}, contents);
    const preventDefault = vi.fn();
    listeners.get('will-navigate')?.({ url: 'https://example.com/', preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    const open = contents.setWindowOpenHandler.mock.calls[0]?.[0] as () => unknown;
    expect(open()).toEqual({ action: 'deny' });
  });

  test('denies permissions and remote requests on the default session', () => {
    const check = startup.permissionCheck.calls[0]?.[0] as () => boolean;
    expect(check()).toBe(false);
    expect(startup.permissionRequest.calls).toHaveLength(1);
    const listener = startup.onBeforeRequest.calls[0]?.[1] as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    const callback = vi.fn();
    listener({ url: 'https://example.com/' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });

  test('serves the renderer from the app folder with the strict CSP', async () => {
    const [scheme, handler] = startup.protocolHandle.calls[0] as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    const response = await handler(new Request(APP_ENTRY));
    expect(await response.text()).toContain('<title>Accord</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  test('has a menu with Lock on Ctrl/Cmd+L', () => {
    expect(menuItems.find((item) => item.id === 'lock')?.accelerator).toBe('CmdOrCtrl+L');
    expect(startup.setMenu.calls).toHaveLength(1);
  });
});

describe('IPC', () => {
  test('one handler on the contract channel answers the app window', async () => {
    expect(startup.ipcHandle.calls).toHaveLength(1);
    expect(startup.ipcHandle.calls[0]?.[0]).toBe(IPC_CHANNEL);
    expect(await call('vault.status')).toEqual({
      ok: true,
      value: { state: 'new', problem: null },
    });
  });

  test('refuses a subframe of the app window', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const subframe = { url: APP_ENTRY, parent: win.webContents.mainFrame, frameTreeNodeId: 2 };
    const result = await ipcHandler(
      { sender: win.webContents, senderFrame: subframe },
      'vault.status',
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  test('keeps the vault in a folder under userData', async () => {
    const result = await call('vault.setup', { passphrase: PASSPHRASE });
    expect(result.ok).toBe(true);
    expect(await state()).toBe('unlocked');
    expect(existsSync(join(fx.userData, 'vault', 'accord.db'))).toBe(true);
  });
});

describe('locking', { timeout: 30_000 }, () => {
  test('the menu Lock item locks and reloads the renderer', async () => {
    await unlock();
    (menuItems.find((item) => item.id === 'lock')?.click as () => void)();
    await expectLockedAndReloaded();
    expect(await lastLockSummary()).toBe('Locked by the counselor');
  });

  test('the computer going to sleep locks', async () => {
    await unlock();
    powerMonitor.emit('suspend');
    await expectLockedAndReloaded();
    expect(await lastLockSummary()).toBe('Locked when the computer went to sleep');
  });

  test('the screen locking locks', async () => {
    await unlock();
    powerMonitor.emit('lock-screen');
    await expectLockedAndReloaded();
    expect(await lastLockSummary()).toBe('Locked when the screen locked');
  });

  test('a lid closing (screen lock and sleep at once) locks once', async () => {
    await unlock();
    const before = await lockEventCount();
    powerMonitor.emit('lock-screen');
    powerMonitor.emit('suspend');
    await expectLockedAndReloaded();
    expect(win.loadURL).toHaveBeenCalledOnce();
    expect(await lockEventCount()).toBe(before + 1);
  });

  test('idle time past the auto-lock minutes locks', async () => {
    await unlock();
    powerMonitor.getSystemIdleTime.mockReturnValue(9 * 60);
    vi.advanceTimersByTime(15_000);
    await vi.waitFor(() => expect(powerMonitor.getSystemIdleTime).toHaveBeenCalled());
    expect(await state()).toBe('unlocked');

    powerMonitor.getSystemIdleTime.mockReturnValue(10 * 60);
    vi.advanceTimersByTime(15_000);
    await expectLockedAndReloaded();
    powerMonitor.getSystemIdleTime.mockReturnValue(0);
    expect(await lastLockSummary()).toBe('Locked after 10 idle minutes');
  });

  test('the idle limit follows the security setting', async () => {
    await unlock();
    expect((await call('settings.saveSecurity', { autoLockMinutes: 2 })).ok).toBe(true);
    powerMonitor.getSystemIdleTime.mockReturnValue(2 * 60);
    vi.advanceTimersByTime(15_000);
    await expectLockedAndReloaded();
    powerMonitor.getSystemIdleTime.mockReturnValue(0);
  });
});

describe('instances and quitting', { timeout: 30_000 }, () => {
  test('a second instance brings the first window back', () => {
    win.minimized = true;
    app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  test('closing the window quits', () => {
    app.quit.mockClear();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledOnce();
  });

  test('a system shutdown is held back for a normal quit', () => {
    app.quit.mockClear();
    const shutdown = { preventDefault: vi.fn() };
    powerMonitor.emit('shutdown', shutdown);
    expect(shutdown.preventDefault).toHaveBeenCalled();
    expect(app.quit).toHaveBeenCalledOnce();
  });

  test('the Windows session ending locks the vault', async () => {
    await unlock();
    win.emit('session-end');
    await vi.waitFor(async () => expect(await state()).toBe('locked'));
  });

  test('quitting waits until the vault is locked', async () => {
    await unlock();
    app.quit.mockClear();
    const first = { preventDefault: vi.fn() };
    app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(await state()).toBe('locked');
    // The quit main asked for goes through.
    const second = { preventDefault: vi.fn() };
    app.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(app.exit).not.toHaveBeenCalled();
  });
});
