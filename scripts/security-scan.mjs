#!/usr/bin/env node
/**
 * `npm run test:security`: Electronegativity over the Electron shell, compared with an
 * allowlist in which every accepted finding carries its reason. Exits 1 on any finding that is
 * not allowlisted, on a file the scanner cannot parse, or when the scanner itself fails.
 *
 *   node scripts/security-scan.mjs [--input electron] [--allowlist build/electronegativity-allowlist.json]
 *
 * Electronegativity exits 0 whatever it finds, so its SARIF report is read instead. It does not
 * model a CSP sent as a response header (ours comes from protocol.ts), so the CSP in
 * <input>/policy.ts is run through the evaluator Electronegativity itself uses.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const scannerPackage = require.resolve('@doyensec/electronegativity/package.json');
const scannerRequire = createRequire(scannerPackage);
const SCANNER_CLI = join(scannerPackage, '..', 'dist', 'index.js');
const SCANNER_VERSION = scannerRequire('./package.json').version;
const ELECTRON_VERSION = require('electron/package.json').version;

/**
 * This check downloads Electron's release list from GitHub on every run. The machines that run
 * the scan have no route there, and the installed Electron is pinned in package.json and
 * upgraded deliberately, so it is skipped (and said so in the output).
 */
const SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/**
 * Electronegativity fetches translations on start-up with `got`, whose retry crashes the process
 * when the network is unreachable. This stub (loaded with --import) makes every fetch fail at
 * once, so the scanner falls back to its bundled English texts and never touches the network.
 */
const OFFLINE = `
import Module from 'node:module';
const offline = () => Promise.reject(new Error('offline'));
offline.head = offline;
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'got' ? offline : load.call(this, request, ...rest);
};`;

/** Electronegativity reads .ts but not .cts/.mts: staged copies get a name it reads. */
const RENAMED = { '.cts': '.ts', '.mts': '.ts' };
const SCANNED = new Set(['.js', '.jsx', '.ts', '.tsx', '.html', '.htm']);

/** CSP evaluator severities Electronegativity reports (weak or maybe weak). */
const CSP_REPORTED = new Set(['HIGH', 'SYNTAX', 'MEDIUM', 'HIGH_MAYBE', 'MEDIUM_MAYBE']);

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Copies the input to a temp folder; returns it and a map from staged names to the names
 * reported, which are relative to the input's parent (so `electron/window.ts`).
 */
function stage(input, workDir) {
  const staged = join(workDir, 'src');
  cpSync(input, staged, { recursive: true });
  const original = new Map();
  for (const file of listFiles(staged)) {
    const ext = extname(file);
    const target = RENAMED[ext] ? file.slice(0, -ext.length) + RENAMED[ext] : file;
    if (target !== file) renameSync(file, target);
    original.set(
      relative(staged, target),
      relative(dirname(input), join(input, relative(staged, file))),
    );
  }
  return { staged, original };
}

/** With an output file the scanner drops parse errors silently: a file it cannot parse is unchecked. */
function unparsable(staged) {
  const { Parser } = scannerRequire('./dist/parser/parser.js');
  const parser = new Parser(false, true);
  const failures = [];
  for (const file of listFiles(staged).filter((f) => SCANNED.has(extname(f)))) {
    try {
      parser.parse(file, readFileSync(file, 'utf8'));
    } catch (error) {
      failures.push({ file, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return failures;
}

function runScanner(staged, workDir) {
  const sarif = join(workDir, 'electronegativity.sarif');
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(OFFLINE)}`,
      SCANNER_CLI,
      ...['--input', staged, '--electron-version', ELECTRON_VERSION],
      ...['--exclude-checks', SKIPPED_CHECKS.join(','), '--relative', '--output', sarif],
    ],
    { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' }, timeout: 300_000 },
  );
  if (result.status !== 0 || !existsSync(sarif)) {
    throw new Error(`Electronegativity failed (exit ${result.status}):\n${result.stderr}`);
  }
  return JSON.parse(readFileSync(sarif, 'utf8'));
}

function sourceLine(base, file, line) {
  if (file === 'N/A' || !line) return '';
  const path = join(base, file);
  return existsSync(path) ? (readFileSync(path, 'utf8').split('\n')[line - 1] ?? '').trim() : '';
}

function scannerFindings(report, original, base) {
  return report.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? 'file:///';
      const file = uri === 'file:///' ? 'N/A' : (original.get(uri.split('/').join(sep)) ?? uri);
      const line = file === 'N/A' ? 0 : (location?.region?.startLine ?? 0);
      return {
        check: result.ruleId,
        file,
        line,
        code: sourceLine(base, file, line),
        detail: result.message.text,
      };
    }),
  );
}

/** The CSP the app:// handler sends, judged by the scanner's own CSP evaluator. */
async function cspFindings(input) {
  const policyFile = join(input, 'policy.ts');
  if (!existsSync(policyFile)) return [];
  const { CONTENT_SECURITY_POLICY } = await import(pathToFileURL(policyFile).href);
  const csp = scannerRequire('@doyensec/csp-evaluator');
  const parsed = new csp.CspParser(CONTENT_SECURITY_POLICY).csp;
  const names = Object.fromEntries(Object.entries(csp.severities).map(([k, v]) => [v, k]));
  return new csp.CspEvaluator(parsed, csp.Version.CSP3)
    .evaluate()
    .filter((finding) => CSP_REPORTED.has(names[finding.severity]))
    .map((finding) => ({
      check: 'CSP_GLOBAL_CHECK',
      file: relative(dirname(input), policyFile),
      line: 0,
      code: `${finding.directive} ${finding.value ?? ''}`.trim(),
      detail: `${names[finding.severity]}: ${finding.description}`,
    }));
}

function readAllowlist(file) {
  const entries = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${file} must be a JSON array.`);
  for (const [i, entry] of entries.entries()) {
    for (const key of ['check', 'file', 'reason']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '') {
        throw new Error(`${file} entry ${i} needs a non-empty "${key}".`);
      }
    }
  }
  return entries;
}

/** `code`, when given, must appear in the flagged line, so a new finding in the file still fails. */
function allows(entry, finding) {
  return (
    entry.check === finding.check &&
    entry.file === finding.file &&
    (entry.code === undefined || finding.code.includes(entry.code))
  );
}

function printTable(rows) {
  const header = ['STATUS', 'CHECK', 'LOCATION', 'DETAIL'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}

async function main() {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', default: 'electron' },
      allowlist: { type: 'string', default: 'build/electronegativity-allowlist.json' },
    },
  });
  const input = resolve(ROOT, values.input);
  const allowlist = readAllowlist(resolve(ROOT, values.allowlist));
  const workDir = mkdtempSync(join(tmpdir(), 'accord-security-scan-'));
  try {
    const { staged, original } = stage(input, workDir);
    const broken = unparsable(staged);
    for (const { file, message } of broken) {
      console.error(`Cannot parse ${original.get(relative(staged, file))}: ${message}`);
    }
    const findings = [
      ...scannerFindings(runScanner(staged, workDir), original, dirname(input)),
      ...(await cspFindings(input)),
    ];

    const used = new Set();
    const rows = findings.map((finding) => {
      const index = allowlist.findIndex((entry) => allows(entry, finding));
      if (index >= 0) used.add(index);
      const where = finding.line ? `${finding.file}:${finding.line}` : finding.file;
      const detail =
        finding.detail.length > 90 ? `${finding.detail.slice(0, 87)}...` : finding.detail;
      return [index >= 0 ? 'allowed' : 'NEW', finding.check, where, detail];
    });
    const fresh = rows.filter((row) => row[0] === 'NEW').length;

    console.log(
      `Electronegativity ${SCANNER_VERSION} on ${values.input} ` +
        `(Electron ${ELECTRON_VERSION}; skipped: ${SKIPPED_CHECKS.join(', ')}, needs the network)\n`,
    );
    if (rows.length > 0) printTable(rows);
    console.log(
      `\n${findings.length} finding(s): ${findings.length - fresh} allowlisted, ${fresh} new.`,
    );
    for (const [i, entry] of allowlist.entries()) {
      if (!used.has(i)) {
        console.warn(
          `warning: stale allowlist entry ${entry.check} ${entry.file}: nothing matches it`,
        );
      }
    }
    if (fresh > 0) {
      console.error(
        `Fix the new finding(s), or allowlist one in ${values.allowlist} with the reason it is safe.`,
      );
    }
    return fresh > 0 || broken.length > 0 ? 1 : 0;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
