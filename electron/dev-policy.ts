import { createHash } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from './policy.ts';

/** Vite's dev server must run on this machine: even in development nothing loads from afar. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The renderer's URL in development (`npm run dev` sets ACCORD_DEV_URL), or null. A packaged
 * build never honours it, so an environment variable cannot point the shipped app elsewhere.
 */
export function devServerUrl(value: string | undefined, isPackaged: boolean): URL | null {
  if (isPackaged || !value) return null;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error('ACCORD_DEV_URL must be an http:// URL on localhost.');
  }
  return url;
}

/** The CSP source for one inline script, so dev can allow exactly that script and no other. */
export function inlineScriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * The production CSP loosened only where Vite's dev server needs it: its HMR websocket, the
 * inline React Refresh preamble (by hash), and the <style> elements it injects for CSS modules.
 */
export function devContentSecurityPolicy(devUrl: URL, inlineScriptHashes: string[]): string {
  const origin = devUrl.origin;
  const socket = `ws://${devUrl.host}`;
  const overrides: Record<string, string> = {
    'script-src': ["'self'", origin, ...inlineScriptHashes].join(' '),
    'style-src': `'self' 'unsafe-inline'`,
    'connect-src': `${origin} ${socket}`,
  };
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => {
      const name = directive.split(' ')[0] ?? '';
      return overrides[name] === undefined ? directive : `${name} ${overrides[name]}`;
    })
    .join('; ');
}
