import {
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  type Session,
  type WebContents,
} from 'electron';
import { join } from 'node:path';
import { originOf } from './origin.ts';

/** Where `tsc` writes the preload, relative to the app folder (or app.asar). */
export function preloadPath(appPath: string): string {
  return join(appPath, 'dist-electron', 'electron', 'preload.cjs');
}

export interface WindowConfig {
  appPath: string;
  /** Off in packaged builds: DevTools would let anyone at an unlocked laptop script the vault. */
  devTools: boolean;
}

export function windowOptions({
  appPath,
  devTools,
}: WindowConfig): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    title: 'Accord',
    // Shown on ready-to-show so the counselor never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath(appPath),
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
      safeDialogs: true,
      // Middle-click (auxclick) is a second path to opening links; Accord has no use for it.
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker downloads dictionaries from Google: no network traffic at all.
      spellcheck: false,
      devTools,
    },
  };
}

export function createMainWindow(config: WindowConfig): BrowserWindow {
  const win = new BrowserWindow(windowOptions(config));
  win.once('ready-to-show', () => win.show());
  return win;
}

/** Only the app's own pages may be shown; a link or a redirect to anything else goes nowhere. */
export function isAllowedNavigation(url: string, trustedOrigin: string): boolean {
  return originOf(url) === trustedOrigin;
}

/**
 * Installed on every WebContents the app creates (main.ts listens to `web-contents-created`),
 * so a frame or window that slips past the CSP still cannot leave the app or open anything.
 */
export function hardenWebContents(contents: WebContents, trustedOrigin: string): void {
  const guard = (event: { url: string; preventDefault(): void }) => {
    if (!isAllowedNavigation(event.url, trustedOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Accord needs no camera, microphone, notifications, clipboard reads or any other permission. */
export function installPermissionGuards(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/** True when a request leaves the app: any network or file URL outside the allowed origins. */
export function isBlockedRequest(url: string, allowedOrigins: readonly string[]): boolean {
  const scheme = URL.canParse(url) ? new URL(url).protocol : null;
  if (scheme === null) return true;
  if (!NETWORK_SCHEMES.has(scheme)) return false;
  const origin = originOf(url);
  return origin === null || !allowedOrigins.includes(origin);
}

/**
 * A second wall behind the CSP: the session itself refuses network and file requests, so no
 * renderer bug, injected markup or Chromium feature can reach a server.
 */
export function blockRemoteRequests(session: Session, allowedOrigins: readonly string[]): void {
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: isBlockedRequest(details.url, allowedOrigins) });
  });
}
