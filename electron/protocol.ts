import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, MIME_TYPES, RESPONSE_HEADERS } from './policy.ts';

/**
 * `standard` gives app://accord/ a real origin (relative URLs, storage isolation, CSP 'self');
 * `secure` makes it a secure context. `supportFetchAPI` follows Electron's guide for serving an
 * app from a custom scheme; page code still cannot fetch anything, because connect-src is 'none'.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true };

/** Must run before the app is ready: Chromium fixes scheme privileges at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } },
  ]);
}

/**
 * The file under `root` that an app:// URL names, or null when it names anything outside it.
 * Percent-decoding happens before the containment check, so `..%2F` cannot climb out.
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  if (!URL.canParse(requestUrl)) return null;
  const url = new URL(requestUrl);
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const base = resolve(root);
  const file = resolve(base, `.${pathname}`);
  const inside = relative(base, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return null;
  }
  return file;
}

function refusal(status: 404 | 405): Response {
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', {
    status,
    headers: { ...RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Serves the built renderer read-only, every response carrying the strict CSP. */
export function createAppHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const file = resolveAppFile(root, request.url);
    if (file === null) return refusal(404);
    let body: Uint8Array;
    try {
      body = new Uint8Array(await readFile(file));
    } catch {
      return refusal(404);
    }
    const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...RESPONSE_HEADERS, 'Content-Type': type },
    });
  };
}

export function serveApp(root: string): void {
  protocol.handle(APP_SCHEME, createAppHandler(root));
}
