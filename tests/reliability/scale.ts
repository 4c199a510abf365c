import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `npm test` runs the reliability checks at scale 1; `npm run test:reliability` at scale 10. */
export const RELIABILITY_SCALE = process.env.ACCORD_RELIABILITY === 'full' ? 10 : 1;

/**
 * Where each reliability check leaves its figures for scripts/reliability-summary.mjs.
 * scripts/reliability.mjs gives each run a folder of its own (ACCORD_FIGURES_DIR), so a check
 * run by hand meanwhile cannot stand in for the run's own.
 */
export const FIGURES_DIR =
  process.env.ACCORD_FIGURES_DIR ??
  join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'test-output', 'reliability');

/** Writes test-output/reliability/<name>.json: what a check did and what it found. */
export function recordFigures(name: string, figures: Record<string, unknown>): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  const record = { scale: RELIABILITY_SCALE, at: new Date().toISOString(), ...figures };
  writeFileSync(join(FIGURES_DIR, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
}
