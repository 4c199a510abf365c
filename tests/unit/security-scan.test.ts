import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/** scripts/security-scan.mjs run for real (Electronegativity included) over small fixtures. */
const SCRIPT = new URL('../../scripts/security-scan.mjs', import.meta.url).pathname;
const top = mkdtempSync(join(tmpdir(), 'accord-scan-test-'));
afterAll(() => rmSync(top, { recursive: true, force: true }));

let fixtures = 0;
function fixture(files: Record<string, string>, allowlist: unknown) {
  const dir = join(top, String(fixtures++));
  mkdirSync(join(dir, 'electron'), { recursive: true });
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(dir, 'electron', name), text);
  writeFileSync(join(dir, 'allow.json'), JSON.stringify(allowlist));
  const run = spawnSync(
    process.execPath,
    [SCRIPT, '--input', join(dir, 'electron'), '--allowlist', join(dir, 'allow.json')],
    { encoding: 'utf8', timeout: 120_000 },
  );
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const rows = (out: string) =>
  out
    .split('\n')
    .filter((line) => /^(NEW|allowed) /.test(line))
    .map((line) => line.split(/\s{2,}/).slice(0, 3));

const CLEAN = { 'ok.ts': 'export const x = 1;\n' };
const GLOBALS = [
  'CSP_GLOBAL_CHECK',
  'LIMIT_NAVIGATION_GLOBAL_CHECK',
  'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
].map((check) => ({ check, file: 'N/A', reason: 'fixture has no window' }));

describe('security scan', { timeout: 120_000 }, () => {
  test('fails on findings that are not allowlisted and names their files and lines', () => {
    const run = fixture(
      {
        'main.ts': [
          "import { BrowserWindow } from 'electron';",
          'const win = new BrowserWindow({ webPreferences: { webSecurity: false } });',
          "win.loadURL('http://example.com');",
        ].join('\n'),
        'preload.cts': 'new BrowserWindow({ webPreferences: { contextIsolation: false } });\n',
      },
      [],
    );
    expect(run.code).toBe(1);
    expect(rows(run.out)).toContainEqual(['NEW', 'WEB_SECURITY_JS_CHECK', 'electron/main.ts:2']);
    expect(rows(run.out)).toContainEqual(['NEW', 'HTTP_RESOURCES_JS_CHECK', 'electron/main.ts:3']);
    // .cts files are scanned too, under their real name.
    expect(rows(run.out)).toContainEqual([
      'NEW',
      'CONTEXT_ISOLATION_JS_CHECK',
      'electron/preload.cts:1',
    ]);
    expect(run.err).toContain('Fix the new finding(s)');
  });

  test('passes when every finding is allowlisted, and warns about stale entries', () => {
    const stale = { check: 'SANDBOX_JS_CHECK', file: 'electron/gone.ts', reason: 'was removed' };
    const run = fixture(CLEAN, [...GLOBALS, stale]);
    expect(run.code).toBe(0);
    expect(rows(run.out).map((row) => row[0])).toEqual(['allowed', 'allowed', 'allowed']);
    expect(run.err).toContain('stale allowlist entry SANDBOX_JS_CHECK electron/gone.ts');
  });

  test('an entry pinned to a line of code does not cover another finding in the same file', () => {
    const code = [
      "import { BrowserWindow } from 'electron';",
      'new BrowserWindow({ webPreferences: { webSecurity: false } });',
    ].join('\n');
    const pinned = { check: 'WEB_SECURITY_JS_CHECK', file: 'electron/w.ts', reason: 'r' };
    const allowed = fixture({ 'w.ts': code }, [...GLOBALS, { ...pinned, code: 'webSecurity' }]);
    expect(rows(allowed.out)).toContainEqual([
      'allowed',
      'WEB_SECURITY_JS_CHECK',
      'electron/w.ts:2',
    ]);
    const other = fixture({ 'w.ts': code }, [...GLOBALS, { ...pinned, code: 'something else' }]);
    expect(rows(other.out)).toContainEqual(['NEW', 'WEB_SECURITY_JS_CHECK', 'electron/w.ts:2']);
  });

  test('evaluates the CSP in policy.ts, which the scanner cannot see in a response header', () => {
    const weak = 'export const CONTENT_SECURITY_POLICY = "script-src \'unsafe-inline\'";\n';
    const run = fixture({ 'policy.ts': weak }, GLOBALS);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(
      /NEW\s+CSP_GLOBAL_CHECK\s+electron\/policy\.ts\s+HIGH: 'unsafe-inline'/,
    );
  });

  test('a file the scanner cannot parse fails the scan', () => {
    const run = fixture({ ...CLEAN, 'broken.ts': 'const = ;\n' }, GLOBALS);
    expect(run.code).toBe(1);
    expect(run.err).toContain('Cannot parse electron/broken.ts');
  });

  test('an allowlist entry without a reason is rejected', () => {
    const run = fixture(CLEAN, [{ check: 'CSP_GLOBAL_CHECK', file: 'N/A' }]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('needs a non-empty "reason"');
  });
});
