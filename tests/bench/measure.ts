export interface Measurement {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs; reports the median and p95. */
export async function measure(
  name: string,
  fn: () => Promise<unknown> | unknown,
  runs = 50,
  warmup = 3,
): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { name, runs, medianMs: percentile(times, 50), p95Ms: percentile(times, 95) };
}

export function table(rows: Measurement[]): string {
  const width = Math.max(...rows.map((r) => r.name.length), 4);
  const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1).padStart(9);
  return [
    `${'what'.padEnd(width)}  ${'median ms'.padStart(9)}  ${'p95 ms'.padStart(9)}  runs`,
    ...rows.map((r) => `${r.name.padEnd(width)}  ${fmt(r.medianMs)}  ${fmt(r.p95Ms)}  ${r.runs}`),
  ].join('\n');
}
