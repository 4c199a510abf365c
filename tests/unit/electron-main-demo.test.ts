import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import type { Result } from '../../shared/errors.ts';
import { APP_ENTRY } from '../../electron/policy.ts';

/**
 * main.ts started with --demo, wired to a fake Electron and the real app core: it must open the
 * sample practice's own folder (written here beforehand, at a small scale, as a first start
 * would write it), never the counselor's, and mark the page as the sample's.
 */
const fx = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const { mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { createApp } = await import('../../electron/app/index.ts');
  const { openDemoVault } = await import('../../electron/app/sample/demo.ts');

  const top = mkdtempSync(path.join(tmpdir(), 'accord-main-demo-'));
  const appPath = path.join(top, 'app');
  const userData = path.join(top, 'userData');
  mkdirSync(path.join(appPath, 'dist-renderer'), { recursive: true });
  writeFileSync(path.join(appPath, 'dist-renderer', 'index.html'), '<title>Accord</title>');
  const writer = createApp({ dataDir: path.join(userData, 'demo'), kdfTargetMs: 1 });
  await openDemoVault(writer, { scale: 0.02 });
  await writer.close();

  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    getAppPath: () => appPath,
    getPath: (name: string) => (name === 'userData' ? userData : path.join(top, name)),
    relaunch: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  const windows: BrowserWindow[] = [];
  class BrowserWindow extends EventEmitter {
    readonly webContents = {
      mainFrame: { url: '', parent: null, frameTreeNodeId: 1 },
      isDestroyed: () => false,
      session: { clearStorageData: vi.fn(async () => undefined) },
    };
    readonly loadURL = vi.fn(async (url: string) => {
      this.webContents.mainFrame.url = url;
    });
    readonly options: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      windows.push(this);
    }
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isDestroyed = () => false;
    isMinimized = () => false;
  }
  return {
    top,
    userData,
    windows,
    electron: {
      app,
      BrowserWindow,
      powerMonitor: Object.assign(new EventEmitter(), { getSystemIdleTime: vi.fn(() => 0) }),
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn(),
          webRequest: { onBeforeRequest: vi.fn() },
        },
      },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      dialog: { showSaveDialog: vi.fn() },
      Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
    },
  };
});
vi.mock('electron', () => fx.electron);

const { app, ipcMain } = fx.electron;
delete process.env.ACCORD_DEV_URL;
const argv = process.argv;
process.argv = [...argv, '--demo'];
await import('../../electron/main.ts');
await vi.waitFor(() => expect(fx.windows).toHaveLength(1), { timeout: 20_000 });
const win = fx.windows[0] as (typeof fx.windows)[number];
const loaded = [...win.loadURL.mock.calls];
type Handler = (event: unknown, channel: string, input: unknown) => Promise<Result<unknown>>;
const ipcHandler = ipcMain.handle.mock.calls[0]?.[1] as unknown as Handler;
const call = (channel: string, input: unknown = {}) =>
  ipcHandler({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, channel, input);

afterAll(async () => {
  process.argv = argv;
  // Quitting closes the vault first, then asks to quit again: only then is the folder free.
  const quits = app.quit.mock.calls.length;
  app.emit('before-quit', { preventDefault: () => undefined });
  await vi.waitFor(() => expect(app.quit.mock.calls.length).toBeGreaterThan(quits));
  rmSync(fx.top, { recursive: true, force: true });
});

describe('main.ts with --demo', () => {
  test('opens the sample practice, unlocked, from its own folder only', async () => {
    expect(await call('vault.status')).toEqual({
      ok: true,
      value: { state: 'unlocked', problem: null },
    });
    expect(await call('sample.status')).toEqual({ ok: true, value: { sample: true } });
    const clients = (await call('clients.list', { status: 'all' })) as { value: { total: number } };
    expect(clients.value.total).toBe(12);
    expect(existsSync(join(fx.userData, 'vault'))).toBe(false);
  });

  test('marks the page as the sample’s, for its unlock screen', () => {
    expect(loaded).toEqual([[`${APP_ENTRY}?sample=`]]);
  });

  test('answers sample.openDemo itself and restarts on the demo folder once', async () => {
    expect(await call('sample.openDemo')).toEqual({ ok: true, value: { opening: true } });
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(app.relaunch).toHaveBeenCalledOnce();
    const args = (app.relaunch.mock.calls[0] as unknown as [{ args: string[] }])[0].args;
    expect(args.filter((a) => a === '--demo')).toHaveLength(1);
  });
});
