#!/usr/bin/env node
/**
 * The reliability summary: reads the figures each reliability check leaves in
 * test-output/reliability/<name>.json (crash.json, fuzz.json, canary.json) and prints one table.
 * Exits 1 when a check left no figures, a write was lost, a call crashed, a canary was found
 * outside the export folder, or an audit trail did not verify.
 *
 *   node scripts/reliability-summary.mjs [--dir test-output/reliability]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
export const FIGURES_DIR = join(ROOT, 'test-output', 'reliability');
const CHECKS = ['crash', 'fuzz', 'canary'];

function read(dir, name) {
  const file = join(dir, `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/**
 * The table's rows and what is wrong, from the figures in `dir`. With `scale`, crash and fuzz
 * figures from another scale (a quicker run) do not count.
 */
export function summarize(dir = FIGURES_DIR, { scale } = {}) {
  const [crash, fuzz, canary] = CHECKS.map((name) => read(dir, name));
  const problems = CHECKS.filter((name) => !read(dir, name)).map(
    (name) => `the ${name} check left no figures (it did not run, or stopped early)`,
  );
  for (const [name, f] of [
    ['crash', crash],
    ['fuzz', fuzz],
  ]) {
    if (f && scale !== undefined && f.scale !== scale)
      problems.push(`the ${name} figures are from scale ${f.scale}, not ${scale}`);
  }
  const none = '—';
  const canaryHits = canary ? canary.hits.length : none;
  const audits = [crash, fuzz].filter(Boolean);
  const auditRows = audits.length ? audits.reduce((n, f) => n + f.auditRowsVerified, 0) : none;
  const rows = [
    [
      'Crash-test runs (SIGKILL)',
      crash?.runs ?? none,
      crash
        ? `${crash.killsDuringWrites} during writes, ${crash.killsDuringBackups} during backups, ` +
          `${crash.killsDuringMigrations} during migrations`
        : '',
    ],
    ['Lost writes', crash?.lostWrites ?? none, 'acknowledged commits missing after a kill'],
    ['Fuzz calls', fuzz?.calls ?? none, 'hostile calls across every channel'],
    [
      'Crashes (uncaught)',
      fuzz?.crashes ?? none,
      'calls that escaped dispatch or came back INTERNAL',
    ],
    [
      'Canary hits',
      canaryHits,
      canary
        ? `${canary.filesScanned} files scanned outside the export folder; ` +
          `${canary.exportFolder.hits} hits in the export folder, as there should be`
        : '',
    ],
    [
      'Audit rows verified',
      auditRows,
      audits.length
        ? `hash chain of the crash and fuzz databases: ` +
          (audits.every((f) => f.auditIntact) ? 'intact' : 'BROKEN')
        : '',
    ],
  ];

  if (crash?.lostWrites > 0) problems.push(`${crash.lostWrites} acknowledged writes were lost`);
  if (fuzz?.crashes > 0) problems.push(`${fuzz.crashes} fuzz calls crashed`);
  if (canary?.hits.length > 0) {
    const where = canary.hits.map((h) => `${h.place}/${h.file} (${h.needle})`).join(', ');
    problems.push(`canaries were found outside the export folder: ${where}`);
  }
  if (canary && canary.exportFolder.hits === 0)
    problems.push('no canary was found in the export folder: the search itself is not working');
  for (const [name, f] of [
    ['crash', crash],
    ['fuzz', fuzz],
  ]) {
    if (f && !f.auditIntact) problems.push(`the ${name} database's audit trail did not verify`);
  }
  return { rows, problems };
}

export function formatTable(rows) {
  const header = ['Check', 'Result', 'What it counts'];
  const all = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [line(header), rule, ...rows.map((r) => line(r.map(String)))].join('\n');
}

/** Prints the summary; returns the process exit code. */
export function printSummary(dir = FIGURES_DIR, options = {}) {
  const { rows, problems } = summarize(dir, options);
  console.log(`\nFigures: ${dir}`);
  console.log('\nReliability summary\n');
  console.log(formatTable(rows));
  if (problems.length) {
    console.log('\nFAILED:');
    for (const problem of problems) console.log(`  - ${problem}`);
    return 1;
  }
  console.log('\nNo lost write, no crash, no canary outside the export folder.');
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  process.exit(printSummary(values.dir ? resolve(values.dir) : FIGURES_DIR));
}
