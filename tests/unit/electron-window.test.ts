import { join } from 'node:path';
import type { Session, WebContents } from 'electron';
import { describe, expect, test, vi } from 'vitest';

const electron = vi.hoisted(() => {
  class BrowserWindow {
    readonly whenOnce = new Map<string, () => void>();
    readonly show = vi.fn();
    readonly options: unknown;
    constructor(options: unknown) {
      this.options = options;
      windows.push(this);
    }
    once(event: string, listener: () => void) {
      this.whenOnce.set(event, listener);
      return this;
    }
  }
  const windows: BrowserWindow[] = [];
  return { windows, BrowserWindow };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

const {
  blockRemoteRequests,
  createMainWindow,
  hardenWebContents,
  installPermissionGuards,
  isAllowedNavigation,
  isBlockedRequest,
  preloadPath,
  windowOptions,
} = await import('../../electron/window.ts');
const { APP_ENTRY, APP_ORIGIN } = await import('../../electron/policy.ts');

type Listener = (...args: unknown[]) => unknown;

/** A WebContents that records what the guards install, so the test can fire events at them. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: Listener | null = null;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: Listener) {
      openHandler = handler;
    },
  };
  return {
    contents: contents as unknown as WebContents,
    /** Fires `event` the way Electron does and reports whether a guard prevented it. */
    fire(event: string, url = '') {
      const preventDefault = vi.fn();
      for (const listener of listeners.get(event) ?? []) listener({ url, preventDefault }, url);
      return preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler?.({ url }),
    listeners,
  };
}

describe('window options', () => {
  const options = windowOptions({ appPath: '/opt/accord/resources/app.asar', devTools: false });
  const prefs = options.webPreferences ?? {};

  test('isolate the renderer from Node and from main', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      plugins: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  test('load no remote content: no spellchecker downloads, DevTools only in dev', () => {
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.devTools).toBe(false);
    expect(windowOptions({ appPath: '/x', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  test('use the compiled CommonJS preload inside the app', () => {
    const expected = join(
      '/opt/accord/resources/app.asar',
      'dist-electron',
      'electron',
      'preload.cjs',
    );
    expect(prefs.preload).toBe(expected);
    expect(preloadPath('/opt/accord/resources/app.asar')).toBe(expected);
  });

  test('createMainWindow builds the window from these options and shows it when ready', () => {
    createMainWindow({ appPath: '/app', devTools: false });
    const win = electron.windows.at(-1);
    expect(win?.options).toEqual(windowOptions({ appPath: '/app', devTools: false }));
    expect(win?.show).not.toHaveBeenCalled();
    win?.whenOnce.get('ready-to-show')?.();
    expect(win?.show).toHaveBeenCalledOnce();
  });
});

describe('navigation guards', () => {
  test.each([
    ['will-navigate', 'https://example.com/'],
    ['will-navigate', 'http://accord/index.html'],
    ['will-navigate', 'file:///etc/passwd'],
    ['will-navigate', 'app://evil/index.html'],
    ['will-navigate', 'javascript:alert(1)'],
    ['will-navigate', 'not a url'],
    ['will-redirect', 'https://example.com/'],
    ['will-redirect', 'app://accord.evil.com/'],
  ])('%s to %s is denied', (event, url) => {
    const page = fakeContents();
    hardenWebContents(page.contents, APP_ORIGIN);
    expect(page.fire(event, url)).toBe(true);
  });

  test.each(['will-navigate', 'will-redirect'])('%s within the app origin is allowed', (event) => {
    const page = fakeContents();
    hardenWebContents(page.contents, APP_ORIGIN);
    expect(page.fire(event, APP_ENTRY)).toBe(false);
    expect(page.fire(event, `${APP_ORIGIN}/#/clients`)).toBe(false);
  });

  test('window.open is denied for every URL, the app origin included', () => {
    const page = fakeContents();
    hardenWebContents(page.contents, APP_ORIGIN);
    expect(page.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(page.open(APP_ENTRY)).toEqual({ action: 'deny' });
  });

  test('a <webview> is never attached', () => {
    const page = fakeContents();
    hardenWebContents(page.contents, APP_ORIGIN);
    expect(page.listeners.get('will-attach-webview')).toHaveLength(1);
    expect(page.fire('will-attach-webview')).toBe(true);
  });

  test('the dev origin is trusted only when it is the one passed in', () => {
    expect(isAllowedNavigation('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/', APP_ORIGIN)).toBe(false);
  });
});

function fakeSession() {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  return { session, asSession: session as unknown as Session };
}

/** The three handlers installPermissionGuards gives a session. */
function guardedSession() {
  const { session, asSession } = fakeSession();
  installPermissionGuards(asSession);
  const first = (mock: { mock: { calls: unknown[][] } }) => mock.mock.calls[0]?.[0] as Listener;
  return {
    request: first(session.setPermissionRequestHandler),
    check: first(session.setPermissionCheckHandler),
    device: first(session.setDevicePermissionHandler),
  };
}

describe('permission guards', () => {
  test.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
  ])('a request for %s is refused', (permission) => {
    const callback = vi.fn();
    guardedSession().request({}, permission, callback, { requestingUrl: APP_ENTRY });
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  test.each(['media', 'clipboard-sanitized-write', 'hid', 'serial', 'usb'])(
    'a check for %s answers no',
    (permission) => {
      expect(guardedSession().check({}, permission, APP_ORIGIN, {})).toBe(false);
    },
  );

  test('device access answers no', () => {
    expect(guardedSession().device({ deviceType: 'usb', origin: APP_ORIGIN })).toBe(false);
  });
});

describe('remote request blocking', () => {
  test.each([
    'https://example.com/tracker.js',
    'http://127.0.0.1:8080/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///home/counselor/notes.txt',
    'http://localhost:5173/src/main.tsx',
  ])('%s is cancelled in production', (url) => {
    expect(isBlockedRequest(url, [])).toBe(true);
  });

  test.each([`${APP_ORIGIN}/assets/index.js`, 'data:image/png;base64,AA==', 'blob:app://accord/1'])(
    '%s stays inside the app and is allowed',
    (url) => {
      expect(isBlockedRequest(url, [])).toBe(false);
    },
  );

  test('the dev server and its websocket are allowed only when listed', () => {
    const dev = ['http://localhost:5173', 'ws://localhost:5173'];
    expect(isBlockedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(false);
    expect(isBlockedRequest('ws://localhost:5173/?token=x', dev)).toBe(false);
    expect(isBlockedRequest('http://localhost:5174/', dev)).toBe(true);
  });

  test('blockRemoteRequests installs the check on every URL of the session', () => {
    const { session, asSession } = fakeSession();
    blockRemoteRequests(asSession, []);
    const [filter, listener] = session.webRequest.onBeforeRequest.mock.calls[0] as [
      { urls: string[] },
      Listener,
    ];
    expect(filter.urls).toEqual(['<all_urls>']);
    const callback = vi.fn();
    listener({ url: 'https://example.com/' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
    listener({ url: APP_ENTRY }, callback);
    expect(callback).toHaveBeenLastCalledWith({ cancel: false });
  });
});
