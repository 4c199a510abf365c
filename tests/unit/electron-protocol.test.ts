import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => ({ protocol: electron.protocol }));

const { createAppHandler, registerAppScheme, resolveAppFile, serveApp } =
  await import('../../electron/protocol.ts');
const { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, RESPONSE_HEADERS } =
  await import('../../electron/policy.ts');

// A built renderer next to a file it must never serve.
const top = mkdtempSync(join(tmpdir(), 'accord-protocol-'));
const root = join(top, 'dist-renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Accord</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {};');
writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
writeFileSync(join(top, 'secret.txt'), 'client notes');
afterAll(() => rmSync(top, { recursive: true, force: true }));

const handler = createAppHandler(root);
const get = (path: string, init?: RequestInit) =>
  handler(new Request(`${APP_ORIGIN}${path}`, init));

describe('app:// scheme', () => {
  test('is registered as standard and secure', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: APP_SCHEME, privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const privileges =
      electron.protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0][0].privileges;
    // These would let the page escape its CSP or share its origin with others.
    expect(privileges).not.toHaveProperty('bypassCSP');
    expect(privileges).not.toHaveProperty('corsEnabled');
  });

  test('serveApp hands the scheme to a handler over the given folder', async () => {
    serveApp(root);
    const [scheme, registered] = electron.protocol.handle.mock.calls[0] as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(scheme).toBe(APP_SCHEME);
    const response = await registered(new Request(`${APP_ORIGIN}/index.html`));
    expect(response.status).toBe(200);
  });
});

describe('serving the renderer', () => {
  test('index.html comes with the strict CSP and every security header', async () => {
    const response = await get('/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Accord</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    for (const [name, value] of Object.entries(RESPONSE_HEADERS)) {
      expect(response.headers.get(name)).toBe(value);
    }
  });

  test('the CSP allows nothing remote, inline or evaluated', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  test('the root serves index.html', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Accord</title>');
  });

  test('scripts and styles get their types', async () => {
    const js = await get('/assets/index-abc.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const css = await get('/assets/index-abc.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  test('HEAD answers without a body', async () => {
    const response = await get('/index.html', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  test('writes are refused', async () => {
    const response = await get('/index.html', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  test.each(['/missing.js', '/assets', '/assets/', '/assets/other.js'])(
    'an unknown file %s is 404',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    },
  );
});

describe('path traversal', () => {
  test.each([
    '/..%2Fsecret.txt',
    '/assets/..%2F..%2Fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5Csecret.txt',
    '/assets%2F..%2F..%2Fsecret.txt',
    '/%2Fetc%2Fpasswd',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('%s is refused', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('client notes');
  });

  test('dot segments the URL parser already resolved stay inside the folder', async () => {
    const response = await handler(new Request(`${APP_ORIGIN}/assets/../../secret.txt`));
    expect(response.status).toBe(404);
  });

  test('resolveAppFile never names a file outside the root', () => {
    expect(resolveAppFile(root, `${APP_ORIGIN}/..%2Fsecret.txt`)).toBeNull();
    expect(resolveAppFile(root, `${APP_ORIGIN}/..%2F`)).toBeNull();
    expect(resolveAppFile(root, `${APP_ORIGIN}/assets/index-abc.js`)).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
  });

  test.each(['app://other/index.html', 'file:///etc/passwd', 'https://accord/index.html', '::'])(
    '%s is not an app file',
    (url) => {
      expect(resolveAppFile(root, url)).toBeNull();
    },
  );
});
