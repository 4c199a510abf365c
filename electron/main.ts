import { app, dialog, Menu, powerMonitor, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { ChannelOutput } from '../shared/contract.ts';
import { AUTO_LOCK_LIMITS } from '../shared/domain/settings.ts';
import { createApp } from './app/index.ts';
import { installAutoLock } from './auto-lock.ts';
import { openDemoVault } from './app/sample/demo.ts';
import { dataDirFor, entryFor, relaunchArgs, wantsDemo, withDemoChannel } from './demo-mode.ts';
import { devServerUrl } from './dev-policy.ts';
import { saveDialogs } from './file-dialogs.ts';
import { registerIpc } from './ipc.ts';
import { logError } from './log.ts';
import { menuTemplate } from './menu.ts';
import { APP_ENTRY, APP_ORIGIN } from './policy.ts';
import { registerAppScheme, serveApp } from './protocol.ts';
import {
  blockRemoteRequests,
  createMainWindow,
  hardenWebContents,
  installPermissionGuards,
} from './window.ts';

// Synchronously, before anything awaits: Chromium fixes scheme privileges and the sandbox at
// startup, and an ESM entry can otherwise lose the race with the ready event.
registerAppScheme();
app.enableSandbox();

const devUrl = devServerUrl(process.env.ACCORD_DEV_URL, app.isPackaged);
// `--demo`: the sample practice, in a data folder of its own (see demo-mode.ts).
const demo = wantsDemo(process.argv);
const entryUrl = entryFor(devUrl?.href ?? APP_ENTRY, demo);
const trustedOrigin = devUrl?.origin ?? APP_ORIGIN;
const devOrigins = devUrl ? [devUrl.origin, `ws://${devUrl.host}`] : [];

// Two processes on one encrypted database would fight over it: the second one hands over.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, trustedOrigin));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail('startup', error));
}

function fail(where: string, error: unknown): void {
  logError(where, error);
  app.exit(1);
}

async function start(): Promise<void> {
  installPermissionGuards(session.defaultSession);
  blockRemoteRequests(session.defaultSession, devOrigins);
  serveApp(join(app.getAppPath(), 'dist-renderer'));

  const core = createApp({
    dataDir: dataDirFor(app.getPath('userData'), demo),
    onInternalError: (channel, error) => logError(`core ${channel}`, error),
    files: saveDialogs(dialog, () => liveWindow()),
  });
  let win: BrowserWindow | null = null;
  const liveWindow = () => (win && !win.isDestroyed() ? win : null);

  /** A fresh page holds nothing: the renderer starts at the lock screen with empty caches. */
  const showLockScreen = async () => {
    const target = liveWindow();
    if (!target) return;
    await target.webContents.session.clearStorageData();
    await target.loadURL(entryUrl);
  };
  // One vault lock at a time: closing a laptop lid fires lock-screen and suspend together.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  const lock = async (reason: string) => {
    const locked = await serially(async () => {
      if (!core.vault.isUnlocked) return false;
      await core.vault.lock(reason);
      return true;
    });
    if (locked) await showLockScreen();
  };
  // Closing locks the vault: the database is closed and its key wiped before the process ends.
  const closeVault = () => serially(() => core.close()).catch((e: unknown) => logError('quit', e));

  // The first-run screen's "Explore a sample practice": restart on the demo folder.
  const openDemo = () => {
    app.relaunch({ args: relaunchArgs(process.argv) });
    app.quit();
  };
  registerIpc({
    dispatch: withDemoChannel(core.dispatch, openDemo),
    appContents: () => liveWindow()?.webContents ?? null,
    trustedOrigin,
  });
  const onLock = () => void lock('by the counselor').catch((e: unknown) => logError('lock', e));
  const template = menuTemplate({ platform: process.platform, dev: !app.isPackaged, onLock });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  const stopAutoLock = installAutoLock({
    powerMonitor,
    isUnlocked: () => core.vault.isUnlocked,
    autoLockMinutes: async () => {
      const result = await core.dispatch('settings.get', {});
      if (!result.ok) return AUTO_LOCK_LIMITS.default;
      return (result.value as ChannelOutput<'settings.get'>).security.autoLockMinutes;
    },
    lock,
  });

  app.on('second-instance', () => {
    const target = liveWindow();
    if (!target) return;
    if (target.isMinimized()) target.restore();
    target.focus();
  });
  app.on('window-all-closed', () => app.quit());

  // Quitting waits for the vault to close; the quit asked for afterwards goes through.
  let quitting = false;
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    if (quitting) return;
    quitting = true;
    stopAutoLock();
    void closeVault().then(() => {
      closed = true;
      app.quit();
    });
  });

  // A shutdown or log-off can end the process without a normal quit: lock on the way out.
  powerMonitor.on('shutdown', (event?: { preventDefault(): void }) => {
    event?.preventDefault();
    app.quit();
  });

  // The sample practice opens unlocked, written on its first start (about half a minute). If it
  // cannot be (its passphrase was changed), the window shows its unlock screen as usual.
  if (demo) await openDemoVault(core).catch((error: unknown) => logError('demo', error));
  win = createMainWindow({ appPath: app.getAppPath(), devTools: !app.isPackaged });
  win.on('session-end', () => void closeVault());
  win.on('closed', () => {
    win = null;
  });
  win.loadURL(entryUrl).catch((error: unknown) => logError('load', error));
}
