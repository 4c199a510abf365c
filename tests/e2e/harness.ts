import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page, type Request, type Route } from 'playwright-core';
import type { DispatchOptions } from '../../electron/app/dispatch.ts';
import { createApp, type App } from '../../electron/app/index.ts';
import { MIME_TYPES, RESPONSE_HEADERS } from '../../electron/policy.ts';
import { createClient, type AccordClient } from '../../shared/api.ts';
import { tempDir } from '../support/app.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'dist-renderer');
const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

/**
 * Chromium does not route custom schemes, so the build is served from an http origin instead.
 * Every request to it is answered by `context.route` from dist-renderer: no socket is ever opened.
 */
export const APP_ORIGIN = 'http://accord.localhost';
export const APP_URL = `${APP_ORIGIN}/index.html`;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedApp {
  page: Page;
  dataDir: string;
  /** Where the app's "save as" dialogs answer: exports land here, apart from the data folder. */
  exportDir: string;
  /** The same app core the page talks to, for arranging data a test is not about. */
  call: AccordClient;
  /** The core itself, for the rare test that must reach under it (e.g. to damage the trail). */
  core: App;
  /** Console errors, page errors and blocked requests seen so far (CSP violations included). */
  problems: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A data folder the test keeps (default: a fresh temporary one, removed on close). */
  dataDir?: string;
  /**
   * A Chromium profile folder (user-data-dir) the test keeps and can inspect after close.
   * Default: Playwright's own temporary profile, removed on close.
   */
  profileDir?: string;
  /** The temporary folder the Chromium processes are given (TMPDIR); default: the system's. */
  tmpDir?: string;
  /** Where the core reports unexpected failures: the shell logs them (electron/log.ts). */
  onInternalError?: DispatchOptions['onInternalError'];
}

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `The e2e tests need Chromium, and there is none at ${path}. Install it with ` +
        '`sudo apt-get update && sudo apt-get install -y chromium` (Debian/Ubuntu), or set ' +
        'CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  return path;
}

function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      `There is no renderer build in ${DIST}: run npm run build:renderer before the e2e tests.`,
    );
  }
}

/** Answers a request for the app origin from the build, with the real CSP and headers. */
async function serveBuild(route: Route, request: Request): Promise<void> {
  const url = new URL(request.url());
  const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  const file = resolve(DIST, relative);
  // The same rule as the Electron protocol handler: nothing outside the build folder.
  if (!file.startsWith(DIST + sep) || !existsSync(file)) {
    await route.fulfill({ status: 404, headers: { ...RESPONSE_HEADERS }, body: 'Not found' });
    return;
  }
  const type = MIME_TYPES[extname(file)] ?? 'application/octet-stream';
  await route.fulfill({
    status: 200,
    headers: { ...RESPONSE_HEADERS, 'Content-Type': type },
    body: readFileSync(file),
  });
}

/**
 * Opens the built renderer in headless Chromium with `window.accord` bound to the real app core
 * (a real encrypted database in `dataDir`), exactly as the preload and ipc.ts bind it in
 * Electron: the page sends a channel name and plain data, and gets a Result back.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const executablePath = chromiumPath();
  requireBuild();
  const dataDir = options.dataDir ?? tempDir('accord-e2e-');
  const exportDir = tempDir('accord-e2e-export-');
  // Stands in for Electron's save dialog: the counselor "picks" the suggested name in exportDir.
  const files = {
    chooseSavePath: async ({ suggestedName }: { suggestedName: string }) =>
      join(exportDir, suggestedName),
    chooseFolder: async () => join(exportDir, 'backups'),
  };
  const app = createApp({
    dataDir,
    checkOutputs: true,
    files,
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
  });
  const problems: string[] = [];

  const launch = {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    ...(options.tmpDir ? { env: { ...process.env, TMPDIR: options.tmpDir } } : {}),
  };
  const viewport = { width: 1280, height: 800 };
  // A persistent context is the only way to give Chromium a profile folder of our choosing.
  const browser = options.profileDir
    ? await chromium.launchPersistentContext(options.profileDir, { ...launch, viewport })
    : await chromium.launch(launch);
  try {
    const context = 'newContext' in browser ? await browser.newContext({ viewport }) : browser;
    await context.route('**/*', async (route, request) => {
      if (request.url().startsWith(`${APP_ORIGIN}/`)) return serveBuild(route, request);
      problems.push(`blocked request: ${request.url()}`);
      await route.abort('blockedbyclient');
    });
    await context.exposeBinding('__accordInvoke', (_source, channel: unknown, input: unknown) =>
      app.dispatch(channel, input),
    );
    await context.addInitScript({
      content:
        'Object.defineProperty(window, "accord", { value: Object.freeze({ invoke: (channel, input) => window.__accordInvoke(channel, input) }) });',
    });

    // A persistent context opens with a blank page of its own: use it rather than add another.
    const page = context.pages()[0] ?? (await context.newPage());
    // Every screen answers in well under a second; a failing test should say so quickly.
    page.setDefaultTimeout(10_000);
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(APP_URL);

    return {
      page,
      dataDir,
      exportDir,
      call: createClient({ invoke: app.dispatch }),
      core: app,
      problems,
      close: async () => {
        await browser.close();
        await app.close();
        rmSync(exportDir, { recursive: true, force: true });
        if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    await app.close();
    rmSync(exportDir, { recursive: true, force: true });
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Saves a full-page screenshot as test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  return path;
}

/** Dialogs are fixed to the viewport: a tall page is photographed whole with a taller window. */
export async function screenshotTall(page: Page, name: string): Promise<void> {
  const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
  await page.setViewportSize({ width: 1280, height: Math.max(1100, height) });
  await screenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Renders a saved PDF's pages to PNG beside the screenshots, to be looked at like them. */
export function pdfPreview(pdfPath: string, name: string): void {
  mkdirSync(SCREENSHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(SCREENSHOTS, name)]);
}
