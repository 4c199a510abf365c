import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  devContentSecurityPolicy,
  devServerUrl,
  inlineScriptHash,
} from '../../electron/dev-policy.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/policy.ts';

const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

describe('ACCORD_DEV_URL', () => {
  test('is ignored by a packaged app, whatever it says', () => {
    expect(devServerUrl('http://localhost:5173/', true)).toBeNull();
    expect(devServerUrl('https://evil.example/', true)).toBeNull();
  });

  test('is unset in a plain run', () => {
    expect(devServerUrl(undefined, false)).toBeNull();
    expect(devServerUrl('', false)).toBeNull();
  });

  test('in development must be an http URL on this machine', () => {
    expect(devServerUrl('http://localhost:5173/', false)?.origin).toBe('http://localhost:5173');
    expect(devServerUrl('http://127.0.0.1:5173/', false)?.origin).toBe('http://127.0.0.1:5173');
    for (const bad of ['https://example.com/', 'http://192.168.1.5:5173/', 'file:///x', 'nope']) {
      expect(() => devServerUrl(bad, false)).toThrow(/localhost/);
    }
  });
});

describe('the dev CSP', () => {
  const url = new URL('http://127.0.0.1:5173/');
  const hash = inlineScriptHash('import "/@react-refresh";');
  const dev = directives(devContentSecurityPolicy(url, [hash]));
  const prod = directives(CONTENT_SECURITY_POLICY);

  test('allows the dev server for scripts and its HMR websocket for connections', () => {
    expect(dev.get('script-src')).toBe(`'self' http://127.0.0.1:5173 ${hash}`);
    expect(dev.get('connect-src')).toBe('http://127.0.0.1:5173 ws://127.0.0.1:5173');
  });

  test('never allows arbitrary inline or evaluated script, nor any other origin', () => {
    expect(dev.get('script-src')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(devContentSecurityPolicy(url, [hash])).not.toMatch(/https:|\*/);
  });

  test('changes nothing else but the injected styles', () => {
    for (const [name, value] of prod) {
      if (name === 'script-src' || name === 'connect-src' || name === 'style-src') continue;
      expect(dev.get(name)).toBe(value);
    }
    expect(dev.get('style-src')).toBe(`'self' 'unsafe-inline'`);
  });

  test('leaves the production policy strict', () => {
    expect(prod.get('script-src')).toBe("'self'");
    expect(prod.get('connect-src')).toBe("'none'");
  });

  test('hashes an inline script the way CSP does', () => {
    const digest = createHash('sha256').update('x').digest('base64');
    expect(inlineScriptHash('x')).toBe(`'sha256-${digest}'`);
  });
});
