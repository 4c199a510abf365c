#!/usr/bin/env node
/**
 * `npm run test:reliability`: the reliability checks at full scale (200 kills, 10,000 hostile
 * calls), the canary scenario in Chromium, then the summary table. Every step runs even when
 * one before it failed, so the table always shows what was found; the exit code is 1 if any
 * step failed or the summary found a problem.
 *
 *   node scripts/reliability.mjs [--no-build]   (--no-build: reuse the renderer build in place)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FIGURES_DIR, printSummary } from './reliability-summary.mjs';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

function run(label, command, args, env = {}) {
  console.log(`\n> ${label}`);
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

// This run's figures go to a folder of its own: neither an earlier run's nor a check someone
// runs by hand meanwhile can stand in for them.
const figures = join(FIGURES_DIR, 'runs', new Date().toISOString().replace(/[:.]/g, '-'));
mkdirSync(figures, { recursive: true });
process.env.ACCORD_FIGURES_DIR = figures;

const failed = [];
if (
  !run('crash and fuzz tests', bin('vitest'), ['run', '--project', 'reliability'], {
    ACCORD_RELIABILITY: 'full',
  })
)
  failed.push('crash and fuzz tests');
const built =
  values['no-build'] || run('renderer build for the canary scenario', bin('vite'), ['build']);
if (!built) failed.push('renderer build');
else if (
  !run('canary scenario', bin('vitest'), ['run', '--project', 'e2e', 'tests/e2e/canary.test.ts'])
)
  failed.push('canary scenario');

const summary = printSummary(figures, { scale: 10 });
if (failed.length) console.log(`\nSteps that failed: ${failed.join(', ')}.`);
process.exit(failed.length || summary ? 1 : 0);
