export interface Measurement {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** The target for this figure, in words (e.g. "p95 < 5 ms"), if it has one. */
  target?: string;
  /** Whether the figure meets its target. */
  met?: boolean;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

/** The median and p95 of times already taken. */
export function summarize(name: string, times: number[]): Measurement {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    runs: times.length,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
  };
}

/**
 * Runs `fn` `runs` times after `warmup` unmeasured runs; reports the median and p95. `fn` gets
 * the run's number, so a measurement can rotate through inputs (weeks, clients, searches).
 */
export async function measure(
  name: string,
  fn: (run: number) => Promise<unknown> | unknown,
  runs = 50,
  warmup = 3,
): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(warmup + i);
    times.push(performance.now() - started);
  }
  return summarize(name, times);
}

/** Marks a measurement against a p95 (or median) target in milliseconds. */
export function target(m: Measurement, limitMs: number, on: 'p95' | 'median' = 'p95'): Measurement {
  const value = on === 'p95' ? m.p95Ms : m.medianMs;
  return { ...m, target: `${on} < ${limitMs} ms`, met: value < limitMs };
}

export function table(rows: Measurement[]): string {
  const width = Math.max(...rows.map((r) => r.name.length), 4);
  const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1).padStart(9);
  return [
    `${'what'.padEnd(width)}  ${'median ms'.padStart(9)}  ${'p95 ms'.padStart(9)}  runs  target`,
    ...rows.map((r) => {
      const goal = r.target ? `${r.target} ${r.met ? 'ok' : 'MISSED'}` : '';
      return `${r.name.padEnd(width)}  ${fmt(r.medianMs)}  ${fmt(r.p95Ms)}  ${String(r.runs).padStart(4)}  ${goal}`;
    }),
  ].join('\n');
}
