import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebContents, WebFrameMain } from 'electron';
import { afterAll, describe, expect, test, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
}));
vi.mock('electron', () => ({ ipcMain: electron.ipcMain }));

const { FORBIDDEN, createIpcHandler, isTrustedSender, registerIpc } =
  await import('../../electron/ipc.ts');
const { createApp } = await import('../../electron/app/index.ts');
const { APP_ENTRY, APP_ORIGIN } = await import('../../electron/policy.ts');
const { IPC_CHANNEL } = await import('../../shared/contract.ts');

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  frameTreeNodeId: number;
}

let nextFrameId = 1;
function frame(url: string, parent: FakeFrame | null = null): FakeFrame {
  return { url, parent, frameTreeNodeId: nextFrameId++ };
}

function contents(url = APP_ENTRY) {
  const mainFrame = frame(url);
  let destroyed = false;
  const wc = { mainFrame, isDestroyed: () => destroyed };
  return {
    wc: wc as unknown as WebContents,
    mainFrame,
    destroy: () => {
      destroyed = true;
    },
  };
}

function event(sender: WebContents, senderFrame: FakeFrame | null) {
  return { sender, senderFrame: senderFrame as unknown as WebFrameMain | null };
}

describe('isTrustedSender', () => {
  test('the app window top frame on the app origin is trusted', () => {
    const app = contents();
    expect(isTrustedSender(event(app.wc, app.mainFrame), app.wc, APP_ORIGIN)).toBe(true);
  });

  test('a frame that is gone (null) is refused', () => {
    const app = contents();
    expect(isTrustedSender(event(app.wc, null), app.wc, APP_ORIGIN)).toBe(false);
  });

  test('a subframe of the app window is refused, even on the app origin', () => {
    const app = contents();
    const child = frame(APP_ENTRY, app.mainFrame);
    expect(isTrustedSender(event(app.wc, child), app.wc, APP_ORIGIN)).toBe(false);
  });

  test('a top frame showing another origin is refused', () => {
    for (const url of [
      'https://example.com/',
      'file:///index.html',
      'app://evil/',
      'about:blank',
    ]) {
      const app = contents(url);
      expect(isTrustedSender(event(app.wc, app.mainFrame), app.wc, APP_ORIGIN)).toBe(false);
    }
  });

  test('another WebContents is refused, even with an app URL', () => {
    const app = contents();
    const other = contents();
    expect(isTrustedSender(event(other.wc, other.mainFrame), app.wc, APP_ORIGIN)).toBe(false);
    // A frame of another window claiming to be sent by the app window.
    expect(isTrustedSender(event(app.wc, other.mainFrame), app.wc, APP_ORIGIN)).toBe(false);
  });

  test('nothing is trusted when the app window is missing or destroyed', () => {
    const app = contents();
    expect(isTrustedSender(event(app.wc, app.mainFrame), null, APP_ORIGIN)).toBe(false);
    app.destroy();
    expect(isTrustedSender(event(app.wc, app.mainFrame), app.wc, APP_ORIGIN)).toBe(false);
  });

  test('the dev origin is trusted only when it is the trusted origin', () => {
    const dev = contents('http://localhost:5173/');
    const devEvent = event(dev.wc, dev.mainFrame);
    expect(isTrustedSender(devEvent, dev.wc, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender(devEvent, dev.wc, APP_ORIGIN)).toBe(false);
  });
});

describe('the IPC handler over the real app core', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-ipc-'));
  const core = createApp({ dataDir });
  afterAll(async () => {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const app = contents();
  const handler = createIpcHandler({
    dispatch: core.dispatch,
    appContents: () => app.wc,
    trustedOrigin: APP_ORIGIN,
  });

  test('a call from the app window reaches dispatch and returns its result', async () => {
    const result = await handler(event(app.wc, app.mainFrame), 'vault.status', {});
    expect(result).toEqual({ ok: true, value: { state: 'new', problem: null } });
  });

  test('contract errors come back as data', async () => {
    const unknown = await handler(event(app.wc, app.mainFrame), 'clients.dump', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const locked = await handler(event(app.wc, app.mainFrame), 'settings.get', {});
    expect(locked).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  test('forged senders get FORBIDDEN and never reach dispatch', async () => {
    const dispatch = vi.fn(core.dispatch);
    const guarded = createIpcHandler({
      dispatch,
      appContents: () => app.wc,
      trustedOrigin: APP_ORIGIN,
    });
    const other = contents();
    const forged = [
      event(app.wc, null),
      event(app.wc, frame(APP_ENTRY, app.mainFrame)),
      event(other.wc, other.mainFrame),
      event(contents('https://example.com/').wc, frame('https://example.com/')),
    ];
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const e of forged) {
      expect(await guarded(e, 'vault.status', {})).toEqual(FORBIDDEN);
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(FORBIDDEN).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  test('before the window exists every call is refused', async () => {
    const early = createIpcHandler({
      dispatch: core.dispatch,
      appContents: () => null,
      trustedOrigin: APP_ORIGIN,
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await early(event(app.wc, app.mainFrame), 'vault.status', {})).toEqual(FORBIDDEN);
  });

  test('a dispatch that throws is turned into INTERNAL with no message or stack leaked', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = createIpcHandler({
      dispatch: () => Promise.reject(new Error('SQLITE_CONSTRAINT: clients.name = Jane Doe')),
      appContents: () => app.wc,
      trustedOrigin: APP_ORIGIN,
    });
    const result = await broken(event(app.wc, app.mainFrame), 'vault.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('Jane');
    expect(JSON.stringify(log.mock.calls)).not.toContain('Jane');
    expect(log).toHaveBeenCalledWith('[accord] ipc vault.status: Error');
  });
});

describe('registerIpc', () => {
  test('installs one handler on the contract channel and can remove it', async () => {
    const dispose = registerIpc({
      dispatch: async () => ({ ok: true, value: 'pong' }),
      appContents: () => null,
      trustedOrigin: APP_ORIGIN,
    });
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(electron.ipcMain.handle.mock.calls[0]?.[0]).toBe(IPC_CHANNEL);
    dispose();
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledWith(IPC_CHANNEL);
  });
});
